import type { ProbeRequest, ProbeResult } from '../../../shared/rpc';
import type { DrivePort, DriveRequest, EvidenceFact } from '../../evidence/drive-facts';
import { gatherFacts, type RunBudget } from '../../evidence/fact-refresh';
import { linkStatus } from '../../evidence/link-status';
import { linksInCell, parseLink } from '../../evidence/links';
import type { WorkbookPort } from '../../workbook/port';
import { opdContext } from './opd-view';
import { panelText } from './panel-text';

/** At most this many files per "Cek akses": one row's evidence, never a whole tab. */
const MAX_FILES = 20;

/**
 * "Cek akses": the Drive links typed in one row (saved or not) checked now, as the check
 * would — found, not in the bin, and openable by an assessor who is not signed in — without
 * waiting for the coordinator's check. Nothing is written: the PIC may not write _Bukti, and
 * the check keeps its own record.
 */
export function probeLinks(
  wb: WorkbookPort,
  drive: DrivePort,
  request: ProbeRequest,
  year: number,
  clock: RunBudget,
): ProbeResult {
  const c = opdContext(wb, request.opdKey, year, 'view');
  const { allowedHosts } = c.ctx.settings;
  const texts = linksInCell(request.evidence);
  const queue: DriveRequest[] = [];
  for (const text of texts) {
    const link = parseLink(text, allowedHosts);
    if (link.id && !queue.some((q) => q.id === link.id) && queue.length < MAX_FILES)
      queue.push({
        id: link.id,
        probe: 'metadata',
        ...(link.resourceKey ? { resourceKey: link.resourceKey } : {}),
      });
  }
  const files = queue.length;
  const facts = new Map<string, EvidenceFact>();
  gatherFacts(drive, queue, facts, clock, 0);
  return {
    links: texts.map((text) => {
      const id = parseLink(text, allowedHosts).id;
      const fact = id ? facts.get(id) : undefined;
      const target = fact?.shortcutTarget ? facts.get(fact.shortcutTarget) : undefined;
      return {
        text,
        name: target?.name || fact?.name || '',
        ...linkStatus(text, facts, allowedHosts),
      };
    }),
    message: panelText.probed(files),
  };
}
