import type { LeadershipReport } from '../core/actions/report/leadership-report';
import { leadershipReport } from '../core/actions/report/leadership-report';
import { reportText as t } from '../core/actions/report/report-text';
import { readEvaluation } from '../core/evaluation/evaluation';
import { decimalText, numberText } from '../core/kernel/decimal';
import { loadContext } from '../core/workbook/context';
import { XlsxWorkbook } from '../xlsx/xlsx-workbook';
import { ADMIN, clockFor, type Output } from './commands';
import { writeReportPdf } from './report-pdf';

/**
 * `spbe laporan BERKAS.xlsx [-o laporan.pdf] [--json]`: the leaders' page (core/actions/report)
 * from a workbook, as text, as its data, and as an A4 PDF (report-pdf.ts).
 */
export async function laporan(
  file: string,
  json: boolean,
  io: Output,
  pdf?: string,
  now = new Date(),
): Promise<LeadershipReport> {
  const clock = clockFor(now);
  const wb = await XlsxWorkbook.load(file, ADMIN, io.progress, true);
  const report = leadershipReport(wb, readEvaluation(wb, loadContext(wb, clock.year)), clock.today);
  if (json) io.out(JSON.stringify(report, null, 2));
  else printReport(report, io);
  if (pdf) {
    await writeReportPdf(report, pdf);
    (json ? io.progress : io.out)(t.written(pdf));
  }
  return report;
}

const two = (n: number) => decimalText(n, 2);

function printReport(r: LeadershipReport, io: Output): void {
  io.out(t.title(r.indexName, r.pemda, r.year));
  io.out(t.basis(r.basis, r.preparedOn, r.current?.stage ?? null));
  io.out('');
  for (const s of r.stages)
    io.out(
      t.stage(
        s.stage,
        s.index === null
          ? null
          : s.onlyBegun
            ? t.decidedOf(s.assessed, s.indicators, s.key)
            : `${two(s.index)} ${s.predicate}`,
      ),
    );
  io.out(
    t.against(
      t.figure(two(r.target), r.targetPredicate),
      r.lastYear === null ? null : t.figure(two(r.lastYear), r.lastYearPredicate),
    ),
  );
  io.out(`\n${t.partsTitle(r.partKind)}`);
  for (const p of r.parts)
    io.out(
      `  ${`${p.id} ${p.name}`.padEnd(44)} ${p.value === null ? t.noData : two(p.value)}  (target ${two(p.target)})`,
    );
  io.out(`\n${t.opdsTitle(r.checkedAt)}`);
  for (const o of r.opds)
    io.out(
      `  ${o.short.padEnd(16)} ${String(o.complete).padStart(3)}/${String(o.assigned).padEnd(3)} ${t.findings(o.errors, o.warnings)}`,
    );
  io.out(`\n${t.gapsTitle()}`);
  for (const g of r.gaps)
    io.out(
      `  ${g.code} ${g.name.padEnd(36)} ${numberText(g.from)} → ${g.to}  +${decimalText(g.gain, 3)}  ${g.owners}`,
    );
  io.out(`\n${t.planTitle(two(r.plan.target), r.plan.maxLevel)}`);
  io.out(`  ${t.plan(r.plan.reached, two(r.plan.start), two(r.plan.end), r.plan.steps.length)}`);
  io.out(`\n${t.deadline(r.deadline, r.lockedSince)}`);
}
