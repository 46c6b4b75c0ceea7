import { decimalToCents } from '../kernel/decimal';
import { InputError } from '../kernel/errors';
import { kernelText } from '../kernel/kernel-text';
import { MAX_ITEMS_PER_LEVEL } from '../kernel/values';
import { catalogueText } from './catalogue-text';
import { codeKey } from './lookup';
import { type Catalogue, MAX_LEVEL, MIN_LEVEL, TOTAL_WEIGHT_BP } from './types';

/** Each part's weight must be the sum of its members', else a figure and its parts disagree. */
function checkSums(catalogue: Catalogue, add: (where: string, problem: string) => void): void {
  const check = (
    kind: 'aspek' | 'domain',
    memberKind: 'indikator' | 'aspek',
    parts: readonly { id: string; weightBp: number; row?: number }[],
    membersOf: (id: string) => readonly { weightBp: number }[],
  ) =>
    parts.forEach((part, i) => {
      const members = membersOf(part.id);
      const where = catalogueText.place(kind, i, part.id, part.row);
      const sum = members.reduce((s, m) => s + m.weightBp, 0);
      if (members.length === 0) add(where, catalogueText.partWithoutMembers(kind, memberKind));
      else if (sum !== part.weightBp)
        add(where, catalogueText.weightsDoNotAddUp(part.weightBp, sum, memberKind));
    });
  check('aspek', 'indikator', catalogue.aspects, (id) =>
    catalogue.indicators.filter((ind) => ind.aspect === id),
  );
  check('domain', 'aspek', catalogue.domains, (id) =>
    catalogue.aspects.filter((a) => a.domain === id),
  );
}

/**
 * Everything that would make scores wrong or ambiguous, each naming the row to fix. A
 * catalogue edited in a workbook is checked before any score is computed from it.
 */
export function catalogueProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const add = (where: string, problem: string) => problems.push(kernelText.atPlace(where, problem));

  if (catalogue.id.trim() === '')
    add(catalogueText.catalogueHeader(), catalogueText.catalogueIdMissing());

  for (const [scale, names] of Object.entries(catalogue.levelScales)) {
    if (names.length !== MAX_LEVEL || names.some((n) => n.trim() === '')) {
      add(catalogueText.scalePlace(scale), catalogueText.scaleNeedsFiveNames());
    }
  }
  if (!catalogue.levelScales[catalogue.defaultScale]) {
    add(catalogueText.catalogueHeader(), catalogueText.unknownScale(catalogue.defaultScale));
  }

  const hasDomains = catalogue.domains.length > 0;
  const domainIds = new Map<string, string>();
  catalogue.domains.forEach((domain, i) => {
    const where = catalogueText.place('domain', i, domain.id, domain.row);
    checkId(domain.id, domainIds, where, add);
    checkWeight(domain.weightBp, where, add);
    if (!catalogue.levelScales[domain.scale]) add(where, catalogueText.unknownScale(domain.scale));
  });

  const aspectIds = new Map<string, string>();
  catalogue.aspects.forEach((aspect, i) => {
    const where = catalogueText.place('aspek', i, aspect.id, aspect.row);
    checkId(aspect.id, aspectIds, where, add);
    checkWeight(aspect.weightBp, where, add);
    if (hasDomains && !catalogue.domains.some((d) => d.id === aspect.domain)) {
      add(where, catalogueText.unknownParent('domain', aspect.domain ?? ''));
    }
    if (!hasDomains && aspect.domain) add(where, catalogueText.domainWithoutDomains(aspect.domain));
  });

  // Ids are compared as people write them ("I5" = "I05"), so a near-duplicate is refused too;
  // a reference to a parent must name it exactly.
  const codes = new Map<string, string>();
  const numbers = new Map<number, string>();
  catalogue.indicators.forEach((indicator, i) => {
    const where = catalogueText.place('indikator', i, indicator.code, indicator.row);
    checkId(indicator.code, codes, where, add);
    const sameNo = numbers.get(indicator.no);
    if (sameNo !== undefined) add(where, catalogueText.duplicateNumber(indicator.no, sameNo));
    else numbers.set(indicator.no, where);
    if (indicator.name.trim() === '') add(where, catalogueText.nameMissing());
    checkWeight(indicator.weightBp, where, add);
    if (!catalogue.aspects.some((a) => a.id === indicator.aspect))
      add(where, catalogueText.unknownParent('aspek', indicator.aspect));
  });

  checkSums(catalogue, add);
  if (catalogue.indicators.length === 0)
    add(catalogueText.catalogueHeader(), catalogueText.noIndicators());
  const total = catalogue.indicators.reduce((s, ind) => s + ind.weightBp, 0);
  if (catalogue.indicators.length > 0 && total !== TOTAL_WEIGHT_BP) {
    add(catalogueText.catalogueHeader(), catalogueText.totalWeightWrong(total));
  }

  checkItems(catalogue, codes, add);
  checkBands(catalogue, add);
  return problems;
}

function checkId(
  id: string,
  seen: Map<string, string>,
  where: string,
  add: (w: string, p: string) => void,
) {
  if (id.trim() === '' || /\s/.test(id.trim())) {
    add(where, catalogueText.idInvalid(id));
    return;
  }
  const earlier = seen.get(codeKey(id));
  if (earlier !== undefined) add(where, catalogueText.duplicateId(id, earlier));
  else seen.set(codeKey(id), where);
}

/**
 * An item belongs to one indicator the Pemda answers itself, and its code says which and at
 * what level (P01.2.a), because the workbook's formulas find an indicator's items by code.
 */
function checkItems(
  catalogue: Catalogue,
  indicatorCodes: Map<string, string>,
  add: (w: string, p: string) => void,
) {
  const seen = new Map<string, string>();
  const perLevel = new Map<string, number>();
  (catalogue.items ?? []).forEach((item, i) => {
    const where = catalogueText.place('butir', i, item.code, item.row);
    const indicator = catalogue.indicators.find((ind) => ind.code === item.indicator);
    if (!indicator) {
      add(where, catalogueText.unknownParent('indikator', item.indicator));
      return;
    }
    if (indicator.external) add(where, catalogueText.itemOfExternal(indicator.code));
    const prefix = `${indicator.code}.${item.level}.`;
    const key = item.code.trim().toUpperCase();
    if (!item.code.startsWith(prefix) || item.code.length === prefix.length || /\s/.test(item.code))
      add(where, catalogueText.itemCodeInvalid(item.code, prefix));
    else if (indicatorCodes.has(codeKey(item.code)) || seen.has(key))
      add(
        where,
        catalogueText.duplicateId(
          item.code,
          seen.get(key) ?? indicatorCodes.get(codeKey(item.code)) ?? '',
        ),
      );
    else seen.set(key, where);
    if (item.name.trim() === '') add(where, catalogueText.nameMissing());
    const count = (perLevel.get(prefix) ?? 0) + 1;
    perLevel.set(prefix, count);
    if (count === MAX_ITEMS_PER_LEVEL + 1)
      add(where, catalogueText.tooManyItems(indicator.code, item.level, MAX_ITEMS_PER_LEVEL));
  });
}

function checkWeight(weightBp: number, where: string, add: (w: string, p: string) => void) {
  if (!Number.isInteger(weightBp) || weightBp <= 0)
    add(where, catalogueText.weightInvalid(weightBp));
}

function checkBands(catalogue: Catalogue, add: (w: string, p: string) => void) {
  const bands = catalogue.predicates;
  if (bands.length === 0) {
    add(catalogueText.catalogueHeader(), catalogueText.noBands());
    return;
  }
  const labels = new Map<string, string>();
  bands.forEach((band, i) => {
    const where = catalogueText.place('predikat', i, band.label, band.row);
    if (band.label.trim() === '') add(where, catalogueText.nameMissing());
    else if (labels.has(band.label.trim().toLowerCase())) {
      add(
        where,
        catalogueText.duplicateId(band.label, labels.get(band.label.trim().toLowerCase()) ?? ''),
      );
    } else labels.set(band.label.trim().toLowerCase(), where);
    if (!Number.isFinite(band.min) || band.min < 0 || band.min > MAX_LEVEL) {
      add(where, catalogueText.bandOutOfRange(band.min));
      return;
    }
    const previous = bands[i - 1];
    if (
      previous &&
      Number.isFinite(previous.min) &&
      decimalToCents(band.min) >= decimalToCents(previous.min)
    ) {
      add(where, catalogueText.bandsOutOfOrder(band.min, previous.min));
    }
  });
  const lowest = bands[bands.length - 1];
  if (lowest && Number.isFinite(lowest.min) && decimalToCents(lowest.min) > MIN_LEVEL * 100) {
    add(
      catalogueText.place('predikat', bands.length - 1, lowest.label, lowest.row),
      catalogueText.lowestBandTooHigh(lowest.min),
    );
  }
}

/** Returns the catalogue when it is sound; otherwise one error listing what to fix. */
export function assertValidCatalogue(catalogue: Catalogue): Catalogue {
  const problems = catalogueProblems(catalogue);
  if (problems.length > 0)
    throw new InputError(catalogueText.catalogueInvalid(catalogue.id, problems));
  return catalogue;
}
