import { tidyLog } from '../../audit/log-upkeep';
import { takeSnapshot } from '../../audit/snapshots';
import { copiesAsWords } from '../../audit/words-only';
import type { Catalogue } from '../../catalogue/types';
import { sameCells } from '../../workbook/cells';
import { loadContext } from '../../workbook/context';
import { type Migration, migrate } from '../../workbook/migrations';
import { readOpdList } from '../../workbook/opd-list-tab';
import type { OpdRecord } from '../../workbook/ownership';
import type { Cell, TabContent, TabRender, WorkbookPort } from '../../workbook/port';
import type { Settings } from '../../workbook/settings-tab';
import { LAYOUT_VERSION, LAYOUT_VERSION_KEY, TAB, TAB_KEY } from '../../workbook/tab-names';
import {
  planSetup,
  readSetupInputs,
  type SetupChange,
  type SetupClock,
  type SetupInputs,
  type SetupPlan,
} from './setup-plan';
import { setupText } from './setup-text';

/**
 * The layout steps, oldest first. Layout 1 → 2: the Log, its archive and the snapshots hold
 * words only (a formula a PIC typed had reached them as a live one); OPD tabs in layout 1's
 * column order are read as they are and laid out anew by this run.
 */
const MIGRATIONS: readonly Migration[] = [
  { from: 1, to: 2, describe: setupText.migrationWordsOnly(), run: (wb) => copiesAsWords(wb) },
];

export interface SetupReport {
  readonly catalogue: string;
  readonly created: readonly string[];
  readonly renamed: readonly { from: string; to: string }[];
  readonly archived: readonly { tab: string; codes: readonly string[] }[];
  readonly restored: readonly { tab: string; codes: readonly string[] }[];
  readonly orphanTabs: readonly string[];
  /** Tabs whose cells this run changed. */
  readonly changed: readonly string[];
  /** Layout migrations applied before setup read the file. */
  readonly migrated: readonly string[];
  /** Who can edit what, for the closing dialog. */
  readonly summary: string;
}

/**
 * Siapkan / perbarui workbook: read → plan → apply. Every input (Pengaturan, Kerangka, OPD) is
 * read and validated first, refusing with the rows to fix before anything is written; every
 * tab is then planned from those inputs alone, carrying each value users typed by OPD and
 * indicator code; finally each tab is written in one batch. Running it twice changes nothing.
 */
export function setupWorkbook(
  wb: WorkbookPort,
  clock: SetupClock,
  migrations: readonly Migration[] = MIGRATIONS,
  change: SetupChange = {},
): SetupReport {
  return wb.withLock(() => {
    // What PICs saved from the panel reaches the Log first, whatever happens later in this run.
    tidyLog(wb);
    // A migration reshapes tabs: what people typed is kept in a snapshot first.
    if (Number(wb.property(LAYOUT_VERSION_KEY) ?? LAYOUT_VERSION) < LAYOUT_VERSION)
      snapshotBeforeMigration(wb, clock);
    const migrated = migrate(wb, migrations);
    const inputs = readSetupInputs(wb, clock, change);
    const plan = planSetup(inputs, clock);
    return applySetup(wb, inputs, plan, clock, migrated);
  });
}

function applySetup(
  wb: WorkbookPort,
  inputs: SetupInputs,
  plan: SetupPlan,
  clock: SetupClock,
  migrated: readonly string[],
): SetupReport {
  const { settings, catalogue, opds, before } = inputs;
  const created: string[] = [];
  const renamed: { from: string; to: string }[] = [];
  const changed: string[] = [];
  // Before the first change to a tab holding people's answers, everything they typed is kept
  // in a snapshot (Pulihkan restores from it); a run that changes nothing takes none.
  let snapshotTaken = false;
  // A new OPD tab starts as a copy of an OPD tab written before it: same columns and rules;
  // where one has the same formats (as many rows, the same scales), the copy needs only its
  // values and editors, else one as tall, else the last one.
  let lastOpdTab: string | undefined;
  const opdTabLike = new Map<string, string>();
  for (const tab of plan.tabs) {
    const holdsAnswers = tab.key.startsWith(`${TAB_KEY.opds}:`) || tab.key === TAB_KEY.assessment;
    if (
      !snapshotTaken &&
      holdsAnswers &&
      tab.previous &&
      !sameCells(tab.previous.cells, tab.render.cells)
    ) {
      snapshotTaken = true;
      takeSnapshot(
        wb,
        catalogue,
        previousOpds(inputs.opdContent, catalogue) ?? opds,
        clock.timestamp,
        setupText.reasonSetup(),
      );
    }
    const existing =
      before.find((t) => t.key === tab.key) ?? before.find((t) => t.name === tab.name);
    if (!existing) created.push(tab.name);
    else if (existing.name !== tab.name) renamed.push({ from: existing.name, to: tab.name });
    const isOpdTab = tab.key.startsWith(`${TAB_KEY.opds}:`);
    const [shape, height] = [formatsOf(tab.render), `${tab.render.cells.length}`];
    const like = opdTabLike.get(shape) ?? opdTabLike.get(height) ?? lastOpdTab;
    wb.ensureTab(tab.name, tab.key, isOpdTab && !existing ? like : undefined);
    if (wb.write(tab.name, tab.render, tab.previous) && tab.key !== TAB_KEY.log)
      changed.push(tab.name);
    if (isOpdTab) {
      lastOpdTab = tab.name;
      opdTabLike.set(shape, tab.name);
      opdTabLike.set(height, tab.name);
    }
  }
  const report: SetupReport = {
    catalogue: catalogue.id,
    created,
    renamed,
    archived: plan.archived,
    restored: plan.restored,
    orphanTabs: plan.orphanTabs,
    changed,
    migrated,
    summary: setupText.whoEditsWhat(settings, opds, notSharedWith(wb, settings, opds)),
  };
  // A run that changed nothing leaves no trace, so that setup twice in a row changes nothing.
  if (changed.length > 0 || migrated.length > 0)
    wb.append(TAB.log, logEntries(report, clock, inputs.user));
  wb.setProperty(LAYOUT_VERSION_KEY, String(LAYOUT_VERSION));
  return report;
}

/** What a tab looks like but for its values and who may edit it. */
function formatsOf(render: TabRender): string {
  const { cells, protection: _, ...formats } = render;
  return JSON.stringify({ ...formats, rows: cells.length });
}

function snapshotBeforeMigration(wb: WorkbookPort, clock: SetupClock): void {
  try {
    const { catalogue, opds } = loadContext(wb, clock.year);
    takeSnapshot(wb, catalogue, opds, clock.timestamp, setupText.reasonMigration());
  } catch {
    // A workbook too old or too broken to read has nothing this version could restore.
  }
}

/** The OPD list as it stood before this run (its tabs hold the answers to keep), if readable. */
function previousOpds(
  content: TabContent | undefined,
  catalogue: Catalogue,
): OpdRecord[] | undefined {
  try {
    return readOpdList(content, catalogue);
  } catch {
    return undefined;
  }
}

/** Admins and PICs the file is not shared with: a protection lists them but cannot let them in. */
function notSharedWith(
  wb: WorkbookPort,
  settings: Settings,
  opds: readonly OpdRecord[],
): readonly string[] {
  const editors = wb.fileEditors();
  if (!editors) return [];
  const people = [...new Set([...settings.admins, ...opds.flatMap((o) => o.pics)])];
  return people.filter((p) => !editors.includes(p.toLowerCase()));
}

function logEntries(report: SetupReport, clock: SetupClock, user: string): Cell[][] {
  const entry = (action: string, detail: string): Cell[] => [clock.timestamp, user, action, detail];
  return [
    entry(setupText.logSetup(), setupText.logSetupDetail(report)),
    ...report.archived.map((a) =>
      entry(setupText.logArchived(), setupText.logCodes(a.tab, a.codes)),
    ),
    ...report.restored.map((a) =>
      entry(setupText.logRestored(), setupText.logCodes(a.tab, a.codes)),
    ),
    ...report.renamed.map((r) => entry(setupText.logRenamed(), `${r.from} → ${r.to}`)),
    ...report.migrated.map((m) => entry(setupText.logMigrated(), m)),
  ];
}

export type { OpdRecord };
