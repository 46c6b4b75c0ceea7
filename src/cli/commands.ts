import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type CheckOutcome, runCheck } from '../core/actions/check/check';
import { exportRows, toCsv, toMarkdown } from '../core/actions/export/export-rows';
import { planOf } from '../core/actions/panel/coordinator-panel';
import { leadershipReport } from '../core/actions/report/leadership-report';
import { reportText } from '../core/actions/report/report-text';
import { setupWorkbook } from '../core/actions/setup/setup';
import { resolveCatalogue } from '../core/catalogue/registry';
import {
  claimsHeldBack,
  mandiriFollowsItems,
  readEvaluation,
  stageScores,
} from '../core/evaluation/evaluation';
import { progressSummary } from '../core/evidence/report-tab';
import { decimalText } from '../core/kernel/decimal';
import { InputError } from '../core/kernel/errors';
import { loadContext } from '../core/workbook/context';
import { readOpdRows, renderOpdList } from '../core/workbook/opd-list-tab';
import { defaultSettings, renderSettings } from '../core/workbook/settings-tab';
import { TAB, TAB_KEY } from '../core/workbook/tab-names';
import { DemoDrive } from '../demo/demo-drive';
import { DEMO_FRAMEWORK, fillDemo, kendariDemo } from '../demo/kendari-demo';
import type { PlanView, StageScore } from '../shared/rpc';
import { XlsxWorkbook } from '../xlsx/xlsx-workbook';
import { cliText } from './cli-text';
import { parseCsv } from './csv';
import { writeReportPdf } from './report-pdf';

/** What a command prints: text for people, or the --json document. */
export interface Output {
  out(text: string): void;
  progress(text: string): void;
}

export const ADMIN = 'kominfo.admin@example.org';

export function clockFor(now: Date) {
  const pad = (n: number) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return {
    now,
    today,
    timestamp: `${today} ${pad(now.getHours())}:${pad(now.getMinutes())}`,
    year: now.getFullYear(),
    elapsedMs: () => 0,
    budgetMs: Number.POSITIVE_INFINITY,
  };
}

export function decimal(n: number | null): string {
  return n === null ? '—' : decimalText(n, 2);
}

export function printStages(stages: readonly StageScore[], io: Output): void {
  io.out(cliText.stagesTitle());
  for (const s of stages) {
    const parts = s.parts.map((p) => `${p.id} ${decimal(p.value)}`).join('  ');
    const items = s.items ? cliText.itemsAccepted(s.items.accepted, s.items.total) : '';
    io.out(
      s.index === null
        ? `  ${s.stage.padEnd(11)} ${cliText.noData()}${items}`
        : `  ${s.stage.padEnd(11)} ${decimal(s.index).padStart(5)} ${s.predicate.padEnd(11)} ${parts}${cliText.notAssessed(s.notAssessed)}${items}`,
    );
    if (s.predicateNote) io.out(`              ${s.predicateNote}`);
  }
}

function printOutcome(outcome: CheckOutcome, io: Output): void {
  io.out(cliText.opdsTitle());
  for (const p of outcome.progress) {
    io.out(
      `  ${p.opd.tab.padEnd(16)} ${String(p.complete).padStart(3)}/${String(p.assigned).padEnd(3)} lengkap  ${String(p.errors).padStart(3)} kesalahan  ${String(p.warnings).padStart(3)} peringatan`,
    );
  }
}

/** What each OPD owes first: its three gravest findings, with the cell, errors first. */
function printTopFindings(findings: CheckJson['findings'], io: Output, perOpd = 3): void {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const byOpd = new Map<string, CheckJson['findings']>();
  for (const f of [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]))
    byOpd.set(f.opd, [...(byOpd.get(f.opd) ?? []), f]);
  if (byOpd.size === 0) return;
  io.out(cliText.topFindingsTitle(perOpd));
  for (const [opd, list] of byOpd) {
    io.out(`  ${opd || cliText.workbookWide()}`);
    for (const f of list.slice(0, perOpd)) io.out(cliText.findingLine(f));
    if (list.length > perOpd) io.out(cliText.moreFindings(list.length - perOpd));
  }
}

function printPlan(plan: PlanView, io: Output, file: string, limit = 10): void {
  io.out(cliText.planTitle(plan));
  for (const s of plan.steps.slice(0, limit))
    io.out(cliText.planStep(s.code, s.from, s.to, s.after, s.opds));
  if (plan.steps.length > limit) io.out(cliText.more(plan.steps.length - limit, file));
}

/** `spbe demo [DIR]`: the 12-OPD Kendari demo, checked and scored, written as an .xlsx. */
export async function demo(dir: string, io: Output, now = new Date()): Promise<string> {
  const clock = clockFor(now);
  const wb = new XlsxWorkbook(undefined, ADMIN, io.progress);
  io.progress(cliText.preparing());
  setupWorkbook(wb, clock, undefined, { framework: DEMO_FRAMEWORK });
  const { catalogue, opds } = loadContext(wb, clock.year);
  const data = kendariDemo(catalogue, opds, clock.year);
  fillDemo(wb, catalogue, opds, data);
  const outcome = runCheck(wb, new DemoDrive(data.files), clock);
  const d = readEvaluation(wb, loadContext(wb, clock.year));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'spbe-demo.xlsx');
  await wb.save(file);
  const report = path.join(dir, 'laporan.pdf');
  await writeReportPdf(leadershipReport(wb, d, clock.today), report);
  io.out(cliText.demoWritten(file, outcome.findings.length, data.planted.length));
  io.out(reportText.written(report));
  printOutcome(outcome, io);
  printStages(stageScores(d), io);
  printPlan(planOf(d, { target: 3 }), io, file);
  return file;
}

/** Each column of opd.csv, by the names it may have (lower case, spaces as "_"). */
const OPD_CSV_HEADERS = {
  code: ['code', 'kode', 'kode_opd'],
  name: ['name', 'nama', 'nama_opd'],
  short: ['short', 'singkatan'],
  tab: ['tab', 'nama_tab'],
  pic_emails: ['pic_emails', 'email_pic', 'email', 'pic'],
  indicators: ['indicators', 'indikator'],
} as const;

/** `spbe setup --opd opd.csv [--framework ID] -o FILE`: an empty workbook to fill or upload. */
export async function setup(
  opdCsv: string,
  framework: string,
  out: string,
  io: Output,
  now = new Date(),
  who: { pemda?: string | undefined; admins?: string | undefined } = {},
  year?: number,
): Promise<void> {
  // The evaluation year a workbook is for may differ from today's (a 2025 SPBE workbook in 2026).
  const clock = { ...clockFor(now), ...(year === undefined ? {} : { year }) };
  const admins = (who.admins ?? '')
    .split(/[,;\s]+/)
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  const badAdmin = admins.find((e) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e));
  if (badAdmin !== undefined) throw new InputError(cliText.badAdmin(badAdmin));
  const pemda = who.pemda?.trim();
  if (who.pemda !== undefined && !pemda) throw new InputError(cliText.emptyPemda());
  const catalogue = resolveCatalogue(framework);
  const rows = parseCsv(readFileSync(opdCsv, 'utf8'));
  const header =
    rows[0]?.map((h) =>
      h
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_'),
    ) ?? [];
  // English headers (as in kendari-demo-opd.csv) or the OPD tab's own, in Indonesian.
  const col = (name: keyof typeof OPD_CSV_HEADERS) =>
    header.findIndex((h) => (OPD_CSV_HEADERS[name] as readonly string[]).includes(h));
  for (const required of ['code', 'name', 'indicators'] as const) {
    if (col(required) < 0) throw new InputError(cliText.csvColumnMissing(opdCsv, required));
  }
  // The CSV is laid out as the OPD tab and read by the same code, which names bad rows.
  const table = [
    [''],
    [''],
    [''],
    ['Kode OPD', 'Nama OPD', 'Singkatan', 'Nama tab', 'Email PIC', 'Indikator'],
    ...rows
      .slice(1)
      .map((r) => [
        r[col('code')] ?? '',
        r[col('name')] ?? '',
        r[col('short')] ?? '',
        r[col('tab')] ?? '',
        (r[col('pic_emails')] ?? '').replace(/;/g, ','),
        r[col('indicators')] ?? '',
      ]),
  ];
  // Problems are placed on the CSV's own lines (its header is line 1; the table's row 4).
  const read = readOpdRows({ cells: table }, catalogue, (row, code) =>
    cliText.csvLine(opdCsv, row - 3, code),
  );
  if (read && read.problems.length > 0)
    throw new InputError(cliText.opdCsvInvalid(opdCsv, read.problems));
  const opds = read?.opds ?? [];
  const wb = new XlsxWorkbook(undefined, ADMIN, io.progress);
  const settings = {
    ...defaultSettings(clock.year, ADMIN),
    framework: catalogue.id,
    ...(pemda ? { pemda } : {}),
    ...(admins.length > 0 ? { admins } : {}),
  };
  wb.ensureTab(TAB.settings, TAB_KEY.settings);
  wb.write(TAB.settings, renderSettings(settings, catalogue));
  wb.ensureTab(TAB.opds, TAB_KEY.opds);
  wb.write(TAB.opds, renderOpdList(opds, catalogue, undefined));
  setupWorkbook(wb, clock);
  await wb.save(out);
  io.out(cliText.setupWritten(out, opds.length, catalogue.id, settings.pemda, settings.admins));
  if (!pemda || admins.length === 0) io.out(cliText.setupDefaults(!pemda, admins.length === 0));
}

interface CheckJson {
  file: string;
  checkedAt: string;
  driveChecked: false;
  findings: {
    severity: 'error' | 'warning' | 'info';
    opd: string;
    indicator: string;
    cell: string;
    problem: string;
    fix: string;
  }[];
  opds: {
    code: string;
    tab: string;
    assigned: number;
    complete: number;
    errors: number;
    warnings: number;
  }[];
}

/** `spbe check FILE [--json] [-o OUT]`: the findings, offline (link shapes only for Drive). */
export async function check(
  file: string,
  json: boolean,
  out: string | undefined,
  io: Output,
  now = new Date(),
): Promise<CheckJson> {
  const clock = clockFor(now);
  const wb = await XlsxWorkbook.load(file, ADMIN, io.progress);
  const outcome = runCheck(wb, undefined, clock);
  const target = out ?? `${file.replace(/\.xlsx$/i, '')}-kelengkapan.xlsx`;
  await wb.save(target);
  const result: CheckJson = {
    file,
    checkedAt: clock.timestamp,
    driveChecked: false,
    findings: outcome.findings.map((f) => ({
      severity: f.severity,
      opd: f.opd,
      indicator: f.indicator,
      cell: `${f.tab}!${String.fromCharCode(64 + f.col)}${f.row}`,
      problem: f.problem,
      fix: f.fix,
    })),
    opds: outcome.progress.map(progressSummary),
  };
  if (json) {
    io.out(JSON.stringify(result, null, 2));
    // Standard output holds only the JSON; where the copy went is said beside it.
    io.progress(cliText.checkWritten(target, outcome.findings.length).trim());
  } else {
    io.out(cliText.offline());
    printOutcome(outcome, io);
    printTopFindings(result.findings, io);
    io.out(cliText.checkWritten(target, outcome.findings.length));
  }
  return result;
}

/** `spbe plan FILE --target 3`: the fewest raises from the self-assessment to the target. */
export async function plan(
  file: string,
  target: number,
  json: boolean,
  io: Output,
  now = new Date(),
  maxLevel = 5,
): Promise<PlanView> {
  const wb = await XlsxWorkbook.load(file, ADMIN, io.progress, true);
  const ev = readEvaluation(wb, loadContext(wb, clockFor(now).year));
  const view = planOf(ev, { target, maxLevel });
  if (json) io.out(JSON.stringify(view, null, 2));
  else {
    if (mandiriFollowsItems(ev)) io.out(cliText.planFromClaims());
    printPlan(view, io, file, Number.POSITIVE_INFINITY);
  }
  return view;
}

/** `spbe export FILE [-o DIR]`: per indicator, what to enter in the national application. */
export async function exportFile(
  file: string,
  dir: string | undefined,
  io: Output,
  now = new Date(),
): Promise<string[]> {
  const wb = await XlsxWorkbook.load(file, ADMIN, io.progress, true);
  const ev = readEvaluation(wb, loadContext(wb, clockFor(now).year));
  const rows = exportRows(ev);
  const target = dir ?? path.dirname(file);
  mkdirSync(target, { recursive: true });
  const base = path.join(target, path.basename(file).replace(/\.xlsx$/i, ''));
  const written: string[] = [];
  for (const [ext, text] of [
    ['-ekspor.csv', toCsv(rows)],
    ['-ekspor.md', toMarkdown(rows)],
  ] as const) {
    const out = `${base}${ext}`;
    writeFileSync(`${out}.tmp`, text);
    renameSync(`${out}.tmp`, out);
    written.push(out);
  }
  io.out(cliText.exported(written));
  const held = mandiriFollowsItems(ev) ? claimsHeldBack(ev) : [];
  if (held.length > 0) io.out(cliText.heldBack(held));
  return written;
}
