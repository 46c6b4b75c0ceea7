import type { Framework } from '../framework';
import { PROCESS } from '../level-guide';
import { cityOpdsFor } from './city-opds';
import { generalEvidenceRules } from './general';
import { PEMDI_2026 } from './pemdi-2026';

/** By OPD code: governance, data protection, security and technology with
 * Diskominfo; people with BKPSDM; business processes and satisfaction with Organisasi; the
 * service portal and user support with the service OPDs. */
const ASSIGNMENT: Readonly<Record<string, readonly number[]>> = {
  DISKOMINFO: [1, 2, 4, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19],
  BAPPEDA: [4],
  BKPSDM: [3],
  INSPEKTORAT: [9],
  ORGANISASI: [2, 15, 20],
  HUKUM: [8],
  DISDUKCAPIL: [19],
  DPMPTSP: [17, 19, 20],
};

/**
 * Indeks Pemerintah Digital, PermenPANRB 8/2026: evaluations from 2026. External indicators
 * go to no OPD (another agency scores them); every indicator follows the process guide.
 */
export const PEMDI_2026_FRAMEWORK: Framework = {
  catalogue: PEMDI_2026,
  indexName: 'Indeks Pemdi',
  aliases: ['pemdi', 'pemdi 2026', 'pemdi2026', 'indeks pemerintah digital'],
  fromYear: 2026,
  starterOpds: () => cityOpdsFor(ASSIGNMENT),
  evidenceRules: generalEvidenceRules,
  levelGuide: () => PROCESS,
};
