import { SCOPE } from '../fakes/scopes';
import { ADMIN, demoWorld } from '../support/demo-world';
import type { SheetsWorld } from '../support/sheets-world';

/**
 * SPBE › Diskominfo › Periksa lingkungan, the first thing to run in a real deployment: run on the
 * strict stand-ins in a healthy environment and in broken ones, the report says ✓ or ✗ for
 * each assumption, what was observed, and what to do.
 */
const PUBLIC_FILE = {
  id: '1PublicEvidenceForTheSelfTestxx',
  name: 'Perwali SPBE.pdf',
  mimeType: 'application/pdf',
  modifiedTime: '2026-02-10T00:00:00Z',
  owner: 'kominfo.spbe@example.org',
  sharing: 'anyone' as const,
};
const LINK = `https://drive.google.com/file/d/${PUBLIC_FILE.id}/view?usp=sharing`;

function run(world: SheetsWorld, link = LINK) {
  world.drive.files.set(PUBLIC_FILE.id, PUBLIC_FILE);
  world.env.ui.typed.push(link);
  world.menu('menuSelfTest', ADMIN);
  const cells = world.env.spreadsheet.sheetNamed('Pemeriksaan lingkungan')?.contents ?? [];
  const rows = new Map(cells.slice(4).map((r) => [String(r[0]), r.slice(1).map(String)]));
  return {
    rows,
    summary: String(cells[1]?.[0] ?? ''),
    said: world.env.ui.alerts.at(-1)?.prompt ?? '',
  };
}

describe('Periksa lingkungan', () => {
  it('reports every check ✓ in a healthy bound deployment, and leaves nothing behind', () => {
    const world = demoWorld('set-up');
    const { rows, summary, said } = run(world);
    expect([...rows.keys()]).toEqual([
      'Izin add-on',
      'Alamat email pengguna',
      'Drive API dengan token skrip',
      'Membaca file bukti pilihan Anda',
      'File dilihat tanpa masuk akun (seperti asesor)',
      'Kunci dokumen',
      'Penyimpanan properti dokumen',
      'Rumus dengan pemisah ;',
      'Teks tetap teks',
      'Nama header jawaban web (tidak didokumentasikan)',
      'Ejaan rumus yang disimpan Sheets (tidak didokumentasikan)',
      'Rumus Rekap: SUMPRODUCT atas rentang (tidak didokumentasikan)',
      'COUNTIFS dengan pola * (tidak didokumentasikan)',
      'Pemicu terjadwal',
      'Kuota email hari ini',
      'Zona waktu',
    ]);
    for (const [name, [mark]] of rows) expect([name, mark]).toEqual([name, '✓']);
    expect(rows.get('Alamat email pengguna')?.[1]).toBe(ADMIN);
    expect(rows.get('Rumus dengan pemisah ;')?.[1]).toBe('=IF(1=1;3;0) dihitung 3 di lokal id_ID.');
    // Where the docs are silent, the row says what this file's Sheets did.
    expect(rows.get('Nama header jawaban web (tidak didokumentasikan)')?.[1]).toMatch(
      /^Google menulis nama header "content-type"\./,
    );
    expect(rows.get('Ejaan rumus yang disimpan Sheets (tidak didokumentasikan)')?.[1]).toMatch(
      /^Sheets menyimpan rumus add-on sebagai =IF\(SUMPRODUCT\(IFERROR\(ISNUMBER\(_Periksa!\$A\$3:\$A\$6\)/,
    );
    // 3 counts 3; "tiga", 2,5 (not a whole level) and a blank count 1: (1300·3 + 8700) / 10000.
    expect(rows.get('Rumus Rekap: SUMPRODUCT atas rentang (tidak didokumentasikan)')?.[1]).toBe(
      'Rumus berbentuk Rekap pada sel uji menghasilkan 1,26, sama dengan mesin add-on.',
    );
    expect(rows.get('Pemicu terjadwal')?.[1]).toMatch(
      /Pemicu terjadwal tidak tercantum di daftar pemicu file ini; add-on menghapusnya dengan nomornya sendiri\.$/,
    );
    expect(summary).toMatch(/^Semua pemeriksaan berhasil/);
    expect(said).toMatch(/semua berhasil/);
    // The scratch tab, the probe trigger and the probe property are gone again.
    expect(world.env.spreadsheet.sheetNamed('_Periksa')).toBeUndefined();
    expect(world.rt.triggers).toEqual([]);
    expect(
      [...world.env.documentProperties.store.keys()].filter((k) => k.includes('periksa')),
    ).toEqual([]);
  });

  it('says what to enable when the Cloud project has the Drive API off', () => {
    const world = demoWorld('set-up');
    world.rt.driveApiEnabled = false;
    const { rows, summary } = run(world);
    expect(rows.get('Drive API dengan token skrip')).toEqual([
      '✗',
      'Drive API belum diaktifkan di proyek Google Cloud add-on (403 accessNotConfigured).',
      expect.stringMatching(/^Buka console\.cloud\.google\.com .+Google Drive API/),
    ]);
    expect(summary).toMatch(/^\d+ pemeriksaan belum berhasil/);
  });

  it('names the permissions not granted and what they block', () => {
    const world = demoWorld('set-up');
    world.rt.grantOnly(ADMIN, [
      SCOPE.sheetsCurrent,
      SCOPE.containerUi,
      SCOPE.userEmail,
      SCOPE.driveRead,
      SCOPE.external,
    ]);
    const { rows } = run(world);
    expect(rows.get('Izin add-on')?.slice(0, 2)).toEqual([
      '✗',
      'Belum diberikan: Mengirim email atas nama Anda — untuk pengingat ke PIC OPD; Menjalankan skrip saat Anda tidak ada — untuk pencatat perubahan.',
    ]);
    expect(rows.get('Pemicu terjadwal')?.[0]).toBe('✗');
    expect(rows.get('Kuota email hari ini')?.[0]).toBe('✗');
  });

  it('tells a consumer account its email quota, and marks the file checks "–" when no link is given', () => {
    const world = demoWorld('set-up');
    world.mail.setRemaining(ADMIN, 40);
    const { rows } = run(world, '');
    expect(rows.get('Kuota email hari ini')?.slice(0, 2)).toEqual([
      '✓',
      'Sisa 40 penerima hari ini (akun Gmail biasa: 100 penerima per hari).',
    ]);
    expect(rows.get('Membaca file bukti pilihan Anda')?.[0]).toBe('–');
  });

  it('sees a file the checker may not read as 404, and a restricted one sent to sign in', () => {
    const world = demoWorld('set-up');
    const privateFile = {
      ...PUBLIC_FILE,
      id: '1PrivateEvidenceForSelfTestxxx',
      sharing: 'restricted' as const,
    };
    world.drive.files.set(privateFile.id, privateFile);
    const { rows } = run(world, `https://drive.google.com/file/d/${privateFile.id}/view`);
    expect(rows.get('Membaca file bukti pilihan Anda')?.slice(0, 2)).toEqual([
      '✗',
      'Drive menjawab 404: file tidak ditemukan atau tidak dibagikan ke akun Anda.',
    ]);
    expect(rows.get('File dilihat tanpa masuk akun (seperti asesor)')?.[0]).toBe('✓');
  });

  it('is for admins once the workbook is set up', () => {
    const world = demoWorld('set-up');
    world.env.ui.typed.push(LINK);
    world.menu('menuSelfTest', 'bappeda.spbe@example.org');
    expect(world.env.ui.alerts.at(-1)?.prompt).toMatch(/^Hanya admin Diskominfo/);
    expect(world.env.spreadsheet.sheetNamed('Pemeriksaan lingkungan')).toBeUndefined();
  });
});
