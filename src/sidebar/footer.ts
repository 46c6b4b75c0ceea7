import { append, clear, h } from './dom';
import { PanelError } from './rpc-client';
import { sidebarText as t } from './sidebar-text';

/**
 * The fixed footer: what just happened (saved, warned, failed, loading) and the view's
 * buttons, always in view however long the panel is. A failure offers "Coba lagi" only when
 * trying again can help; a list of what is missing shows its first lines, each a way to the
 * field it is about.
 */
const notice = document.getElementById('notice') as HTMLElement;
const actions = document.getElementById('actions') as HTMLElement;

type Tone = 'info' | 'ok' | 'error' | 'warning';

/** One line of a notice's list, and how to reach what it is about. */
interface Detail {
  readonly text: string;
  readonly go?: () => void;
}

interface Extras {
  /** Trying again can help (Google slow, the file busy a moment). */
  readonly retry?: () => void;
  readonly details?: readonly Detail[];
  /** What the user typed, to keep elsewhere when it could not be saved. */
  readonly copy?: () => string;
}

/** Lines of a list shown before "Lihat semua": the footer stays short at 600 px. */
const SHOWN = 3;

export function say(message: string, tone: Tone = 'info', extras: Extras = {}): void {
  clear(notice);
  notice.className = `notice ${tone}`;
  notice.setAttribute('role', tone === 'error' ? 'alert' : 'status');
  append(notice, [h('p', { class: 'notice-text' }, message)]);
  const { details = [], retry, copy } = extras;
  if (details.length > 0) append(notice, [detailList(details)]);
  const buttons = h('div', { class: 'notice-buttons' });
  if (retry) append(buttons, [h('button', { type: 'button', onclick: retry }, t.retry)]);
  if (copy) append(buttons, [copyButton(copy)]);
  if (buttons.childElementCount > 0) append(notice, [buttons]);
}

function detailList(details: readonly Detail[]): HTMLElement {
  const list = h('ul', { class: 'notice-list' });
  const line = (d: Detail) =>
    h(
      'li',
      {},
      d.go ? h('button', { type: 'button', class: 'link', onclick: d.go }, d.text) : d.text,
    );
  append(list, details.slice(0, SHOWN).map(line));
  if (details.length > SHOWN) {
    const more = h(
      'button',
      {
        type: 'button',
        class: 'link',
        onclick: () => {
          more.parentElement?.remove();
          append(list, details.slice(SHOWN).map(line));
        },
      },
      t.showAll(details.length),
    );
    append(list, [h('li', { class: 'more' }, more)]);
  }
  return list;
}

/** "Salin isian": the typing to the clipboard, or selected in a box to copy by hand. */
function copyButton(copy: () => string): HTMLElement {
  const button = h('button', { type: 'button' }, t.copyTyping) as HTMLButtonElement;
  button.addEventListener('click', async () => {
    const text = copy();
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = t.copied;
    } catch {
      // A sidebar's frame may not reach the clipboard: the text, selected, to copy by hand.
      const box = h('textarea', {
        class: 'copy-box',
        readonly: true,
        rows: 3,
        'aria-label': t.copyByHand,
      }) as HTMLTextAreaElement;
      box.value = text;
      button.replaceWith(h('p', { class: 'muted' }, t.copyByHand), box);
      box.select();
      box.focus();
    }
  });
  return button;
}

export function quiet(): void {
  clear(notice);
  notice.className = 'notice';
}

/** Puts the buttons of the current view in the footer (Simpan, or a question's answers). */
export function setActions(...buttons: (HTMLElement | null)[]): void {
  clear(actions);
  append(actions, buttons);
}

/** The footer's buttons now, to put back after a question. */
export function currentActions(): HTMLElement[] {
  return Array.from(actions.children) as HTMLElement[];
}

/** Runs a server call, saying so meanwhile and, on failure, why (with a retry where it helps). */
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
    failed(error, retry);
    return undefined;
  }
}

/** A failure in the footer: its words, and "Coba lagi" when it is the passing kind. */
export function failed(error: unknown, retry?: () => void, extras: Extras = {}): void {
  const transient = error instanceof PanelError && error.transient;
  say((error as Error).message, 'error', { ...extras, ...(transient && retry ? { retry } : {}) });
}
