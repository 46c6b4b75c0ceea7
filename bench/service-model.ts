import { afterPoll, delayFor, FRESH_PACE } from '../src/sidebar/poll-schedule';
import type { DailyQuota } from '../test/fakes/rules';
import { dailyLimit } from '../test/fakes/rules';
import { chooseSpbe2020, demoWorld } from '../test/support/demo-world';
import { latencyOf, modelledMs } from '../test/support/latency';
import { opdList } from '../test/support/opd-list';
import { ADMIN, panelWorld } from '../test/support/panel-world';
import { SheetsWorld } from '../test/support/sheets-world';
import { columnOf, rowOf } from '../test/support/workbook-helpers';

/**
 * Issue #15's model: what each frequent action costs in service calls and modelled time
 * (test/support/latency.ts), as a share of the 6-minute limit; then a day of use of the
 * 12-OPD demo against a consumer account's daily quotas, from what the stand-ins counted for
 * one of each action, scaled by how often a day holds it.
 */
const PIC = 'bappeda.spbe@example.org';
const SIX_MINUTES = 6 * 60_000;

type World = ReturnType<typeof panelWorld>;

function measured(world: World | SheetsWorld, run: () => unknown, onTabs?: ReadonlySet<string>) {
  const from = world.env.log.calls.length;
  world.rt.latency = latencyOf;
  try {
    run();
  } finally {
    world.rt.latency = undefined;
  }
  const calls = world.env.log.calls.slice(from);
  // A new tab is copied under a passing name first: its calls count for the tab.
  const tabs = world.env.log.tabs
    .slice(from)
    .map((t) => t?.replace(/^SPBE sedang menyiapkan · /, ''));
  if (!onTabs) return { calls: calls.length, ms: modelledMs(calls) };
  const mine = calls.filter((_, i) => onTabs.has(tabs[i] ?? ''));
  return { calls: mine.length / onTabs.size, ms: modelledMs(mine) / onTabs.size };
}

function usageOf(world: World, user: string, run: () => unknown): Record<DailyQuota, number> {
  const before = { ...world.rt.used(user) };
  world.rt.latency = latencyOf;
  try {
    run();
  } finally {
    world.rt.latency = undefined;
  }
  const after = world.rt.used(user);
  return {
    properties: after.properties - before.properties,
    urlFetch: after.urlFetch - before.urlFetch,
    mailRecipients: after.mailRecipients - before.mailRecipients,
    triggerMs: after.triggerMs - before.triggerMs,
  };
}

function editOnce(world: World, i: number): void {
  const t = world.grid('Bappeda');
  world.edit(PIC, 'Bappeda', rowOf(t, 'I32'), columnOf(t, 'Penjelasan'), `Penjelasan ke-${i}.`);
}

/** Polls in a 30-minute session: worst case (the selection always changing), and a calm one. */
function pollsIn(ms: number, changing: boolean): number {
  let pace = FRESH_PACE;
  let t = 0;
  let n = 0;
  while (t + delayFor(pace) <= ms) {
    t += delayFor(pace);
    n += 1;
    pace = afterPoll(pace, changing);
  }
  return n;
}

function cityOf12(): { world: SheetsWorld; opdTabs: Set<string> } {
  const world = new SheetsWorld(ADMIN);
  chooseSpbe2020(world);
  const rows = opdList(12);
  const list = world.env.spreadsheet.insertSheet(
    'OPD',
  ) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  list
    .getRange(1, 1, rows.length, 6)
    .setValues(rows.map((r) => Array.from({ length: 6 }, (_, c) => r[c] ?? '')));
  world.env.share(...rows.slice(4).map((r) => String(r[4])));
  return { world, opdTabs: new Set(rows.slice(4).map((r) => String(r[3]))) };
}

export function benchServiceModel(): void {
  console.log('\nService calls and modelled time (12-OPD demo, latency model as below)');
  console.log(
    `${'what'.padEnd(46)} ${'calls'.padStart(7)} ${'budget'.padStart(7)} ${'modelled'.padStart(9)} ${'of 6 min'.padStart(9)}`,
  );
  const row = (what: string, m: { calls: number; ms: number }, budget: string) =>
    console.log(
      `${what.padEnd(46)} ${m.calls.toFixed(0).padStart(7)} ${budget.padStart(7)} ${`${(m.ms / 1000).toFixed(2)} s`.padStart(9)} ${`${((100 * m.ms) / SIX_MINUTES).toFixed(1)}%`.padStart(9)}`,
    );

  const w = panelWorld();
  w.select('Bappeda', 'I32');
  row(
    'sidebar poll (panelSelection)',
    measured(w, () => w.rpc('panelSelection', {}, PIC)),
    '10',
  );
  row(
    'open the panel (panelState)',
    measured(w, () => w.rpc('panelState', {}, PIC)),
    '30',
  );
  row(
    'open an indicator (panelOpd)',
    measured(w, () => w.rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, PIC)),
    '40',
  );
  w.menu('menuInstallRecorder', ADMIN);
  editOnce(w, 0);
  row(
    'one single-cell edit, audit trigger',
    measured(w, () => editOnce(w, 1)),
    '8',
  );
  const city = cityOf12();
  const setupTabs = measured(city.world, () => city.world.menu('menuSetup', ADMIN), city.opdTabs);
  const again = cityOf12();
  const setupAll = measured(again.world, () => again.world.menu('menuSetup', ADMIN));
  row('first Siapkan, per OPD tab', setupTabs, '36');
  row('first Siapkan, whole 12-OPD workbook', setupAll, '800');
  console.log('(the check at 12/60/100 OPDs: see "Cek kelengkapan" below, longest run vs 6 min)');

  // A day of use, each action measured once on the stand-ins and scaled.
  const day = panelWorld();
  day.rt.workspaceDomains.clear();
  day.menu('menuInstallRecorder', ADMIN);
  editOnce(day, 0);
  const edit = usageOf(day, ADMIN, () => editOnce(day, 1));
  day.select('Bappeda', 'I32');
  const poll = usageOf(day, PIC, () => day.rpc('panelSelection', {}, PIC));
  const opening = usageOf(day, PIC, () => {
    day.rpc('panelState', {}, PIC);
    day.rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, PIC);
  });
  // The day's first check asks Drive about every file; the second only about what changed.
  const firstCheck = usageOf(day, ADMIN, () => undefined);
  {
    const fresh = demoWorld('typed');
    const before = { ...fresh.rt.used(ADMIN) };
    fresh.menu('menuCheck', ADMIN);
    firstCheck.urlFetch = fresh.rt.used(ADMIN).urlFetch - before.urlFetch;
    firstCheck.properties = fresh.rt.used(ADMIN).properties - before.properties;
  }
  const check = usageOf(day, ADMIN, () => day.menu('menuCheck', ADMIN));
  const setup = usageOf(day, ADMIN, () => day.menu('menuSetup', ADMIN));
  day.env.ui.answers.push('YES');
  const remind = usageOf(day, ADMIN, () => day.menu('menuRemind', ADMIN));

  const polls = pollsIn(30 * 60_000, true);
  const calmPolls = pollsIn(30 * 60_000, false);
  const edits = 40 * 50;
  const sessions = 20;
  const perPicSessions = 1;
  console.log(
    `\nA day of use on consumer accounts: 40 PICs × 50 edits, ${sessions} sidebar sessions × 30 min (${polls} polls each while the selection keeps changing, ${calmPolls} when calm), 2 checks, 1 setup, 1 reminder round`,
  );
  console.log(
    `${'quota (whose)'.padEnd(44)} ${'per action'.padStart(24)} ${'a day'.padStart(9)} ${'limit'.padStart(8)} ${'used'.padStart(7)}`,
  );
  const quota = (what: string, perAction: string, total: number, q: DailyQuota, user: string) => {
    const limit = dailyLimit(day.rt, user, q);
    const scale = q === 'triggerMs' ? 60_000 : 1;
    const unit = q === 'triggerMs' ? ' min' : '';
    console.log(
      `${what.padEnd(44)} ${perAction.padStart(24)} ${`${(total / scale).toFixed(q === 'triggerMs' ? 1 : 0)}${unit}`.padStart(9)} ${`${limit / scale}${unit}`.padStart(8)} ${`${((100 * total) / limit).toFixed(1)}%`.padStart(7)}`,
    );
  };
  quota(
    'trigger runtime (admin who installed Log)',
    `${(edit.triggerMs / 1000).toFixed(2)} s an edit`,
    edits * edit.triggerMs,
    'triggerMs',
    ADMIN,
  );
  quota(
    'properties (admin)',
    `${edit.properties}/edit, ${firstCheck.properties}+${check.properties}/checks`,
    edits * edit.properties +
      firstCheck.properties +
      check.properties +
      setup.properties +
      remind.properties,
    'properties',
    ADMIN,
  );
  quota(
    'properties (one PIC, one session)',
    `${poll.properties}/poll, ${opening.properties}/open`,
    perPicSessions * (opening.properties + polls * poll.properties),
    'properties',
    PIC,
  );
  quota(
    'URL fetch calls (admin)',
    `${firstCheck.urlFetch} + ${check.urlFetch} (2 checks)`,
    firstCheck.urlFetch + check.urlFetch,
    'urlFetch',
    ADMIN,
  );
  quota(
    'mail recipients (admin)',
    `${remind.mailRecipients}/round`,
    remind.mailRecipients,
    'mailRecipients',
    ADMIN,
  );
}
