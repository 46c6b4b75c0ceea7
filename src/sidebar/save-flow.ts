import {
  type FieldKey,
  ITEM_FIELDS,
  type ItemFieldKey,
  OPD_FIELDS,
  type OpdFieldKey,
  wordsOf,
} from '../core/entry/fields';
import type { SaveRequest } from '../shared/rpc';
import { showConflict } from './conflict';
import { showReadiness } from './entry-footer';
import { failed, say } from './footer';
import { call, PanelError } from './rpc-client';
import { sidebarText as t } from './sidebar-text';
import { model, shell } from './state';

/**
 * Sends a save once; true when saved. What the saved entry still lacks is listed in amber,
 * each line a way to its field; a row changed meanwhile is shown beside the draft; any other
 * failure says the typing is still here, unsaved, and offers to copy it.
 */
export async function send(request: SaveRequest, box: HTMLElement): Promise<boolean> {
  if (model.busy) return false;
  model.busy = true;
  const button = document.getElementById('save') as HTMLButtonElement | null;
  if (button) {
    button.disabled = true;
    button.textContent = t.saving;
  }
  say(t.saving);
  const copy = () => typingOf(request);
  try {
    const result = await call('panelSave', request);
    model.busy = false;
    if (result.ok) {
      model.view = result.view;
      model.dirty = false;
      shell.render();
      if (result.problems.length === 0) say(result.message, 'ok');
      else
        say(result.message, 'warning', {
          details: result.problems.map((p) => ({ text: p.text, go: () => model.form?.reach(p) })),
        });
      return true;
    }
    if (result.theirs) {
      say(result.message, 'error');
      showConflict(box, request, result.theirs, send);
    } else say(`${result.message} ${t.typingKept}`, 'error', { copy });
    return false;
  } catch (error) {
    model.busy = false;
    const transient = error instanceof PanelError && error.transient;
    failed(
      new PanelError(`${(error as Error).message} ${t.typingKept}`, transient),
      () => void send(request, box),
      { copy },
    );
    return false;
  } finally {
    const again = document.getElementById('save') as HTMLButtonElement | null;
    if (again) again.textContent = t.save;
    showReadiness();
  }
}

/** A draft as lines of text, to keep somewhere else when it could not be saved. */
function typingOf(request: SaveRequest): string {
  const header = (key: string) => wordsOf(key as FieldKey).header;
  const lines: [string, unknown][] = OPD_FIELDS.map((f) => [
    header(f.key),
    request[f.key as OpdFieldKey],
  ]);
  for (const item of request.items ?? [])
    for (const f of ITEM_FIELDS)
      lines.push([`${header(f.key)} ${item.code}`, item[f.key as ItemFieldKey]]);
  return [
    request.code,
    ...lines.filter(([, v]) => v !== null && v !== '').map(([k, v]) => `${k}: ${v}`),
  ].join('\n');
}
