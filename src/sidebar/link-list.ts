import { parseLink } from '../core/evidence/links';
import type { LinkStatus, OpdView } from '../shared/rpc';
import { h } from './dom';
import { sidebarText as t } from './sidebar-text';
import { model } from './state';

/** Evidence links as the panel lists them: each by its file name, with what an assessor meets. */

/** A link's status: as checked now with Cek akses, else as the last check left it, else its shape. */
export function statusOf(text: string, known: readonly LinkStatus[], view: OpdView): LinkStatus {
  const probed = model.probed.get(text);
  if (probed) return probed;
  const found = known.find((l) => l.text === text);
  if (found) return found;
  const shape = parseLink(text, view.rules?.allowedHosts);
  const drive = shape.kind === 'drive-file' || shape.kind === 'drive-folder';
  return {
    text,
    name: '',
    tone: drive ? 'unknown' : shape.kind === 'other-site' ? 'warning' : 'error',
    message: drive ? t.linkUnchecked : (t.linkShape[shape.kind] ?? t.linkUnchecked),
  };
}

/** A link by its file name when Drive told it, else a short form of its address. */
export function linkItem(text: string, status: LinkStatus): HTMLElement {
  const label = status.name || shortAddress(text);
  const message = status.name ? status.message.replace(`: ${status.name}`, '') : status.message;
  return h(
    'li',
    { class: `link-status ${status.tone}`, title: text },
    h('span', { class: 'link-name' }, label),
    h('span', { class: 'link-message' }, message),
  );
}

function shortAddress(text: string): string {
  const bare = text.replace(/^https?:\/\/(www\.)?/, '');
  return bare.length > 42 ? `${bare.slice(0, 28)}…${bare.slice(-10)}` : bare;
}
