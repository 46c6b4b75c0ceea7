import type { PredicateReading } from './catalogue/types';
import { decimalText } from './decimal';

const READING: Record<PredicateReading, string> = {
  rounded: 'indeks yang sudah dibulatkan ke dua desimal',
  unrounded: 'indeks tanpa pembulatan',
};

/** What a user reads about how a predikat was decided. */
export const predicateText = {
  reading: (reading: PredicateReading) => READING[reading],
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
