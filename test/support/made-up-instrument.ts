import type { Framework } from '../../src/core/catalogue/framework';
import type { Catalogue } from '../../src/core/catalogue/types';

/**
 * An instrument no release knows, as a 2027 revision could look: four indicators in two
 * aspects, whole levels, its own predikat bands, index name, starting owners, evidence rule
 * and level guide. It lives only in the tests, to show that an instrument is its descriptor
 * and its data: nothing else in src/ has to change for setup, the panel, the check, the score
 * and the custom functions to follow it.
 */
const CATALOGUE: Catalogue = {
  id: 'kota-cerdas-2027',
  title: 'Indeks Kota Cerdas (instrumen uji)',
  provisional: false,
  levelScales: { langkah: ['Mulai', 'Jalan', 'Mapan', 'Terpadu', 'Unggul'] },
  defaultScale: 'langkah',
  predicates: [
    { min: 4, label: 'Unggul' },
    { min: 3, label: 'Baik' },
    { min: 2, label: 'Cukup' },
    { min: 0, label: 'Kurang' },
  ],
  cycles: [{ year: 2027, predicateFrom: 'rounded' }],
  domains: [],
  aspects: [
    { id: 'K1', name: 'Warga', weightBp: 6000 },
    { id: 'K2', name: 'Kantor', weightBp: 4000 },
  ],
  indicators: [
    { no: 1, code: 'K01', aspect: 'K1', weightBp: 4000, name: 'Layanan warga daring' },
    { no: 2, code: 'K02', aspect: 'K1', weightBp: 2000, name: 'Pengaduan warga' },
    { no: 3, code: 'K03', aspect: 'K2', weightBp: 2500, name: 'Naskah dinas elektronik' },
    { no: 4, code: 'K04', aspect: 'K2', weightBp: 1500, name: 'Rapat daring' },
  ],
};

const STEP = (n: number) => ({
  criterion: `Langkah ${n}: kegiatan berjalan di tingkat ${n}.`,
  evidence: `Laporan langkah ${n}.`,
});

export const MADE_UP_FRAMEWORK: Framework = {
  catalogue: CATALOGUE,
  indexName: 'Indeks Kota Cerdas',
  aliases: ['kota cerdas'],
  fromYear: 2027,
  starterOpds: () => [
    {
      code: 'KOMINFO',
      name: 'Dinas Kominfo',
      short: 'Kominfo',
      pic: 'kominfo@example.org',
      indicators: [1, 3, 4],
    },
    {
      code: 'DUKCAPIL',
      name: 'Dinas Dukcapil',
      short: 'Dukcapil',
      pic: 'dukcapil@example.org',
      indicators: [2],
    },
  ],
  evidenceRules: () => [
    {
      id: 'KC-2',
      indicators: [1, 2, 3, 4],
      fromLevel: 2,
      minLinks: 2,
      kinds: [],
      explanation: 'Langkah 2 ke atas: dua data dukung.',
    },
  ],
  levelGuide: () => ({ group: 'Kota cerdas', levels: [1, 2, 3, 4, 5].map(STEP) }),
};
