import {
  judge,
  type Observations,
  scratchFigureExpected,
  scratchFormulas,
} from '../../src/core/actions/environment/environment-check';

/**
 * Periksa lingkungan judges what a real Sheet did where Google's docs are silent (R16, R17,
 * R18, R20, COUNTIFS wildcards, an apostrophe in a plain-text cell): each deviation is a ✗
 * row that says what was seen and what to do.
 */
const figure = scratchFormulas('_Periksa').figure.text;
const healthy: Observations = {
  missingPermissions: { ok: true, value: [] },
  email: { ok: true, value: 'admin@example.org' },
  driveApi: { ok: true, value: { status: 200, body: '{}', headerName: 'content-type' } },
  lock: { ok: true, value: 'held' },
  properties: { ok: true, value: 'ok' },
  formula: { ok: true, value: 3 },
  plainText: {
    ok: true,
    value: {
      formula: '=1+1',
      date: '2026-02-10',
      apostrophe: '2026-02-10',
      apostropheInText: '=1+1',
    },
  },
  // As Sheets is seen to spell it: names upper-case, the sheet name unquoted.
  figure: {
    ok: true,
    value: { written: figure, read: figure.replace(/'_Periksa'/g, '_Periksa'), value: 1.26 },
  },
  wildcard: { ok: true, value: 2 },
  trigger: { ok: true, value: { listedForFile: false, continuations: 0 } },
  mailQuota: { ok: true, value: 100 },
  timeZones: { script: 'Asia/Makassar', sheet: 'Asia/Makassar' },
  locale: 'id_ID',
  deployment: 'bound',
};

const rowNamed = (o: Observations, start: string) => judge(o).find((r) => r.name.startsWith(start));

describe('Periksa lingkungan: what the docs do not say', () => {
  it('expects the engine’s figure over the probe’s values: 3, and 1 for text, 2,5 and a blank', () => {
    expect(scratchFigureExpected()).toBe((1300 * 3 + 2500 + 3700 + 2500) / 10000);
  });

  it('passes a healthy Sheet (no file was given to read, so those two rows are not checked)', () => {
    expect(judge(healthy).filter((r) => r.ok === false)).toEqual([]);
  });

  it('fails the Rekap row when SUMPRODUCT does not work element by element, saying what to use', () => {
    const r = rowNamed(
      { ...healthy, figure: { ok: true, value: { written: figure, read: figure, value: 3.7 } } },
      'Rumus Rekap',
    );
    expect([r?.ok, r?.observed]).toEqual([
      false,
      'Rumus berbentuk Rekap pada sel uji menghasilkan 3.7, padahal mesin add-on menghitung 1,26.',
    ]);
    expect(r?.todo).toMatch(/^Angka di tab Rekap tidak dapat dipercaya/);
  });

  it('fails the spelling row when Sheets gives back another formula', () => {
    const other = '=IF(COUNT(A1)=0;"-";1)';
    const r = rowNamed(
      { ...healthy, figure: { ok: true, value: { written: figure, read: other, value: 1.26 } } },
      'Ejaan rumus',
    );
    expect(r?.ok).toBe(false);
    expect(r?.observed).toContain(other);
  });

  it('fails the wildcard row when COUNTIFS does not match a pattern', () => {
    expect(rowNamed({ ...healthy, wildcard: { ok: true, value: 0 } }, 'COUNTIFS')?.ok).toBe(false);
  });

  it('fails the text row when an apostrophe is kept in a plain-text cell', () => {
    const kept = {
      ok: true as const,
      value: {
        ...(healthy.plainText.ok
          ? healthy.plainText.value
          : { formula: '', date: '', apostrophe: '' }),
        apostropheInText: "'=1+1",
      },
    };
    expect(rowNamed({ ...healthy, plainText: kept }, 'Teks tetap teks')?.ok).toBe(false);
  });

  it('fails the trigger row when spent continuation triggers pile up', () => {
    const r = rowNamed(
      { ...healthy, trigger: { ok: true, value: { listedForFile: true, continuations: 3 } } },
      'Pemicu terjadwal',
    );
    expect([r?.ok, r?.observed]).toEqual([
      false,
      '3 pemicu lanjutan Cek kelengkapan tersisa atas nama Anda (Google membatasi 20 pemicu per orang).',
    ]);
  });

  it('says the header row was not checked when the Drive API gave no answer', () => {
    const r = rowNamed(
      { ...healthy, driveApi: { ok: false, error: 'Exception: DNS error' } },
      'Nama header',
    );
    expect(r?.ok).toBeNull();
  });
});
