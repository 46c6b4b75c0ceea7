import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readValue } from '../core/catalogue/levels';
import { findIndicator } from '../core/catalogue/lookup';
import { indexNameOf, resolveCatalogue } from '../core/catalogue/registry';
import { currentStage } from '../core/evaluation/current-stage';
import {
  claimsHeldBack,
  mandiriFollowsItems,
  readEvaluation,
  stageScores,
} from '../core/evaluation/evaluation';
import { evaluationWarnings } from '../core/evaluation/evaluation-warnings';
import { score } from '../core/evaluation/scoring';
import { InputError } from '../core/kernel/errors';
import { loadContext } from '../core/workbook/context';
import type { StageScore } from '../shared/rpc';
import { XlsxWorkbook } from '../xlsx/xlsx-workbook';
import { cliText } from './cli-text';
import { ADMIN, clockFor, decimal, type Output, printStages } from './commands';
import { parseCsv, typedField } from './csv';

/**
 * `spbe score`: each stage's index, predikat and parts from an .xlsx (its levels, as the
 * engine reads them, with where the workbook's own formulas may differ) or from a levels CSV,
 * one file or a province of them.
 */
export interface ScoreJson {
  file: string;
  framework: string;
  /** The Pemda the workbook is for (Pengaturan), and its evaluation year; absent for a CSV. */
  pemda?: string;
  year?: number;
  stages: StageScore[];
  /** Indicators whose Mandiri waits below the claim until their butir are accepted. */
  heldBack?: string[];
  /** How many indicators the framework has (a stage's notAssessed counts against it). */
  indicators?: number;
  /** Why the file could not be scored (the province view scores the others). */
  error?: string;
  /** Where the workbook's own formulas may not show these figures, and what to do. */
  warnings?: { cell: string; problem: string; fix: string }[];
}

/** The figure a province compares (core/evaluation/current-stage.ts). */
const comparedStage = (r: ScoreJson) => currentStage(r.stages, r.indicators ?? 0);

/** `spbe score FILE.xlsx|levels.csv [--json]`: index, predicate, domains, aspects per stage. */
export async function scoreFile(file: string, io: Output, now = new Date()): Promise<ScoreJson> {
  if (/\.csv$/i.test(file)) return scoreCsv(file);
  const clock = clockFor(now);
  const wb = await XlsxWorkbook.load(file, ADMIN, io.progress, true);
  const d = readEvaluation(wb, loadContext(wb, clock.year));
  return {
    file,
    framework: d.ctx.catalogue.id,
    pemda: d.ctx.settings.pemda,
    year: d.ctx.settings.year,
    indicators: d.ctx.catalogue.indicators.length,
    stages: stageScores(d),
    heldBack: mandiriFollowsItems(d) ? claimsHeldBack(d) : [],
    warnings: evaluationWarnings(wb, d).map(({ cell, problem, fix }) => ({ cell, problem, fix })),
  };
}

/**
 * levels.csv: a header with `kode` and `tingkat` (and optionally `kerangka`, read from the first
 * data row); for pemdi-2026 a value may be 2,5 (quoted in a comma CSV), 2.5 or a fraction 7/6.
 */
function scoreCsv(file: string): ScoreJson {
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  const code = header.indexOf('kode');
  const level = header.indexOf('tingkat');
  if (code < 0 || level < 0) throw new InputError(cliText.levelsCsvColumns(file));
  const framework = header.includes('kerangka')
    ? (rows[1]?.[header.indexOf('kerangka')] ?? '')
    : '';
  const catalogue = resolveCatalogue(framework);
  // The evaluation year decides how the predikat is read (predicate.ts); none: the latest.
  const yearText = header.includes('tahun') ? (rows[1]?.[header.indexOf('tahun')] ?? '') : '';
  const year = /^\s*[0-9]{4}\s*$/.test(yearText) ? Number(yearText) : null;
  const levels = new Map<string, number | null>();
  rows.slice(1).forEach((r, i) => {
    if (r.every((c) => c.trim() === '')) return;
    const indicator = findIndicator(catalogue, r[code] ?? '');
    if (!indicator) throw new InputError(cliText.csvBadCode(file, i + 2, r[code] ?? ''));
    if (levels.has(indicator.code))
      throw new InputError(cliText.csvDuplicate(file, i + 2, indicator.code));
    const reading = readValue(typedField(r[level] ?? ''), undefined, !!catalogue.fractional);
    if (!reading.ok)
      throw new InputError(cliText.csvBadLevel(file, i + 2, indicator.code, reading.problem));
    levels.set(indicator.code, reading.value);
  });
  const s = score(catalogue, levels, year);
  const parts = (
    catalogue.domains.length > 0
      ? s.domains.map((x) => ({ p: x.domain, f: x.figure }))
      : s.aspects.map((x) => ({ p: x.aspect, f: x.figure }))
  ).map(({ p, f }) => ({ id: p.id, name: p.name, value: f.cents / 100, target: 0 }));
  return {
    file,
    framework: catalogue.id,
    indicators: catalogue.indicators.length,
    stages: [
      {
        key: 'levels',
        stage: 'Tingkat',
        index: s.index.cents / 100,
        predicate: s.predicate.label,
        predicateNote: s.predicate.note,
        notAssessed: s.notAssessed.length,
        parts,
      },
    ],
  };
}

function printWarnings(warnings: NonNullable<ScoreJson['warnings']>, io: Output): void {
  if (warnings.length === 0) return;
  io.out(cliText.warningsTitle(warnings.length));
  for (const w of warnings) io.out(`  ${w.cell}: ${w.problem} ${w.fix}`);
}

export function printScores(results: readonly ScoreJson[], io: Output): void {
  if (results.length === 1) {
    const [only] = results;
    if (only) printStages(only.stages, io);
    if (only?.heldBack?.length) io.out(cliText.heldBack(only.heldBack));
    printWarnings(only?.warnings ?? [], io);
    return;
  }
  io.out(cliText.provinceHeader());
  for (const r of results) {
    // Who and which instrument: a province reads its Pemda first, the file beside it.
    const file = path.basename(r.file);
    const who = r.pemda ? `${`${r.pemda} ${r.year ?? ''}`.trim()} (${file})` : file;
    const name = who.padEnd(44);
    const instrument = indexNameOf(r.framework).padEnd(13);
    if (r.error !== undefined) {
      io.out(`  ${name} ${cliText.unreadable(r.error)}`);
      continue;
    }
    const latest = comparedStage(r);
    if (!latest) {
      io.out(`  ${name} ${instrument} ${cliText.nothingFilled()}`);
      continue;
    }
    const parts = latest.parts.map((p) => `${p.id} ${decimal(p.value)}`).join('  ');
    const warned = r.warnings?.length ? cliText.warned(r.warnings.length, r.file) : '';
    io.out(
      `  ${name} ${instrument} ${latest.stage.padEnd(11)} ${decimal(latest.index).padStart(6)} ${latest.predicate.padEnd(12)} ${String(latest.notAssessed).padStart(13)}  ${parts}${warned}`,
    );
  }
  const failed = results.filter((r) => r.error !== undefined).length;
  if (failed > 0) io.out(cliText.partial(results.length - failed, failed));
}
