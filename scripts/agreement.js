/**
 * `npm run agreement -- [COUNT] [SEED]`: the generated-workbook agreement test
 * (test/xlsx/generated-workbooks.test.ts) on COUNT workbooks (300 unless told) from SEED (a new
 * one each run unless told, printed so that a failure can be replayed), then the count.
 * LibreOffice recalculates them all in one run; 300 take a few minutes.
 */
const { spawnSync } = require('node:child_process');

const count = Number(process.argv[2] ?? 300);
const seed = Number(process.argv[3] ?? Math.floor(Math.random() * 1e9));
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('Pakai: npm run agreement -- [JUMLAH] [SEED]');
  process.exit(2);
}
console.log(`${count} workbook dibuat dari seed ${seed}; LibreOffice menghitung ulang…`);
const run = spawnSync(
  'npx',
  ['jest', 'test/xlsx/generated-workbooks.test.ts', '-t', 'agree with the engine'],
  {
    stdio: 'inherit',
    env: { ...process.env, CI: 'true', SPBE_GENERATED: String(count), SPBE_SEED: String(seed) },
  },
);
if (run.status === 0) console.log(`${count} workbook cocok dengan mesin (seed ${seed}).`);
else console.log(`Ada yang berbeda (seed ${seed}): lihat daftar di atas.`);
process.exit(run.status ?? 1);
