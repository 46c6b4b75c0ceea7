import type { EvidenceRule, Framework, StarterOpd } from '../framework';
import { PROCESS } from '../level-guide';
import type { Catalogue } from '../types';
import { cityOpdsFor } from './city-opds';

/** What level 4 asks of every process indicator, in the general rules and SPBE's alike. */
export const PERIODIC_REPORT = 'Tingkat 4 ke atas: laporan reviu atau pengukuran berkala.';

/**
 * What an instrument without rules of its own starts with, and what a catalogue the registry
 * does not know (an edited Kerangka under a new id) gets: every level needs a link, level 3 a
 * procedure and its record, level 4 a periodic report; the process guide for every indicator;
 * Diskominfo answering everything until the coordinator assigns.
 */
export function generalEvidenceRules(catalogue: Catalogue): EvidenceRule[] {
  const all = catalogue.indicators.map((i) => i.no);
  return [
    {
      id: 'UMUM-1',
      indicators: all,
      fromLevel: 1,
      minLinks: 1,
      kinds: [],
      explanation: 'Setiap tingkat memerlukan minimal satu data dukung.',
    },
    {
      id: 'UMUM-3',
      indicators: all,
      fromLevel: 3,
      minLinks: 2,
      kinds: ['SOP', 'Dokumen'],
      explanation: 'Tingkat 3 ke atas: pedoman/SOP dan bukti pelaksanaannya.',
    },
    {
      id: 'UMUM-4',
      indicators: all,
      fromLevel: 4,
      minLinks: 2,
      kinds: ['Laporan'],
      explanation: PERIODIC_REPORT,
    },
  ];
}

function diskominfoAnswersAll(catalogue: Catalogue): StarterOpd[] {
  return cityOpdsFor({
    DISKOMINFO: catalogue.indicators.filter((i) => !i.external).map((i) => i.no),
  });
}

/** The descriptor of a catalogue no instrument claims: the general starts, a plain index name. */
export function generalFramework(catalogue: Catalogue): Framework {
  return {
    catalogue,
    indexName: 'Indeks',
    aliases: [],
    fromYear: Number.POSITIVE_INFINITY,
    starterOpds: diskominfoAnswersAll,
    evidenceRules: generalEvidenceRules,
    levelGuide: () => PROCESS,
  };
}
