import { append, clear, h } from './dom';
import { sidebarText } from './sidebar-text';

/**
 * The fixed footer: what just happened (saved, failed, loading) and the main action, always
 * in view however long the panel is. Errors offer "Coba lagi" with the action that failed.
 */
const notice = document.getElementById('notice') as HTMLElement;
const actions = document.getElementById('actions') as HTMLElement;

type Tone = 'info' | 'ok' | 'error' | 'warning';

export function say(
  message: string,
  tone: Tone = 'info',
  retry?: () => void,
  details: readonly string[] = [],
): void {
  clear(notice);
  notice.className = `notice ${tone}`;
  notice.setAttribute('role', tone === 'error' ? 'alert' : 'status');
  append(notice, [h('span', { class: 'notice-text' }, message)]);
  if (details.length > 0)
    append(notice, [h('ul', { class: 'notice-list' }, ...details.map((d) => h('li', {}, d)))]);
  if (retry)
    append(notice, [
      h('button', { type: 'button', class: 'link', onclick: retry }, sidebarText.retry),
    ]);
}

export function quiet(): void {
  clear(notice);
  notice.className = 'notice';
}

/** Puts the buttons of the current view in the footer (Simpan, or a question's answers). */
export function setActions(...buttons: HTMLElement[]): void {
  clear(actions);
  append(actions, buttons);
}

/** Runs a server call, saying so meanwhile and, on failure, why, with a retry. */
export async function guarded<T>(
  label: string,
  action: () => Promise<T>,
  retry: () => void,
): Promise<T | undefined> {
  try {
    say(label);
    const result = await action();
    quiet();
    return result;
  } catch (error) {
    say((error as Error).message, 'error', retry);
    return undefined;
  }
}
