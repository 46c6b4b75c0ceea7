/**
 * The OPD tab of a synthetic city with n OPDs, five indicators each, wrapping round the pool
 * (SPBE's 47 by default): every indicator owned, many co-owned. Used by the setup budget test
 * and the bench.
 */
export function opdList(
  n: number,
  pool: readonly number[] = Array.from({ length: 47 }, (_, i) => i + 1),
): (string | number)[][] {
  const rows: (string | number)[][] = [
    ['Daftar OPD'],
    [''],
    [''],
    ['Kode OPD', 'Nama OPD', 'Singkatan', 'Nama tab', 'Email PIC', 'Indikator'],
  ];
  for (let i = 0; i < n; i++) {
    const indicators = Array.from({ length: 5 }, (_, k) => pool[(i * 5 + k) % pool.length]).join(
      ', ',
    );
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
