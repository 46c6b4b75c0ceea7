import { chooseSpbe2020 } from '../test/support/demo-world';
import { LATENCY_MS, latencyOf, modelledMs } from '../test/support/latency';
import { SheetsWorld } from '../test/support/sheets-world';

/**
 * Cek kelengkapan at scale, through dist/Code.js on the counting stand-ins: N OPD tabs × 47
 * indicators × 5 Drive links each, every link a distinct file. Time is modelled from the calls
 * with the per-call latencies below (see README), and the bundle's own clock follows that
 * model, so the run pauses and resumes exactly as it would against the 6-minute limit.
 */
const ADMIN = 'kominfo.admin@example.org';
const LINKS = 5;

export function benchCompletenessCheck(): void {
  console.log(
    `\nCek kelengkapan: N OPD tabs × 47 indicators × ${LINKS} links (all distinct files), modelled time`,
  );
  console.log(
    `${'OPDs'.padStart(5)} ${'files'.padStart(7)} ${'runs'.padStart(5)} ${'sheet reads'.padStart(12)} ${'min'.padStart(5)} ${'sheet writes'.padStart(13)} ${'Drive rounds'.padStart(13)} ${'min'.padStart(5)} ${'URL fetches'.padStart(12)} ${'DriveApp'.padStart(9)} ${'modelled'.padStart(9)} ${'longest run'.padStart(12)} ${'of 6 min'.padStart(9)}`,
  );
  for (const n of [12, 60, 100]) {
    const world = new SheetsWorld(ADMIN);
    const { env, drive } = world;
    world.rt.setClock(() => Date.UTC(2026, 10, 28));
    chooseSpbe2020(world);
    const list = env.spreadsheet.insertSheet('OPD') as unknown as {
      getRange(r: number, c: number, rr: number, cc: number): GoogleAppsScript.Spreadsheet.Range;
    };
    const rows = [
      ['Daftar OPD', '', '', '', '', ''],
      ['', '', '', '', '', ''],
      ['', '', '', '', '', ''],
      ['Kode OPD', 'Nama OPD', 'Singkatan', 'Nama tab', 'Email PIC', 'Indikator'],
    ];
    for (let i = 0; i < n; i++)
      rows.push([
        `OPD${i + 1}`,
        `OPD ${i + 1}`,
        `OPD ${i + 1}`,
        `OPD ${i + 1}`,
        `pic${i + 1}@example.org`,
        '1-47'.replace('1-47', Array.from({ length: 47 }, (_, k) => k + 1).join(',')),
      ]);
    list.getRange(1, 1, rows.length, 6).setValues(rows);
    world.menu('menuSetup');
    // Fill every tab directly (this measures the check, not typing).
    for (let i = 0; i < n; i++) {
      const sheet = env.spreadsheet.sheetNamed(`OPD ${i + 1}`);
      if (!sheet) throw new Error('tab missing');
      const header = sheet.contents[3] ?? [];
      const col = (h: string) => header.findIndex((x) => String(x).startsWith(h));
      for (const row of sheet.contents.slice(4)) {
        const links = Array.from({ length: LINKS }, (_, k) => {
          const id = `1Bench${i}x${String(row[0])}x${k}`.padEnd(30, 'x');
          drive.files.set(id, {
            id,
            name: `${id}.pdf`,
            mimeType: 'application/pdf',
            modifiedTime: '2026-02-10T00:00:00Z',
            sharing: 'anyone',
            owner: 'a@example.org',
          });
          return `https://drive.google.com/file/d/${id}/view`;
        });
        row[col('Tingkat')] = '2 – Terkelola';
        row[col('Penjelasan')] =
          'Sudah dilaksanakan di seluruh perangkat daerah sesuai SOP yang berlaku.';
        row[col('Data dukung')] = links.join('\n');
        row[col('Jenis bukti')] = 'Perwali/Perbup/Perda';
      }
    }
    const before = env.log.calls.length;
    world.rt.latency = latencyOf;
    let runs = 0;
    let longest = 0;
    do {
      const runStart = env.log.calls.length;
      // The coordinator clicks again (or the continuation trigger fires) until it is done.
      world.menu('menuCheck');
      longest = Math.max(longest, modelledMs(env.log.calls.slice(runStart)));
      runs += 1;
      // Kelengkapan exists from setup (a note until a check ends); a finished check titles it.
    } while (
      !String(env.spreadsheet.sheetNamed('Kelengkapan')?.contents[0]?.[0] ?? '').startsWith(
        'Kelengkapan data dukung',
      ) &&
      runs < 20
    );
    world.rt.latency = undefined;
    const calls = env.log.calls.slice(before);
    const reads = calls.filter((c) => /\.(getValues)$/.test(c)).length;
    const writes = calls.filter((c) => /\.(setValues|clearContent)$/.test(c)).length;
    const rounds = calls.filter((c) => c === 'UrlFetchApp.fetchAll').length;
    const minReads = n + 7; // one per OPD tab + Pengaturan, Kerangka, OPD, Penilaian, Aturan bukti, _Bukti, _Revisi
    // Metadata: 300 calls a round (Drive's batch endpoint, within its per-user rate); then
    // each file the checker may not share is asked as an assessor, 100 requests a round.
    const minRounds = Math.ceil(drive.files.size / 300) + Math.ceil(drive.files.size / 100);
    const fetched = world.rt.used(ADMIN).urlFetch;
    const driveApp = calls.filter((c) => c.startsWith('DriveApp.')).length;
    const fmt = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;
    console.log(
      `${String(n).padStart(5)} ${String(drive.files.size).padStart(7)} ${String(runs).padStart(5)} ${String(reads).padStart(12)} ${String(minReads).padStart(5)} ${String(writes).padStart(13)} ${String(rounds).padStart(13)} ${String(minRounds).padStart(5)} ${String(fetched).padStart(12)} ${String(driveApp).padStart(9)} ${fmt(modelledMs(calls)).padStart(9)} ${fmt(longest).padStart(12)} ${`${((100 * longest) / (6 * 60_000)).toFixed(0)}%`.padStart(9)}`,
    );
  }
  console.log(
    `latencies (ms): ${Object.entries(LATENCY_MS)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
}
