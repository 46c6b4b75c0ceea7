import { findPart, indicatorsOfAspect, indicatorsOfDomain } from '../../catalogue/lookup';
import { frameworkOf, resolveCatalogue } from '../../catalogue/registry';
import type { Catalogue } from '../../catalogue/types';
import { figureOf, score } from '../../evaluation/scoring';
import { centsToNumber } from '../../kernel/decimal';
import { InputError } from '../../kernel/errors';
import { readYearArgument } from './cells';
import { msg } from './formula-text';
import { readLevelsArgument } from './level-arguments';

/** SPBE_INDEKS: the index over all indicators; unlisted or blank ones count as level 1. */
export function indexFormula(levels: unknown, codes?: unknown, framework?: unknown): number {
  const catalogue = resolveCatalogue(framework);
  const read = readLevelsArgument(catalogue, levels, codes);
  return centsToNumber(figureOf(catalogue.indicators, read.levels).cents);
}

/** SPBE_DOMAIN: one domain's figure, the domain named by number, id or name. */
export function domainFormula(
  levels: unknown,
  domain: unknown,
  codes?: unknown,
  framework?: unknown,
): number {
  const catalogue = resolveCatalogue(framework);
  if (catalogue.domains.length === 0) throw new InputError(msg.catalogueHasNoDomains(catalogue.id));
  const match = findPart(catalogue.domains, domain);
  if (match.kind !== 'found')
    throw new InputError(msg.partNotFound('domain', domain, match, catalogue.domains));
  const read = readLevelsArgument(catalogue, levels, codes);
  return centsToNumber(figureOf(indicatorsOfDomain(catalogue, match.item.id), read.levels).cents);
}

/** SPBE_ASPEK: one aspect's figure, the aspect named by number, id or name. */
export function aspectFormula(
  levels: unknown,
  aspect: unknown,
  codes?: unknown,
  framework?: unknown,
): number {
  const catalogue = resolveCatalogue(framework);
  const match = findPart(catalogue.aspects, aspect);
  if (match.kind !== 'found')
    throw new InputError(msg.partNotFound('aspek', aspect, match, catalogue.aspects));
  const read = readLevelsArgument(catalogue, levels, codes);
  return centsToNumber(figureOf(indicatorsOfAspect(catalogue, match.item.id), read.levels).cents);
}

/**
 * SPBE_RINGKASAN: a whole dashboard in one spill of three columns (bagian, nama, nilai):
 * index, predicate, every domain and aspect, and what was not assessed.
 */
export function summaryFormula(
  levels: unknown,
  codes?: unknown,
  framework?: unknown,
  year?: unknown,
): (string | number)[][] {
  const catalogue = resolveCatalogue(framework);
  const scores = score(
    catalogue,
    readLevelsArgument(catalogue, levels, codes).levels,
    readYearArgument(year),
  );
  const rows: (string | number)[][] = [
    [...msg.summaryHeader()],
    [frameworkOf(catalogue).indexName, catalogue.title, centsToNumber(scores.index.cents)],
    [msg.predicateLabel(), '', scores.predicate.label],
    ...scores.domains.map(({ domain, figure }) => [
      domain.id,
      domain.name,
      centsToNumber(figure.cents),
    ]),
    ...scores.aspects.map(({ aspect, figure }) => [
      aspect.id,
      aspect.name,
      centsToNumber(figure.cents),
    ]),
    [
      msg.notAssessedLabel(),
      msg.notAssessedDetail(scores.notAssessed.map((i) => i.code)),
      scores.notAssessed.length,
    ],
    // External indicators not valued yet: scored 1 while another agency's value is awaited.
    ...(scores.notAssessed.some((i) => i.external)
      ? [
          [
            msg.externalWaitingLabel(),
            msg.externalWaitingDetail(
              scores.notAssessed.filter((i) => i.external).map((i) => `${i.code} (${i.external})`),
            ),
            scores.notAssessed.filter((i) => i.external).length,
          ],
        ]
      : []),
  ];
  // Notes come last, so the figures keep their rows whatever is said about them.
  const notes = [
    ...(scores.predicate.note ? [scores.predicate.note] : []),
    ...(catalogue.provisional ? [provisionalNote(catalogue)] : []),
  ];
  return [...rows, ...notes.map((note) => [msg.noteLabel(), note, ''])];
}

function provisionalNote(catalogue: Catalogue): string {
  return catalogue.note ?? msg.provisionalCatalogue(catalogue.id);
}
