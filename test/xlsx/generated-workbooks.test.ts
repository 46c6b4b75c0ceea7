import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STATUS_LABEL } from '../../src/core/entry/words';
import { columnLetter } from '../../src/core/workbook/a1';
import { loadContext } from '../../src/core/workbook/context';
import { columnIndex, HEADER_ROW } from '../../src/core/workbook/opd-columns';
import { formula } from '../../src/core/workbook/port';
import { buildGenerated, generatedSpecs } from '../support/generated-workbooks';
import {
  describeWithLibreOffice,
  dropCachedResults,
  recalculatedAll,
} from '../support/libreoffice';
import { disagreements } from '../support/workbook-agreement';

/**
 * One truth, on workbooks nobody wrote by hand (issue #21): fast-check generates workbooks
 * of both instruments — random OPD lists and ownership, answers of every shape, butir and
 * their verdicts, stage values of every shape, external values, each Mandiri rule, checked
 * and edited after — and LibreOffice recalculates each from its formulas alone. Every figure
 * of Rekap, every row's Status and each OPD's progress must be the engine's, and the panel's
 * "lengkap" the engine's. `npm run agreement -- 300` runs ten times as many.
 */
const COUNT = Number(process.env.SPBE_GENERATED ?? 30);
const SEED = Number(process.env.SPBE_SEED ?? 2126);
const BATCH = 30;
jest.setTimeout(1_800_000);

describeWithLibreOffice('generated workbooks', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spbe-generated-'));

  it(`agree with the engine in every figure and every Status (${COUNT} workbooks, seed ${SEED})`, async () => {
    const specs = generatedSpecs(COUNT, SEED);
    // Both instruments, each Mandiri rule, checked and not: the sample covers what it claims.
    expect(new Set(specs.map((s) => s.framework)).size).toBe(2);
    expect(new Set(specs.map((s) => s.itemRule)).size).toBe(3);
    expect(new Set(specs.map((s) => s.checked)).size).toBe(2);
    const differ: string[] = [];
    const shown = new Set<string>();
    // In batches, so that 300 workbooks never sit in memory at once; LibreOffice starts once
    // per batch.
    for (let from = 0; from < specs.length; from += BATCH) {
      const built = specs.slice(from, from + BATCH).map((spec, k) => ({
        spec,
        wb: buildGenerated(spec),
        file: path.join(dir, `g${String(from + k).padStart(4, '0')}.xlsx`),
      }));
      for (const b of built) {
        await b.wb.save(b.file);
        await dropCachedResults(b.file);
      }
      const computed = recalculatedAll(built.map((b) => b.file));
      for (const b of built) {
        const sheets = computed.get(b.file) ?? new Map();
        for (const d of disagreements(b.wb, b.spec.year, sheets))
          differ.push(`${path.basename(b.file)} (${b.spec.framework}, ${b.spec.itemRule}): ${d}`);
        for (const cell of [...sheets.values()].flat(2)) shown.add(cell);
      }
    }
    expect(differ).toEqual([]);
    // A sample that agrees because it holds nothing would prove nothing: every Status shows.
    for (const label of Object.values(STATUS_LABEL)) expect([...shown]).toContain(label);
  });

  it('catches one formula changed: the Tingkat dihitung of one row read as before #21', async () => {
    const spec = generatedSpecs(COUNT, SEED).find((s) => s.framework === 'spbe-2020');
    if (!spec) throw new Error('no SPBE workbook in the sample');
    const wb = buildGenerated(spec);
    const opd = loadContext(wb, spec.year).opds[0];
    if (!opd) throw new Error('no OPD');
    const cells = wb.read(opd.tab)?.cells ?? [];
    const row = cells.findIndex((r, i) => i >= HEADER_ROW && /^I\d+$/.test(String(r[0]))) + 1;
    const level = columnLetter(columnIndex('level'));
    // '3.5' is no level (levels.ts); VALUE(LEFT(…;1)) took it for 3.
    wb.writeCells(opd.tab, row, columnIndex('level'), [['3.5']]);
    wb.writeCells(opd.tab, row, columnIndex('counted'), [
      [formula(`=IFERROR(VALUE(LEFT(${level}${row};1));"")`)],
    ]);
    const file = path.join(dir, 'seeded.xlsx');
    await wb.save(file);
    await dropCachedResults(file);
    const found = disagreements(wb, spec.year, recalculatedAll([file]).get(file) ?? new Map());
    // The engine says the row needs fixing; the changed formula lets the tab say otherwise.
    const code = String(cells[row - 1]?.[0]);
    expect(found.filter((d) => d.startsWith(`${opd.tab} ${code} Status:`))).toEqual([
      expect.stringMatching(new RegExp(`engine ${STATUS_LABEL.toFix}$`)),
    ]);
  });
});
