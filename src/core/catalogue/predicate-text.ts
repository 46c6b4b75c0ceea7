import { decimalText } from '../kernel/decimal';
import type { Cycle, PredicateReading } from './types';

const READING: Record<PredicateReading, string> = {
  rounded: 'indeks yang sudah dibulatkan ke dua desimal',
  unrounded: 'indeks tanpa pembulatan',
};

/** What a user reads about how a predikat was decided. */
export const predicateText = {
  readingOfYear: (year: number, cycle: Cycle) =>
    `Predikat evaluasi ${year} dibaca dari ${READING[cycle.predicateFrom]}${cycle.note ? ` (${cycle.note})` : ''}.`,
  nearEdge: (p: {
    unrounded: number;
    rounded: string;
    edge: string;
    edgeValue: string;
    year: number | null;
    reading: PredicateReading;
    label: string;
  }) =>
    `Indeks ${p.rounded} (tanpa pembulatan ${decimalText(Number(p.unrounded.toFixed(4)))}) ada dalam 0,005 dari batas ${p.edge} (${p.edgeValue}); ${p.year ? `evaluasi ${p.year}` : 'laporan terakhir'} membaca predikat dari ${READING[p.reading]}, jadi ${p.label}.`,
};
