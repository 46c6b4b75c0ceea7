import { SPBE_2020 } from '../../src/core/catalogue/frameworks/spbe-2020';
import { readLevel } from '../../src/core/catalogue/levels';
import { findIndicator, scaleOf } from '../../src/core/catalogue/lookup';

const proses = scaleOf(SPBE_2020, findIndicator(SPBE_2020, 'I05'));
const layanan = scaleOf(SPBE_2020, findIndicator(SPBE_2020, 'I32'));

describe('readLevel accepts what people type for a level', () => {
  it.each([
    [1, 1],
    [5, 5],
    [3.0, 3],
    ['3', 3],
    [' 3 ', 3],
    ['4\n', 4], // a line break typed in the cell: CLEAN removes it
  ])('%p → %p', (value, level) => {
    expect(readLevel(value)).toEqual({ ok: true, level });
  });

  it('reads a blank (empty text, spaces, null) as not assessed', () => {
    for (const blank of ['', '   ', null, undefined])
      expect(readLevel(blank)).toEqual({ ok: true, level: null });
  });

  it('accepts a level written with its own name, on the indicator’s scale', () => {
    expect(readLevel('3 - Terdefinisi', proses)).toEqual({ ok: true, level: 3 });
    expect(readLevel('3  –  terdefinisi ', proses)).toEqual({ ok: true, level: 3 });
    expect(readLevel('3 – Transaksi', layanan)).toEqual({ ok: true, level: 3 });
  });

  it('refuses other separators, which the workbook’s formula does not read either', () => {
    expect(readLevel('3. Terdefinisi', proses).ok).toBe(false);
    expect(readLevel('3-Terdefinisi', proses).ok).toBe(false);
  });
});

describe('readLevel refuses what is not a level 1–5, saying what it saw', () => {
  it.each([
    [0, '0 bukan tingkat 1–5'],
    [6, '6 bukan tingkat 1–5'],
    [2.5, '2,5 bukan tingkat 1–5'],
    [-1, '-1 bukan tingkat 1–5'],
    ['tiga', "'tiga' bukan tingkat 1–5"],
    ['2,5', "'2,5' bukan tingkat 1–5"],
    ['III', "'III' bukan tingkat 1–5"],
    ['3a', "'3a' bukan tingkat 1–5"],
    [true, 'TRUE (nilai centang) bukan tingkat 1–5'],
    [false, 'FALSE (nilai centang) bukan tingkat 1–5'],
    [new Date(Date.UTC(2024, 2, 1)), 'tanggal 2024-03-01 bukan tingkat 1–5'],
    [Number.NaN, 'NaN bukan tingkat 1–5'],
  ])('%p', (value, problem) => {
    expect(readLevel(value, proses)).toEqual({ ok: false, problem });
  });

  it('refuses a name that belongs to another level or scale', () => {
    expect(readLevel('3 - Transaksi', proses)).toEqual({
      ok: false,
      problem: "'3 - Transaksi' tidak cocok: tingkat 3 untuk indikator ini bernama 'Terdefinisi'",
    });
    expect(readLevel('2 - Terdefinisi', proses).ok).toBe(false);
  });
});
