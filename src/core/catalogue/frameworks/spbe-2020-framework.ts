import type { EvidenceRule, Framework } from '../framework';
import { POLICY, PROCESS, SERVICE } from '../level-guide';
import { cityOpdsFor } from './city-opds';
import { PERIODIC_REPORT } from './general';
import { SPBE_2020 } from './spbe-2020';

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The usual split of a kota (the 12-OPD Kendari demo assignment), by indicator number. */
const ASSIGNMENT: Readonly<Record<string, readonly number[]>> = {
  DISKOMINFO: [
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 26, 28, 29, 30,
    31, 42, 43,
  ],
  BAPPEDA: [13, 14, 32, 33, 40],
  BPKAD: [13, 24, 33, 34, 38],
  BKPSDM: [25, 36, 41],
  INSPEKTORAT: [21, 29, 30, 31, 39, 42],
  ORGANISASI: [14, 27, 40],
  HUKUM: [44],
  UKPBJ: [35],
  DISPUSIP: [37],
  BAPENDA: [45],
  DISDUKCAPIL: [46],
  DPMPTSP: [47],
};

/** Per group: policy (1–10), governance and management (11–31), services (32–47). */
const EVIDENCE_RULES: readonly EvidenceRule[] = [
  {
    id: 'KEB-1',
    indicators: range(1, 10),
    fromLevel: 1,
    minLinks: 1,
    kinds: [],
    explanation: 'Kebijakan tingkat 1: draf kebijakan, undangan dan notulen pembahasan.',
  },
  {
    id: 'KEB-2',
    indicators: range(1, 10),
    fromLevel: 2,
    minLinks: 1,
    kinds: ['Perwali/Perbup/Perda', 'SK'],
    explanation:
      'Kebijakan tingkat 2 ke atas: kebijakan yang sudah ditetapkan (Perwali/Perbup/Perda atau SK).',
  },
  {
    id: 'KEB-4',
    indicators: range(1, 10),
    fromLevel: 4,
    minLinks: 2,
    kinds: ['Laporan'],
    explanation: 'Kebijakan tingkat 4 ke atas: laporan reviu kebijakan.',
  },
  {
    id: 'TK-1',
    indicators: range(11, 31),
    fromLevel: 1,
    minLinks: 1,
    kinds: [],
    explanation: 'Tata kelola dan manajemen: minimal satu dokumen kegiatan.',
  },
  {
    id: 'TK-3',
    indicators: range(11, 31),
    fromLevel: 3,
    minLinks: 2,
    kinds: ['SOP', 'Dokumen'],
    explanation: 'Tingkat 3 ke atas: pedoman/SOP dan catatan pelaksanaannya.',
  },
  {
    id: 'TK-4',
    indicators: range(11, 31),
    fromLevel: 4,
    minLinks: 2,
    kinds: ['Laporan'],
    explanation: PERIODIC_REPORT,
  },
  {
    id: 'LAY-1',
    indicators: range(32, 47),
    fromLevel: 1,
    minLinks: 1,
    kinds: ['Tangkapan layar', 'URL/demo aplikasi'],
    explanation: 'Layanan: tangkapan layar aplikasi (bukan hanya halaman login) atau URL/demo.',
  },
  {
    id: 'LAY-3',
    indicators: range(32, 47),
    fromLevel: 3,
    minLinks: 2,
    kinds: ['Tangkapan layar', 'URL/demo aplikasi'],
    explanation: 'Layanan tingkat 3 ke atas: tangkapan layar alur transaksi dan manual book.',
  },
  {
    id: 'LAY-4',
    indicators: range(32, 47),
    fromLevel: 4,
    minLinks: 2,
    kinds: ['Dokumen', 'Laporan'],
    explanation: 'Layanan tingkat 4 ke atas: bukti integrasi (daftar API) atau laporan evaluasi.',
  },
];

/** Indeks SPBE, PermenPANRB 59/2020: evaluations up to 2025. */
export const SPBE_2020_FRAMEWORK: Framework = {
  catalogue: SPBE_2020,
  indexName: 'Indeks SPBE',
  aliases: ['spbe', 'spbe 2020', 'spbe2020', 'indeks spbe'],
  fromYear: 2018,
  starterOpds: () => cityOpdsFor(ASSIGNMENT),
  evidenceRules: () => EVIDENCE_RULES,
  levelGuide: (indicator) => (indicator.no <= 10 ? POLICY : indicator.no <= 31 ? PROCESS : SERVICE),
};
