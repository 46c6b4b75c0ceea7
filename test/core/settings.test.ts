import { defaultSettings, readSettings } from '../../src/core/workbook/settings-tab';

const defaults = defaultSettings(2026, 'admin@example.org');
function tab(rows: [string, unknown][]) {
  return {
    cells: [
      ['Pengaturan evaluasi'],
      [''],
      [''],
      ['Pengaturan', 'Nilai', 'Keterangan'],
      ...rows.map(([k, v]) => [k, v as string, '']),
    ],
  };
}

describe('Pengaturan', () => {
  it("takes defaults for what is not there: the year's instrument, target 3, evidence window of the year before and this one", () => {
    expect(readSettings(undefined, defaults)).toMatchObject({
      framework: 'pemdi-2026',
      targetIndexCents: 300,
      targetLevel: 3,
      windowStart: '2025-01-01',
      windowEnd: '2026-12-31',
      deadline: '',
      locked: false,
      allowedHosts: ['drive.google.com', 'docs.google.com'],
    });
  });

  it('defaults to Pemdi from 2026 and to SPBE 2020 up to 2025 (PermenPANRB 8/2026 revokes 59/2020)', () => {
    expect(defaultSettings(2026, '').framework).toBe('pemdi-2026');
    expect(defaultSettings(2027, '').framework).toBe('pemdi-2026');
    expect(defaultSettings(2025, '').framework).toBe('spbe-2020');
  });

  it('reads a date typed the Indonesian way into a plain-text cell, and a date cell from any Indonesian time zone', () => {
    // 2026-10-31 00:00 in Jayapura (UTC+9) is 2026-10-30 15:00 UTC: still the 31st.
    const jayapura = new Date(Date.UTC(2026, 9, 30, 15));
    const jakarta = new Date(Date.UTC(2026, 9, 30, 17));
    for (const [typed, want] of [
      ['31/12/2026', '2026-12-31'],
      ['1-2-2026', '2026-02-01'],
      [jayapura, '2026-10-31'],
      [jakarta, '2026-10-31'],
    ] as const)
      expect(readSettings(tab([['Batas pengisian OPD', typed]]), defaults).deadline).toBe(want);
    expect(() => readSettings(tab([['Batas pengisian OPD', '31/13/2026']]), defaults)).toThrow(
      /Batas pengisian OPD.+isi tanggal seperti 2026-03-31/,
    );
  });

  it('reads dates typed as dates or as text, hosts, admins and the lock', () => {
    const s = readSettings(
      tab([
        ['Batas pengisian OPD', new Date(2026, 9, 31)],
        ['Periode bukti mulai', '2025-7-1'],
        ['Domain tautan yang diterima', 'drive.google.com; jdih.kendarikota.go.id'],
        ['Admin', 'A@Example.org, b@example.org'],
        ['Pengisian OPD dikunci', 'ya'],
        ['Target indeks', '2,6'],
        ['Kerangka', 'Pemdi'],
      ]),
      defaults,
    );
    expect(s).toMatchObject({
      deadline: '2026-10-31',
      windowStart: '2025-07-01',
      allowedHosts: ['drive.google.com', 'jdih.kendarikota.go.id'],
      admins: ['a@example.org', 'b@example.org'],
      locked: true,
      targetIndexCents: 260,
      framework: 'pemdi-2026',
    });
  });

  it('refuses what it cannot read, naming each row and what to type', () => {
    expect(() =>
      readSettings(
        tab([
          ['Batas pengisian OPD', 'akhir bulan'],
          ['Admin', 'bukan-email'],
          ['Tahun evaluasi', 26],
          ['Target tingkat per indikator', 3.5],
          ['Kerangka', 'spbe-2019'],
        ]),
        defaults,
      ),
    ).toThrow(
      new RegExp(
        [
          '^Pengaturan belum benar; perbaiki lalu jalankan lagi: ',
          'Pengaturan, baris "Kerangka": Kerangka \'spbe-2019\' tidak dikenal.*; ',
          'Pengaturan, baris "Tahun evaluasi": isi tahun empat angka, misalnya 2026; ',
          'Pengaturan, baris "Admin": \'bukan-email\' bukan alamat email; ',
          'Pengaturan, baris "Target tingkat per indikator": isi angka bulat 1 sampai 5; ',
          'Pengaturan, baris "Batas pengisian OPD": isi tanggal seperti 2026-03-31 atau 31/03/2026\\.$',
        ].join(''),
      ),
    );
  });
});
