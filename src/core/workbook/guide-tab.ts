import type { Catalogue } from '../catalogue/types';
import { box } from './a1';
import { levelGuideFor } from './level-guide';
import type { OpdRecord } from './ownership';
import { LEGEND, PALETTE } from './palette';
import type { Cell, StyleSpec, TabRender } from './port';
import { adminOnly } from './protection';
import type { Settings } from './settings-tab';
import { TAB } from './tab-names';

/** Panduan: how to fill the workbook, in plain Indonesian, with the colour legend and who edits what. */
export function renderGuide(
  catalogue: Catalogue,
  opds: readonly OpdRecord[],
  settings: Settings,
): TabRender {
  const rows: Cell[][] = [];
  const styles: StyleSpec[] = [];
  const line = (text: string, style?: Omit<StyleSpec, 'range'>) => {
    rows.push([text, '', '', '']);
    if (style) styles.push({ range: box(rows.length, 1), ...style });
  };
  const heading = (text: string) => {
    rows.push(['', '', '', '']);
    line(text, { bold: true, fontColor: PALETTE.title, fontSize: 12 });
  };

  line(`Panduan pengisian evaluasi ${settings.year} — ${settings.pemda}`, {
    bold: true,
    fontSize: 14,
    fontColor: PALETTE.title,
  });
  line(`Kerangka: ${catalogue.title}.${catalogue.provisional ? ` ${catalogue.note ?? ''}` : ''}`, {
    italic: true,
  });

  heading('Untuk OPD: cara mengisi');
  line(
    '1. Buka tab OPD Anda (namanya ada di tab OPD). Setiap baris adalah satu indikator yang ditugaskan ke OPD Anda.',
  );
  line(
    '2. Pilih Tingkat (1–5). Baca dulu kriteria dan bukti tiap tingkat di tabel di bawah atau di tab Kerangka.',
  );
  line('3. Tulis Penjelasan: mengapa tingkat itu tercapai, dan dokumen mana yang membuktikannya.');
  line(
    '4. Tempel tautan Google Drive di Data dukung, satu tautan per baris. Atur berbagi agar asesor dapat membukanya.',
  );
  line(
    '5. Pilih Jenis bukti. Kolom Status berubah sendiri menjadi Lengkap bila tingkat, penjelasan dan data dukung terisi.',
  );
  line(
    '6. Bila Status verifikasi "perlu revisi", baca Catatan verifikator, perbaiki, lalu kabari Diskominfo.',
  );

  heading('Tingkat kematangan dan data dukung yang diterima asesor');
  line(
    'Tingkat bersifat kumulatif: tingkat 3 juga memerlukan bukti tingkat 1 dan 2. Bukti harus berasal dari periode evaluasi.',
  );
  const groups = [
    ...new Map(
      catalogue.indicators.map((i) => [
        levelGuideFor(catalogue, i).group,
        levelGuideFor(catalogue, i),
      ]),
    ).values(),
  ];
  rows.push([
    'Tingkat',
    ...groups.map((g) => g.group),
    ...Array<Cell>(Math.max(0, 3 - groups.length)).fill(''),
  ]);
  styles.push({ range: box(rows.length, 1, 1, 4), bold: true, background: PALETTE.header });
  for (let level = 1; level <= 5; level++) {
    rows.push([
      level,
      ...groups.map(
        (g) =>
          `${g.levels[level - 1]?.criterion ?? ''}\nBukti: ${g.levels[level - 1]?.evidence ?? ''}`,
      ),
      ...Array<Cell>(Math.max(0, 3 - groups.length)).fill(''),
    ]);
    styles.push({ range: box(rows.length, 2, 1, 3), wrap: true });
  }
  line(
    'Yang sering ditolak asesor: tautan yang bukan Google Drive, file pribadi yang tidak bisa dibuka, file di tempat sampah, tangkapan layar halaman login saja, dan bukti di luar periode evaluasi.',
  );

  heading('Untuk Diskominfo');
  line(
    `Tab ${TAB.assessment}: nilai mandiri terisi otomatis dari tab OPD; isi Verifikasi, Final, Target dan Tahun lalu.`,
  );
  line(
    `Tab ${TAB.summary}: indeks, predikat, domain dan aspek untuk setiap tahap, dan kemajuan per OPD.`,
  );
  line(
    `Tab ${TAB.catalogue}, ${TAB.opds} dan ${TAB.settings}: ubah bila perlu, lalu jalankan SPBE › Siapkan / perbarui workbook. Isian OPD tidak pernah dihapus: indikator yang dipindahkan diarsipkan di tab lamanya.`,
  );
  line(
    'Rumus SPBE_INDEKS, SPBE_RINGKASAN, SPBE_RENCANA dan lainnya bisa dipakai di lembar analisis sendiri (lihat SPBE › Bantuan).',
  );

  heading('Arti warna');
  for (const l of LEGEND) {
    rows.push(['', l.meaning, '', '']);
    styles.push({ range: box(rows.length, 1), background: l.colour });
  }

  heading('Siapa dapat mengubah apa');
  line(`Admin (${settings.admins.join(', ') || 'belum diisi di Pengaturan'}): semua tab.`);
  for (const o of opds) {
    line(
      `${o.short} (${o.pics.join(', ') || 'PIC belum diisi'}): kolom Tingkat, Penjelasan, Data dukung dan Jenis bukti di tab ${o.tab}.`,
    );
  }
  line(
    'Perlindungan hanya mencegah perubahan, bukan melihat: setiap orang yang dapat membuka file ini dapat melihat semua tab. Jangan simpan data rahasia di sini.',
    { bold: true },
  );

  return {
    cells: rows,
    columnWidths: [90, 330, 330, 330],
    styles,
    protection: adminOnly(settings.admins, TAB.guide),
  };
}
