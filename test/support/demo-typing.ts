import { SPBE_2020 } from '../../src/core/catalogue/frameworks/spbe-2020';
import { levelOptions } from '../../src/core/workbook/opd-columns';
import type { OpdRecord } from '../../src/core/workbook/ownership';
import type { Demo } from '../../src/demo/kendari-demo';
import type { FakeEnvironment } from '../fakes/spreadsheet-app';
import { columnOf, rowOf } from './workbook-helpers';

/** Each PIC types the demo answers into their own tab, as in the Sheets UI; the admin verifies. */
export function typeDemo(
  env: FakeEnvironment,
  opds: readonly OpdRecord[],
  demo: Demo,
  admin: string,
): void {
  const grid = (name: string) =>
    ({ cells: env.spreadsheet.sheetNamed(name)?.contents ?? [] }) as {
      cells: (string | number | boolean | Date)[][];
    };
  for (const opd of opds) {
    const tab = grid(opd.tab);
    const pic = opd.pics[0] ?? admin;
    for (const [code, a] of demo.answers.get(opd.code) ?? []) {
      const indicator = SPBE_2020.indicators.find((i) => i.code === code);
      if (!indicator) continue;
      const r = rowOf(tab, code);
      env.type(
        pic,
        opd.tab,
        r,
        columnOf(tab, 'Tingkat'),
        a.level === null ? '' : (levelOptions(SPBE_2020, indicator)[a.level - 1] ?? ''),
      );
      env.type(pic, opd.tab, r, columnOf(tab, 'Penjelasan'), a.explanation);
      // A labelled link reaches a plain-text cell as a person pastes it: text carrying a link
      // (a typed "=HYPERLINK(…)" would stay text there).
      const labelled = /^=HYPERLINK\("([^"]+)";"([^"]+)"\)$/.exec(a.evidence);
      if (labelled)
        env.pasteLink(
          pic,
          opd.tab,
          r,
          columnOf(tab, 'Data dukung'),
          labelled[2] as string,
          labelled[1] as string,
        );
      else env.type(pic, opd.tab, r, columnOf(tab, 'Data dukung'), a.evidence);
      env.type(pic, opd.tab, r, columnOf(tab, 'Jenis bukti'), a.evidenceKind);
    }
    for (const v of demo.verification.filter((x) => x.opd === opd.code)) {
      env.type(
        admin,
        opd.tab,
        rowOf(tab, v.indicator),
        columnOf(tab, 'Status verifikasi'),
        v.status,
      );
    }
  }
  const penilaian = grid('Penilaian');
  for (const [code, level] of demo.verified)
    env.type(admin, 'Penilaian', rowOf(penilaian, code), columnOf(penilaian, 'Verifikasi'), level);
}

/** The findings rows of the Kelengkapan tab: severity, OPD, indicator, problem, fix, cell formula. */
export function reportedFindings(env: FakeEnvironment): string[][] {
  const cells = env.spreadsheet.sheetNamed('Kelengkapan')?.contents ?? [];
  const header = cells.findIndex((r) => r[0] === 'Jenis temuan' && r[3] === 'Masalah');
  return cells
    .slice(header + 1)
    .filter((r) => ['Kesalahan', 'Peringatan', 'Info'].includes(String(r[0])))
    .map((r) => r.slice(0, 6).map(String));
}
