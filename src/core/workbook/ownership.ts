import { starterOpds } from '../catalogue/registry';
import type { Catalogue } from '../catalogue/types';

/**
 * Who owns which indicator: the OPD list a coordinator edits, starting from what the
 * instrument's descriptor proposes (catalogue/frameworks/).
 */
export interface OpdRecord {
  readonly code: string;
  readonly name: string;
  readonly short: string;
  readonly tab: string;
  readonly pics: readonly string[];
  /** Indicator codes, in catalogue order; the first OPD listing a code leads it by default. */
  readonly indicators: readonly string[];
}

export function defaultOpds(catalogue: Catalogue): OpdRecord[] {
  const codeOf = (no: number) => catalogue.indicators.find((i) => i.no === no && !i.external)?.code;
  return starterOpds(catalogue).map((o) => ({
    code: o.code,
    name: o.name,
    short: o.short,
    tab: o.short,
    pics: [o.pic],
    indicators: o.indicators.map(codeOf).filter((c): c is string => c !== undefined),
  }));
}
