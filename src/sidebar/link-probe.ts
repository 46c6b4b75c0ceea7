import { guarded, say } from './footer';
import { call } from './rpc-client';
import { sidebarText as t } from './sidebar-text';
import { model } from './state';

interface ProbeTarget {
  readonly opdKey: string;
  readonly code: string;
  readonly disabled: boolean;
  /** The button's id and words: one for the row's own links, one for its butir'. */
  readonly id: string;
  readonly label: string;
}

/**
 * "Cek akses file": asks Drive now whether an assessor can open each link typed (the row's
 * own, or its butir'), as the coordinator's check would, for the PIC themself.
 */
export function probeButton(
  target: ProbeTarget,
  links: () => string,
  refresh: () => void,
): HTMLElement {
  const probe = document.createElement('button');
  probe.type = 'button';
  probe.id = target.id;
  probe.title = t.probeHelp;
  probe.textContent = target.label;
  probe.disabled = target.disabled;
  probe.addEventListener('click', async () => {
    if (model.busy) return;
    model.busy = true;
    probe.disabled = true;
    const request = { opdKey: target.opdKey, code: target.code, evidence: links() };
    const result = await guarded(
      t.probing,
      () => call('panelProbe', request),
      () => probe.click(),
    );
    model.busy = false;
    probe.disabled = false;
    if (!result) return;
    for (const link of result.links) model.probed.set(link.text, link);
    refresh();
    say(result.message, 'info');
  });
  return probe;
}
