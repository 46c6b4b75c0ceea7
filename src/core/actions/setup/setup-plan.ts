import { resolveCatalogue, starterEvidenceRules } from '../../catalogue/registry';
import type { Catalogue } from '../../catalogue/types';
import { readEvidenceRules, renderEvidenceRules } from '../../evidence/evidence-rules';
import { emptyReportCells, isEmptyReport } from '../../evidence/report-tab';
import { InputError } from '../../kernel/errors';
import { renderAssessment } from '../../workbook/assessment-tab';
import {
  catalogueColumns,
  catalogueIdOf,
  readCatalogueTab,
  renderCatalogueTab,
} from '../../workbook/catalogue-tab';
import { asRead, sameCells } from '../../workbook/cells';
import { renderGuide } from '../../workbook/guide-tab';
import { isEmptyCell, readKeyedTable } from '../../workbook/keyed-table';
import { OPD_ENTRY_KEYS, OPD_TAB_COLUMNS, readOpdTable } from '../../workbook/opd-columns';
import { readOpdList, renderOpdList } from '../../workbook/opd-list-tab';
import { renderOpdTab } from '../../workbook/opd-tab';
import { defaultOpds, type OpdRecord } from '../../workbook/ownership';
import type {
  Cell,
  TabContent,
  TabInfo,
  TabRender,
  WorkbookPort,
  WriteCell,
} from '../../workbook/port';
import { adminOnly as adminOnlyProtection } from '../../workbook/protection';
import {
  defaultSettings,
  readSettings,
  renderSettings,
  type Settings,
} from '../../workbook/settings-tab';
import { renderSummary } from '../../workbook/summary-tab';
import { opdTabKey, TAB, TAB_KEY } from '../../workbook/tab-names';
import { setupText } from './setup-text';

/**
 * The first two steps of setup: read and validate every input, then plan every tab from
 * those inputs alone. Nothing here writes; setup.ts applies the plan.
 */
export interface SetupClock {
  /** YYYY-MM-DD in the Pemda's time zone. */
  readonly today: string;
  /** Date and time for the log. */
  readonly timestamp: string;
  readonly year: number;
}

/** Everything setup reads before it writes anything, validated. */
export interface SetupInputs {
  readonly before: readonly TabInfo[];
  readonly user: string;
  readonly settings: Settings;
  readonly settingsContent: TabContent | undefined;
  readonly catalogue: Catalogue;
  readonly catalogueContent: TabContent | undefined;
  /** The catalogue the file held when it was set up for another framework (archived now). */
  readonly replacedFramework: string | undefined;
  readonly opds: readonly OpdRecord[];
  readonly opdContent: TabContent | undefined;
  /** What each tab holds now, by its mark (or name). */
  readonly previous: (key: string, name: string) => TabContent | undefined;
  /** The links set on the words of a column's cells (rich text), by sheet row; asked lazily. */
  readonly richLinks: (
    key: string,
    name: string,
    col: number,
  ) => ReadonlyMap<number, readonly string[]>;
}

/** One tab as this run will leave it. */
interface TabPlan {
  readonly name: string;
  readonly key: string;
  readonly render: TabRender;
  readonly previous: TabContent | undefined;
}

export interface SetupPlan {
  readonly tabs: readonly TabPlan[];
  readonly archived: readonly { tab: string; codes: readonly string[] }[];
  readonly restored: readonly { tab: string; codes: readonly string[] }[];
  readonly orphanTabs: readonly string[];
}

/**
 * What a caller changes with this run: the lock (Kunci / buka pengisian), or the instrument of
 * a new workbook (the CLI's --framework; the demo replays SPBE 2020).
 */
export type SetupChange = Partial<Pick<Settings, 'locked' | 'lockedSince' | 'framework'>>;

/** Adds a tab to the plan: its render, and what it held (read once, before any write). */
type Plan = (name: string, key: string, render: TabRender, before?: TabContent) => void;

/**
 * Kerangka: an admin's edited copy is kept; a catalogue of another instrument is archived
 * (hidden) before the new one is written. Returns the cells Kerangka will hold.
 */
function planCatalogue(inputs: SetupInputs, plan: Plan): readonly (readonly WriteCell[])[] {
  const adminOnly = (tab: string) => adminOnlyProtection(inputs.settings.admins, tab);
  const { catalogue } = inputs;
  const keepCatalogue =
    inputs.catalogueContent && !inputs.replacedFramework && catalogueIdOf(inputs.catalogueContent);
  const catalogueCells =
    keepCatalogue && inputs.catalogueContent
      ? inputs.catalogueContent.cells
      : renderCatalogueTab(catalogue).cells;
  if (inputs.replacedFramework && inputs.catalogueContent) {
    const archive = `${TAB.catalogue} ${inputs.replacedFramework}`;
    plan(
      archive,
      `${TAB_KEY.catalogue}:${inputs.replacedFramework}`,
      { cells: inputs.catalogueContent.cells, hidden: true, protection: adminOnly(archive) },
      undefined,
    );
  }
  plan(
    TAB.catalogue,
    TAB_KEY.catalogue,
    { cells: catalogueCells, protection: adminOnly(TAB.catalogue) },
    inputs.replacedFramework ? undefined : inputs.catalogueContent,
  );
  return catalogueCells;
}

/** Each OPD's tab, keeping what was typed and the links on its words; what it archived or restored. */
function planOpdTabs(inputs: SetupInputs, clock: SetupClock, plan: Plan) {
  const { settings, catalogue, opds, previous } = inputs;
  const archived: { tab: string; codes: string[] }[] = [];
  const restored: { tab: string; codes: string[] }[] = [];
  for (const opd of opds) {
    const key = opdTabKey(opd.code);
    const before = previous(key, opd.tab);
    let result = renderOpdTab(opd, catalogue, settings, before, clock.today);
    // Rows that move take their words to another cell, which drops a link set on them: only
    // a tab that changes has its evidence links asked for (two calls), and keeps them.
    const evidenceCol = readOpdTable(before, catalogue)?.columns.get('evidence');
    if (before && evidenceCol && !sameCells(before.cells, result.render.cells)) {
      const links = inputs.richLinks(key, opd.tab, evidenceCol);
      if (links.size > 0)
        result = renderOpdTab(opd, catalogue, settings, before, clock.today, links);
    }
    plan(opd.tab, opdTabKey(opd.code), result.render, before);
    if (result.archived.length > 0) archived.push({ tab: opd.tab, codes: [...result.archived] });
    if (result.restored.length > 0) restored.push({ tab: opd.tab, codes: [...result.restored] });
  }
  return { archived, restored };
}

/**
 * Whether any OPD tab holds an answer (a level, an explanation or evidence): a workbook whose
 * OPDs began filling cannot change instrument, since codes and levels do not carry over.
 */
function anyAnswer(wb: WorkbookPort, tabs: readonly { name: string; key?: string }[]): boolean {
  return tabs
    .filter((t) => t.key?.startsWith(opdTabKey('')))
    .some((t) => {
      const table = readKeyedTable(wb.read(t.name), OPD_TAB_COLUMNS, 'code', (c) =>
        String(c).trim(),
      );
      return [...(table?.rows.values() ?? [])].some((r) =>
        OPD_ENTRY_KEYS.some((k) => k !== 'evidenceKind' && !isEmptyCell(r[k])),
      );
    });
}

export function readSetupInputs(
  wb: WorkbookPort,
  clock: SetupClock,
  change: SetupChange,
): SetupInputs {
  const before = wb.tabs();
  const user = wb.userEmail();
  const found = (key: string, name: string) =>
    before.find((t) => t.key === key) ?? before.find((t) => t.name === name);
  const previous = (key: string, name: string): TabContent | undefined => {
    const tab = found(key, name);
    return tab ? wb.read(tab.name) : undefined;
  };
  const richLinks = (key: string, name: string, col: number) => {
    const tab = found(key, name);
    return tab ? wb.richLinks(tab.name, col) : new Map<number, readonly string[]>();
  };
  const settingsContent = previous(TAB_KEY.settings, TAB.settings);
  const settings = {
    ...withAdmin(readSettings(settingsContent, defaultSettings(clock.year, user)), user),
    ...change,
  };
  const catalogueContent = previous(TAB_KEY.catalogue, TAB.catalogue);
  const storedId = catalogueIdOf(catalogueContent);
  const replacedFramework =
    storedId !== undefined && storedId !== settings.framework ? storedId : undefined;
  // Another instrument for a workbook OPDs began to fill: refused, naming the way forward.
  if (replacedFramework && anyAnswer(wb, before))
    throw new InputError(setupText.frameworkSwitchRefused(replacedFramework, settings.framework));
  const catalogue: Catalogue =
    catalogueContent && storedId !== undefined && !replacedFramework
      ? readCatalogueTab(catalogueContent)
      : resolveCatalogue(settings.framework);
  // An admin added since the last setup is not yet on the tabs' protections, and only someone
  // listed on a protection may change it: refuse before writing anything.
  const settingsTab = before.find((t) => t.key === TAB_KEY.settings)?.name;
  if (settingsTab && !wb.mayEditProtection(settingsTab))
    throw new InputError(setupText.notOnProtections(user, settings.admins));
  const opdContent = previous(TAB_KEY.opds, TAB.opds);
  const opds = replacedFramework
    ? defaultOpds(catalogue)
    : (readOpdList(opdContent, catalogue) ?? defaultOpds(catalogue));
  return {
    before,
    user,
    settings,
    settingsContent,
    catalogue,
    catalogueContent,
    replacedFramework,
    opds,
    opdContent,
    previous,
    richLinks,
  };
}

export function planSetup(inputs: SetupInputs, clock: SetupClock): SetupPlan {
  const { settings, catalogue, opds, previous } = inputs;
  const adminOnly = (tab: string) => adminOnlyProtection(settings.admins, tab);
  const tabs: TabPlan[] = [];
  const plan: Plan = (name, key, render, before = previous(key, name)) =>
    tabs.push({ name, key, render, previous: before });

  plan(TAB.guide, TAB_KEY.guide, renderGuide(catalogue, opds, settings));
  plan(
    TAB.settings,
    TAB_KEY.settings,
    { ...renderSettings(settings, catalogue), protection: adminOnly(TAB.settings) },
    inputs.settingsContent,
  );
  const catalogueCells = planCatalogue(inputs, plan);
  plan(
    TAB.opds,
    TAB_KEY.opds,
    { ...renderOpdList(opds, catalogue, inputs.opdContent), protection: adminOnly(TAB.opds) },
    inputs.opdContent,
  );
  const rulesBefore = previous(TAB_KEY.evidenceRules, TAB.evidenceRules);
  const rules = inputs.replacedFramework ? undefined : readEvidenceRules(rulesBefore);
  plan(
    TAB.evidenceRules,
    TAB_KEY.evidenceRules,
    {
      ...renderEvidenceRules(rules ?? starterEvidenceRules(catalogue), rulesBefore),
      protection: adminOnly(TAB.evidenceRules),
    },
    rulesBefore,
  );

  const { archived, restored } = planOpdTabs(inputs, clock, plan);
  const listed = new Set(opds.map((o) => opdTabKey(o.code)));
  const orphanTabs = inputs.before
    .filter((t) => t.key?.startsWith(`${TAB_KEY.opds}:`) && !listed.has(t.key))
    .map((t) => t.name);

  // Penilaian looks weights up in Kerangka by header: the Kerangka this run writes.
  const assessmentBefore = previous(TAB_KEY.assessment, TAB.assessment);
  plan(
    TAB.assessment,
    TAB_KEY.assessment,
    renderAssessment(
      catalogue,
      opds,
      settings,
      catalogueColumns({ cells: asRead(catalogueCells) }),
      assessmentBefore,
    ),
    assessmentBefore,
  );
  plan(TAB.summary, TAB_KEY.summary, renderSummary(catalogue, opds, settings));
  // The OPD tabs' Status reads Kelengkapan's errors: it exists from the start, with a note until
  // a check fills it. Planned again while it holds only the note, so that a setup that died
  // between writing the note and protecting the tab finishes the job; a check's report is left
  // to the check.
  const report = previous(TAB_KEY.report, TAB.report);
  const filled = report?.cells.filter((row) => row.some((c) => c !== '' && c !== undefined)) ?? [];
  if (isEmptyReport(filled))
    plan(
      TAB.report,
      TAB_KEY.report,
      {
        cells: emptyReportCells(),
        protection: adminOnlyProtection(settings.admins, TAB.report),
      },
      report,
    );
  const logBefore = previous(TAB_KEY.log, TAB.log);
  plan(TAB.log, TAB_KEY.log, logRender(settings, logBefore), logBefore);
  return { tabs, archived, restored, orphanTabs };
}

/** Whoever runs the first setup becomes an admin, so nobody locks themselves out. */
function withAdmin(settings: Settings, user: string): Settings {
  if (!user || settings.admins.includes(user.toLowerCase())) return settings;
  return settings.admins.length === 0 ? { ...settings, admins: [user.toLowerCase()] } : settings;
}

function logRender(settings: Settings, previous: TabContent | undefined): TabRender {
  const header: Cell[] = setupText.logHeader();
  // The header follows the layout (older Logs had four columns); entries stay as they are.
  const cells =
    previous && previous.cells.length > 0 ? [header, ...previous.cells.slice(1)] : [header];
  return {
    cells,
    hidden: true,
    frozenRows: 1,
    protection: adminOnlyProtection(settings.admins, TAB.log),
  };
}
