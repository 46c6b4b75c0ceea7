import type { Value } from '../workbook/port';
import { auditText } from './audit-text';

/**
 * A structural change as the Log records it. Sheets reports only its kind (INSERT_ROW,
 * REMOVE_GRID, …), who made it (within one Workspace domain, R6) and, by what it leaves
 * active, the tab it was made on — never which rows or columns: so the Log says that much.
 */
interface StructureChange {
  /** The event's changeType. */
  readonly type: string;
  readonly user: string;
  readonly timestamp: string;
  /** The tab active when the change was made ('' when unknown). */
  readonly tab: string;
  /** The OPD whose tab it is ('' for other tabs). */
  readonly opd: string;
  /** For a deleted tab: the add-on's tabs that are gone now. */
  readonly missingTabs: readonly string[];
}

const RECORDED = [
  'INSERT_ROW',
  'REMOVE_ROW',
  'INSERT_COLUMN',
  'REMOVE_COLUMN',
  'INSERT_GRID',
  'REMOVE_GRID',
] as const;
type Recorded = (typeof RECORDED)[number];

/** Whether the Log records a change of this kind (others cost the trigger nothing more). */
export function isStructural(type: string): type is Recorded {
  return (RECORDED as readonly string[]).includes(type);
}

/**
 * The Log row for a change, or undefined for one the Log does not record: an edit (the edit
 * trigger records it, cell by cell), a change of format, or what Sheets calls OTHER.
 */
export function structureLogRow(change: StructureChange): Value[] | undefined {
  const type = change.type;
  if (!isStructural(type)) return undefined;
  const gone = type === 'REMOVE_GRID';
  return [
    change.timestamp,
    change.user || auditText.unknownUser(),
    auditText.structureAction(),
    gone ? auditText.tabsRemoved(change.missingTabs) : auditText.structureDetail(type, change.tab),
    gone ? change.missingTabs.join(', ') : change.tab,
    '',
    change.opd,
    '',
    '',
    '',
  ];
}
