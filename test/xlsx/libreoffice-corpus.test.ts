import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spbe } from '../support/cli';
import {
  type CalcEdit,
  describeWithLibreOffice,
  editedInCalc,
  recalculatedSheets,
} from '../support/libreoffice';

/**
 * The agreement contract (issue #14), held over workbooks edited in LibreOffice Calc itself:
 * for each stage, `spbe score --json` gives what the file's own Rekap shows once LibreOffice
 * recalculates it — or a warning naming the cell that explains the difference.
 */
jest.setTimeout(120_000);
const dir = mkdtempSync(path.join(tmpdir(), 'spbe-corpus-'));
let demo = '';

interface Scored {
  stages: { stage: string; index: number | null }[];
  warnings: { cell: string; problem: string }[];
}

const CORPUS: readonly [string, readonly CalcEdit[], RegExp | undefined][] = [
  ['an OPD tab renamed', [{ op: 'rename', sheet: 'Bappeda', to: 'Perencanaan' }], /^OPD!/],
  ['an OPD tab deleted', [{ op: 'delete', sheet: 'Bappeda' }], /^Bappeda!A1$/],
  // Rows sorted by code, descending: each indicator keeps its row's cells; nothing to warn of.
  ['an OPD tab sorted', [{ op: 'sort', sheet: 'Diskominfo', range: 'A5:N33' }], undefined],
  ['a row inserted in an OPD tab', [{ op: 'insertRow', sheet: 'Diskominfo', row: 7 }], undefined],
  [
    'the Tingkat header renamed',
    [{ op: 'text', sheet: 'Diskominfo', cell: 'E4', value: 'Level' }],
    /^Diskominfo!E4$/,
  ],
  [
    'input cells merged',
    [{ op: 'merge', sheet: 'Diskominfo', range: 'E5:E6' }],
    /^Diskominfo!E5:E6$/,
  ],
  [
    'levels 0 and 6 typed on an OPD tab',
    [
      { op: 'number', sheet: 'Diskominfo', cell: 'E5', value: '6' },
      { op: 'number', sheet: 'BPKAD', cell: 'E5', value: '0' },
    ],
    /^(Diskominfo|BPKAD)!E5$/,
  ],
  [
    'Verifikasi pasted as text',
    [
      // Verifikasi is column K of Penilaian.
      { op: 'text', sheet: 'Penilaian', cell: 'K5', value: '3' },
      { op: 'text', sheet: 'Penilaian', cell: 'K6', value: '3,0' },
      { op: 'number', sheet: 'Penilaian', cell: 'K7', value: '4' },
    ],
    /^Penilaian!K[56]$/,
  ],
  [
    'the Rekap index typed over',
    [{ op: 'number', sheet: 'Rekap', cell: 'C5', value: '4.5' }],
    /^Rekap!C5$/,
  ],
];

describeWithLibreOffice(
  'workbooks edited in LibreOffice Calc: score agrees with the Rekap, or says why',
  () => {
    beforeAll(async () => {
      expect((await spbe('demo', dir)).code).toBe(0);
      demo = path.join(dir, 'spbe-demo.xlsx');
    });

    it('really edits: the sorted tab’s rows are in another order, the inserted row is there', async () => {
      const sorted = path.join(dir, 'proof-sorted.xlsx');
      copyFileSync(demo, sorted);
      editedInCalc(sorted, { op: 'sort', sheet: 'Diskominfo', range: 'A5:N33' });
      const codes = (recalculatedSheets(sorted, ['Diskominfo']).get('Diskominfo') ?? [])
        .slice(4, 33)
        .map((r) => r[0]);
      expect(codes[0]).not.toBe('I01');
      expect([...codes].sort().reverse()).toEqual(codes);
      const inserted = path.join(dir, 'proof-inserted.xlsx');
      copyFileSync(demo, inserted);
      editedInCalc(inserted, { op: 'insertRow', sheet: 'Diskominfo', row: 7 });
      const rows = recalculatedSheets(inserted, ['Diskominfo']).get('Diskominfo') ?? [];
      expect((rows[6] ?? []).every((c) => c === '')).toBe(true);
    });

    it.each(CORPUS)('%s', async (name, edits, warned) => {
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
      copyFileSync(demo, file);
      for (const edit of edits) editedInCalc(file, edit);
      const rekap = recalculatedSheets(file, ['Rekap']).get('Rekap') ?? [];
      const header = rekap.find((r) => r.includes('Mandiri')) ?? [];
      const indexRow = rekap.find((r) => r[0] === 'Indeks SPBE') ?? [];
      const r = await spbe('score', file, '--json');
      expect(r.code).toBe(0);
      const [scored] = JSON.parse(r.out) as Scored[];
      const differ: string[] = [];
      for (const s of scored?.stages ?? []) {
        const col = header.indexOf(s.stage);
        const shown = indexRow[col] ?? '';
        const theirs = /^\d/.test(shown) ? Number(shown) : null;
        if (theirs !== s.index) differ.push(`${s.stage}: Rekap ${shown}, score ${s.index}`);
      }
      const cells = (scored?.warnings ?? []).map((w) => w.cell);
      // Agreement, or a warning at the cell that explains it; each edit here is one to warn of.
      if (differ.length > 0)
        expect({ differ, cells }).toEqual({
          differ,
          cells: expect.arrayContaining([expect.any(String)]),
        });
      if (warned) expect(cells.some((c) => warned.test(c))).toBe(true);
    });
  },
);
