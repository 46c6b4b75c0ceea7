/**
 * The OPD tab of a synthetic city with n OPDs, five indicators each, wrapping round the 47:
 * every indicator owned, many co-owned. Used by the setup budget test and the bench.
 */
export function opdList(n: number): (string | number)[][] {
  const rows: (string | number)[][] = [
    ['Daftar OPD'],
    [''],
    [''],
    ['Kode OPD', 'Nama OPD', 'Singkatan', 'Nama tab', 'Email PIC', 'Indikator'],
  ];
  for (let i = 0; i < n; i++) {
    const indicators = Array.from({ length: 5 }, (_, k) => ((i * 5 + k) % 47) + 1).join(', ');
    rows.push([
      `OPD${i + 1}`,
      `Organisasi Perangkat Daerah ${i + 1}`,
      `OPD ${i + 1}`,
      `OPD ${i + 1}`,
      `pic${i + 1}@example.org`,
      indicators,
    ]);
  }
  return rows;
}
