import { sameCells, writeBlocks } from '../../src/core/workbook/cells';
import { type Cell, formula } from '../../src/core/workbook/port';

/** Applies blocks of `next` over `current`, as a workbook's setValues would. */
function applied(current: Cell[][], next: Cell[][], blocks: ReturnType<typeof writeBlocks>) {
  const out = current.map((r) => [...r]);
  for (const b of blocks)
    for (let r = b.row; r < b.row + b.rows; r++)
      for (let c = b.col; c < b.col + b.cols; c++) {
        while (out.length < r) out.push([]);
        const row = out[r - 1] as Cell[];
        while (row.length < c) row.push('');
        row[c - 1] = next[r - 1]?.[c - 1] ?? '';
      }
  return out;
}

/** The cells a block writes over although they hold the same text (their links would go). */
function rewrittenText(current: Cell[][], next: Cell[][], blocks: ReturnType<typeof writeBlocks>) {
  const out: string[] = [];
  for (const b of blocks)
    for (let r = b.row; r < b.row + b.rows; r++)
      for (let c = b.col; c < b.col + b.cols; c++) {
        const was = current[r - 1]?.[c - 1] ?? '';
        if (typeof was === 'string' && was !== '' && was === (next[r - 1]?.[c - 1] ?? ''))
          out.push(`${r}:${c}`);
      }
  return out;
}

describe('writeBlocks: write what changed, never over unchanged text', () => {
  const tab: Cell[][] = [
    ['Judul', '', ''],
    ['Kode', 'Status', 'Data dukung'],
    ['I01', formula('=IF(A3="";1;2)'), 'lihat tautan'],
    ['I02', formula('=IF(A4="";1;2)'), 'Perwali 12'],
  ];

  it('writes a new tab in one block', () => {
    expect(writeBlocks([], tab)).toEqual([{ row: 1, col: 1, rows: 4, cols: 3 }]);
  });

  it('writes nothing when nothing changed', () => {
    expect(
      writeBlocks(
        tab,
        tab.map((r) => [...r]),
      ),
    ).toEqual([]);
  });

  it('writes a column of changed formulas as one block, leaving the text beside it alone', () => {
    const next = tab.map((r, i) =>
      i < 2 ? r : [r[0] as Cell, formula(`=IF(A${i + 1}="";3;4)`), r[2] as Cell],
    );
    const blocks = writeBlocks(tab, next);
    expect(blocks).toEqual([{ row: 3, col: 2, rows: 2, cols: 1 }]);
    expect(sameCells(applied(tab, next, blocks), next)).toBe(true);
  });

  it('splits around unchanged text, and covers every change', () => {
    const next = tab.map((r) => [...r]);
    (next[2] as Cell[])[0] = 'I01 baru';
    (next[2] as Cell[])[2] = 'tautan baru';
    (next[3] as Cell[])[0] = 'I02 baru';
    const blocks = writeBlocks(tab, next);
    expect(sameCells(applied(tab, next, blocks), next)).toBe(true);
    expect(rewrittenText(tab, next, blocks)).toEqual([]);
    expect(blocks.length).toBeLessThanOrEqual(3);
  });

  it('covers rows added below and cells that became blank', () => {
    const next: Cell[][] = [...tab.map((r) => [...r]), ['I03', formula('=1'), 'baru']];
    (next[3] as Cell[])[2] = '';
    const blocks = writeBlocks(tab, next);
    expect(sameCells(applied(tab, next, blocks), next)).toBe(true);
    expect(rewrittenText(tab, next, blocks)).toEqual([]);
  });
});
