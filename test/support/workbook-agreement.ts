import { coordinatorView } from '../../src/core/actions/panel/coordinator-panel';
import { opdView } from '../../src/core/actions/panel/opd-view';
import { predicateOf } from '../../src/core/catalogue/predicate';
import { frameworkOf } from '../../src/core/catalogue/registry';
import { readEvaluation, stageScores } from '../../src/core/evaluation/evaluation';
import { score } from '../../src/core/evaluation/scoring';
import { entryStatus } from '../../src/core/evidence/completeness';
import { readEntries } from '../../src/core/evidence/findings-input';
import { readReport } from '../../src/core/evidence/reminders';
import { STAGES } from '../../src/core/workbook/assessment-tab';
import { loadContext } from '../../src/core/workbook/context';
import { opdTabKey, TAB } from '../../src/core/workbook/tab-names';
import { workbookText } from '../../src/core/workbook/workbook-text';
import type { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';

/**
 * Where a workbook, as a real spreadsheet engine computed it (sheet name → rows of cell texts),
 * says something else than the engine: every stage's index, unrounded index and predikat,
 * every domain and aspect figure, "belum dinilai", each OPD's progress, every row's Status on
 * the OPD tabs — and where the engine's "lengkap" differs from the panel's and the coordinator
 * table's. Empty when they all agree.
 */
export function disagreements(
  wb: XlsxWorkbook,
  year: number,
  sheets: ReadonlyMap<string, readonly (readonly string[])[]>,
): string[] {
  const out: string[] = [];
  const ctx = loadContext(wb, year);
  const { catalogue, settings } = ctx;
  const entries = readEntries(wb, ctx);
  const ev = readEvaluation(wb, ctx, entries);
  const findings = readReport(wb.read(TAB.report))?.findings ?? [];

  // ---- Rekap --------------------------------------------------------------------------
  const rekap = sheets.get(TAB.summary) ?? [];
  const header = rekap.find((r) => r.includes('Mandiri')) ?? [];
  const row = (label: string) => rekap.find((r) => r[0] === label);
  const stages = stageScores(ev);
  for (const stage of STAGES) {
    const col = header.indexOf(stage.label);
    const engine = stages.find((s) => s.key === stage.key);
    if (col < 0 || !engine) {
      out.push(`Rekap: no column ${stage.label}`);
      continue;
    }
    const at = (label: string) => row(label)?.[col] ?? '(no row)';
    const levels = ev.stageLevels.get(stage.key) ?? new Map();
    const full = score(catalogue, levels, settings.year);
    const fallback = stage.key === 'lastYear' ? settings.lastYearIndexCents : null;
    const noData = engine.index === null;
    const expect = (what: string, shown: string, wanted: string | number | null) => {
      const same =
        typeof wanted === 'number'
          ? shown !== '' && Math.abs(Number(shown) - wanted) < 1e-9
          : shown === (wanted ?? workbookText.noData());
      if (!same) out.push(`Rekap ${what} ${stage.label}: workbook ${shown}, engine ${wanted}`);
    };
    const indexLabel = frameworkOf(catalogue).indexName;
    if (noData && fallback !== null) {
      expect(indexLabel, at(indexLabel), fallback / 100);
      const p = predicateOf(catalogue, { num: fallback, den: 100 }, settings.year);
      expect(workbookText.predicateLabel(), at(workbookText.predicateLabel()), p.label);
    } else {
      expect(indexLabel, at(indexLabel), noData ? null : full.index.cents / 100);
      expect(
        workbookText.unroundedLabel(),
        at(workbookText.unroundedLabel()),
        noData ? null : full.index.exact.num / full.index.exact.den,
      );
      expect(workbookText.predicateLabel(), at(workbookText.predicateLabel()), engine.predicate);
      if (!noData && engine.predicate !== full.predicate.label)
        out.push(`engine: stage ${stage.label} predicate differs from score()`);
      if (catalogue.predicates.some((b) => b.alias))
        expect(
          workbookText.predicateAliasLabel(),
          at(workbookText.predicateAliasLabel()),
          noData ? '' : full.predicate.alias,
        );
    }
    for (const d of full.domains)
      expect(d.domain.id, at(d.domain.id), noData ? null : d.figure.cents / 100);
    for (const a of full.aspects)
      expect(a.aspect.id, at(a.aspect.id), noData ? null : a.figure.cents / 100);
    expect(
      workbookText.notAssessedLabel(),
      at(workbookText.notAssessedLabel()),
      engine.notAssessed,
    );
  }

  // ---- per OPD: progress in Rekap, every row's Status, the panel and the coordinator ----
  const progressAt = rekap.findIndex((r) => r[0] === workbookText.progressTitle());
  const coordinator = coordinatorView(wb, year);
  for (const opd of ctx.opds) {
    const mine = entries.filter((e) => e.opd.code === opd.code);
    const active = mine.filter((e) => e.active);
    const statuses = active.map((e) => entryStatus(e, findings));
    const done = statuses.filter((s) => s.done).length;
    const progress = rekap.find((r, i) => i > progressAt && r[0] === opd.code);
    if (Number(progress?.[2]) !== active.length || Number(progress?.[3]) !== done)
      out.push(
        `Rekap progress ${opd.code}: workbook ${progress?.[2]}/${progress?.[3]}, engine ${active.length}/${done}`,
      );
    const tab = sheets.get(opd.tab) ?? [];
    const head = tab.findIndex((r) => r[0] === 'Kode');
    const statusCol = (tab[head] ?? []).indexOf('Status');
    const statusOf = (code: string) => tab.find((r, i) => i > head && r[0] === code)?.[statusCol];
    for (const e of mine) {
      const wanted = e.active ? entryStatus(e, findings).label : workbookText.archived();
      const shown = statusOf(e.indicator.code);
      if (shown !== wanted)
        out.push(`${opd.tab} ${e.indicator.code} Status: workbook ${shown}, engine ${wanted}`);
      for (const item of e.items) {
        const itemShown = statusOf(item.item.code);
        const itemWanted = item.active ? item.status : workbookText.archived();
        if (itemShown !== itemWanted)
          out.push(
            `${opd.tab} ${item.item.code} Status: workbook ${itemShown}, engine ${itemWanted}`,
          );
      }
    }
    const panel = opdView(wb, opdTabKey(opd.code), null, year);
    active.forEach((e, i) => {
      const seen = panel.indicators.find((x) => x.code === e.indicator.code)?.status.key;
      if (seen !== statuses[i]?.key)
        out.push(`panel ${opd.code} ${e.indicator.code}: ${seen}, engine ${statuses[i]?.key}`);
    });
    if (panel.complete !== done)
      out.push(`panel ${opd.code} lengkap: ${panel.complete}, engine ${done}`);
    const table = coordinator.opds.find((o) => o.code === opd.code);
    if (table?.complete !== done || table?.assigned !== active.length)
      out.push(
        `coordinator ${opd.code}: ${table?.assigned}/${table?.complete}, engine ${active.length}/${done}`,
      );
  }
  return out;
}
