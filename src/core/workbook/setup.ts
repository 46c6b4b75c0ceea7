import { flushPendingLog } from '../audit/pending-log';
import { snapshotText } from '../audit/snapshot-text';
import { takeSnapshot } from '../audit/snapshots';
import { resolveCatalogue } from '../catalogue/registry';
import type { Catalogue } from '../catalogue/types';
import { loadContext } from '../context';
import { InputError } from '../errors';
import {
  defaultEvidenceRules,
  readEvidenceRules,
  renderEvidenceRules,
} from '../evidence/evidence-rules';
import { sameCells } from './cells';
import { kerangkaColumns, kerangkaId, readKerangka, renderKerangka } from './kerangka-tab';
import { MIGRATIONS, type Migration, migrate } from './migrations';
import { readOpdList, renderOpdList } from './opd-list-tab';
import { renderOpdTab } from './opd-tab';
import { defaultOpds, type OpdRecord } from './ownership';
import { renderPanduan } from './panduan-tab';
import { renderPenilaian } from './penilaian-tab';
import type { Cell, TabContent, TabRender, WorkbookPort } from './port';
import { adminOnly as adminOnlyProtection } from './protection';
import { renderRekap } from './rekap-tab';
import { defaultSettings, readSettings, renderSettings, type Settings } from './settings-tab';
import { setupText } from './setup-text';
import { LAYOUT_VERSION, LAYOUT_VERSION_KEY, opdTabKey, TAB, TAB_KEY } from './tab-names';

interface SetupClock {
  /** YYYY-MM-DD in the Pemda's time zone. */
  readonly today: string;
  /** Date and time for the log. */
  readonly timestamp: string;
  readonly year: number;
}

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
 * Siapkan / perbarui workbook. Reads every input first (Pengaturan, Kerangka, OPD) and
 * refuses, naming rows, before writing anything; then writes each tab in one batch, carrying
 * every value users typed by OPD and indicator code. Running it twice changes nothing.
 */
export function setupWorkbook(
  wb: WorkbookPort,
  clock: SetupClock,
  migrations: readonly Migration[] = MIGRATIONS,
  change: Partial<Pick<Settings, 'locked'>> = {},
): SetupReport {
  return wb.withLock(() => {
    // What PICs saved from the panel reaches the Log first, whatever happens later in this run.
    flushPendingLog(wb);
    // A migration reshapes tabs: what people typed is kept in a snapshot first.
    if (Number(wb.property(LAYOUT_VERSION_KEY) ?? LAYOUT_VERSION) < LAYOUT_VERSION)
      snapshotBeforeMigration(wb, clock);
    const migrated = migrate(wb, migrations);
    const before = wb.tabs();
    const user = wb.userEmail();
    const readByKey = (key: string, name: string): TabContent | undefined => {
      const tab = before.find((t) => t.key === key) ?? before.find((t) => t.name === name);
      return tab ? wb.read(tab.name) : undefined;
    };

    // 1. Read and validate every input.
    const settingsContent = readByKey(TAB_KEY.settings, TAB.settings);
    const settings = {
      ...withAdmin(readSettings(settingsContent, defaultSettings(clock.year, user)), user),
      ...change,
    };
    const kerangkaContent = readByKey(TAB_KEY.catalogue, TAB.catalogue);
    const storedId = kerangkaId(kerangkaContent);
    const frameworkChanged = storedId !== undefined && storedId !== settings.framework;
    const catalogue: Catalogue =
      kerangkaContent && storedId !== undefined && !frameworkChanged
        ? readKerangka(kerangkaContent)
        : resolveCatalogue(settings.framework);
    const kerangka: TabRender =
      kerangkaContent && !frameworkChanged && storedId !== undefined
        ? { cells: kerangkaContent.cells }
        : renderKerangka(catalogue);
    // An admin added since the last setup is not yet on the tabs' protections, and only someone
    // listed on a protection may change it: refuse before writing anything.
    const settingsTab = before.find((t) => t.key === TAB_KEY.settings)?.name;
    if (settingsTab && !wb.mayEditProtection(settingsTab))
      throw new InputError(setupText.notOnProtections(user, settings.admins));
    const opdContent = readByKey(TAB_KEY.opds, TAB.opds);
    const opds = frameworkChanged
      ? defaultOpds(catalogue)
      : (readOpdList(opdContent, catalogue) ?? defaultOpds(catalogue));

    // 2. Write, tab by tab.
    const created: string[] = [];
    const renamed: { from: string; to: string }[] = [];
    const ensure = (name: string, key: string) => {
      const existing = before.find((t) => t.key === key) ?? before.find((t) => t.name === name);
      if (!existing) created.push(name);
      else if (existing.name !== name) renamed.push({ from: existing.name, to: name });
      wb.ensureTab(name, key);
    };
    const changedTabs: string[] = [];
    // Before the first change to a tab holding people's answers, everything they typed is
    // kept in a snapshot (Pulihkan restores from it); a run that changes nothing takes none.
    let snapshotTaken = false;
    const holdsAnswers = (key: string) =>
      key.startsWith(`${TAB_KEY.opds}:`) || key === TAB_KEY.assessment;
    const put = (
      name: string,
      key: string,
      render: TabRender,
      previous: TabContent | undefined,
    ) => {
      if (
        !snapshotTaken &&
        holdsAnswers(key) &&
        previous &&
        !sameCells(previous.cells, render.cells)
      ) {
        snapshotTaken = true;
        takeSnapshot(
          wb,
          catalogue,
          previousOpds(opdContent, catalogue) ?? opds,
          clock.timestamp,
          snapshotText.reasonSetup(),
        );
      }
      ensure(name, key);
      if (wb.write(name, render, previous)) changedTabs.push(name);
    };

    put(
      TAB.guide,
      TAB_KEY.guide,
      renderPanduan(catalogue, opds, settings),
      readByKey(TAB_KEY.guide, TAB.guide),
    );
    put(
      TAB.settings,
      TAB_KEY.settings,
      { ...renderSettings(settings, catalogue), protection: adminOnly(settings, TAB.settings) },
      settingsContent,
    );
    if (frameworkChanged && kerangkaContent) {
      const archive = `${TAB.catalogue} ${storedId}`;
      put(
        archive,
        `${TAB_KEY.catalogue}:${storedId}`,
        { cells: kerangkaContent.cells, hidden: true, protection: adminOnly(settings, archive) },
        undefined,
      );
    }
    const kerangkaPrevious = frameworkChanged ? undefined : kerangkaContent;
    put(
      TAB.catalogue,
      TAB_KEY.catalogue,
      { ...kerangka, protection: adminOnly(settings, TAB.catalogue) },
      kerangkaPrevious,
    );
    put(
      TAB.opds,
      TAB_KEY.opds,
      { ...renderOpdList(opds, catalogue, opdContent), protection: adminOnly(settings, TAB.opds) },
      opdContent,
    );

    const rulesBefore = readByKey(TAB_KEY.evidenceRules, TAB.evidenceRules);
    const rules = frameworkChanged ? undefined : readEvidenceRules(rulesBefore);
    put(
      TAB.evidenceRules,
      TAB_KEY.evidenceRules,
      {
        ...renderEvidenceRules(rules ?? defaultEvidenceRules(catalogue), rulesBefore),
        protection: adminOnly(settings, TAB.evidenceRules),
      },
      rulesBefore,
    );

    const archived: { tab: string; codes: string[] }[] = [];
    const restored: { tab: string; codes: string[] }[] = [];
    for (const opd of opds) {
      const previous = readByKey(opdTabKey(opd.code), opd.tab);
      const result = renderOpdTab(opd, catalogue, settings, previous, clock.today);
      put(opd.tab, opdTabKey(opd.code), result.render, previous);
      if (result.archived.length > 0) archived.push({ tab: opd.tab, codes: [...result.archived] });
      if (result.restored.length > 0) restored.push({ tab: opd.tab, codes: [...result.restored] });
    }
    const listed = new Set(opds.map((o) => opdTabKey(o.code)));
    const orphanTabs = before
      .filter((t) => t.key?.startsWith('spbe:opd:') && !listed.has(t.key))
      .map((t) => t.name);

    // Penilaian looks weights up in Kerangka by header, so it needs Kerangka as just written.
    const penilaianBefore = readByKey(TAB_KEY.assessment, TAB.assessment);
    const penilaian = renderPenilaian(
      catalogue,
      opds,
      settings,
      kerangkaColumns({ cells: kerangka.cells }),
      penilaianBefore,
    );
    put(TAB.assessment, TAB_KEY.assessment, penilaian, penilaianBefore);
    put(
      TAB.summary,
      TAB_KEY.summary,
      renderRekap(catalogue, opds, settings),
      readByKey(TAB_KEY.summary, TAB.summary),
    );

    const report: SetupReport = {
      catalogue: catalogue.id,
      created,
      renamed,
      archived,
      restored,
      orphanTabs,
      changed: changedTabs,
      migrated,
      summary: setupText.whoEditsWhat(settings, opds, notSharedWith(wb, settings, opds)),
    };
    const logPrevious = readByKey(TAB_KEY.log, TAB.log);
    put(TAB.log, TAB_KEY.log, logRender(settings, logPrevious), logPrevious);
    // A run that changed nothing leaves no trace, so that setup twice in a row changes nothing.
    if (changedTabs.length > 0 || migrated.length > 0)
      wb.append(TAB.log, logEntries({ ...report, changed: changedTabs }, clock, user));
    wb.setProperty(LAYOUT_VERSION_KEY, String(LAYOUT_VERSION));
    return report;
  });
}

function snapshotBeforeMigration(wb: WorkbookPort, clock: SetupClock): void {
  try {
    const { catalogue, opds } = loadContext(wb, clock.year);
    takeSnapshot(wb, catalogue, opds, clock.timestamp, snapshotText.reasonMigration());
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

/** Whoever runs the first setup becomes an admin, so nobody locks themselves out. */
function withAdmin(settings: Settings, user: string): Settings {
  if (!user || settings.admins.includes(user.toLowerCase())) return settings;
  return settings.admins.length === 0 ? { ...settings, admins: [user.toLowerCase()] } : settings;
}

function adminOnly(settings: Settings, tab: string) {
  return adminOnlyProtection(settings.admins, tab);
}

function logRender(settings: Settings, previous: TabContent | undefined): TabRender {
  const header: Cell[] = setupText.logHeader();
  // The header follows the layout (older Logs had four columns); entries stay as they are.
  const cells =
    previous && previous.cells.length > 0 ? [header, ...previous.cells.slice(1)] : [header];
  return { cells, hidden: true, frozenRows: 1, protection: adminOnly(settings, TAB.log) };
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
