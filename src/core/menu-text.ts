/** What the menu's Bantuan item shows: what the add-on does and how to use the formulas. */
export const menuText = {
  helpTitle: () => 'Bantuan SPBE',
  helpText: () =>
    [
      'Add-on ini membantu menyiapkan evaluasi SPBE: menghitung indeks persis seperti cara resmi',
      '(rata-rata berbobot, dibulatkan 2 desimal di akhir) dan menyusun rencana mencapai target.',
      '',
      'Rumus yang bisa dipakai di sel mana pun:',
      '=SPBE_INDEKS(B2:B48)  indeks dari 47 tingkat berurutan I01–I47',
      '=SPBE_INDEKS(B2:B48; A2:A48)  dengan kolom kode, urutan bebas',
      '=SPBE_DOMAIN(B2:B48; "Layanan")  indeks satu domain',
      '=SPBE_ASPEK(B2:B48; "A6")  indeks satu aspek',
      '=SPBE_PREDIKAT(2,6)  predikat dari sebuah indeks',
      '=SPBE_TINGKAT(3; "I32")  nama tingkat, di sini "Transaksi"',
      '=SPBE_BOBOT("I01")  bobot indikator, di sini 0,013',
      '=SPBE_RINGKASAN(B2:B48)  indeks, predikat, semua domain dan aspek',
      '=SPBE_RENCANA(B2:B48; 3)  kenaikan tingkat paling sedikit untuk mencapai 3,00',
      '',
      'Tingkat yang kosong dianggap belum dinilai dan dihitung sebagai tingkat 1.',
      'Untuk kerangka Pemdi 2026 tambahkan "pemdi-2026" sebagai argumen kerangka.',
    ].join('\n'),
};
