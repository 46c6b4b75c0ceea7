import type { EvidenceRule } from '../catalogue/framework';
import { trimSpaces } from '../catalogue/levels';
import type { Indicator } from '../catalogue/types';
import { ENTRY_FIELDS, type EntryInput, type FieldKey, OPD_FIELDS } from '../entry/fields';
import type { ItemRule } from '../entry/items';
import { itemStatus } from '../entry/items';
import type { OpdRecord } from '../workbook/ownership';
import type { Entry } from './entries';
import { ENTRY_RULES, type FindingsInput, ruleContext } from './findings';
import { linksInCell, parseLink } from './links';

/**
 * What a draft is checked against before it is saved: the inputs of the check's own rules
 * that need no Drive (evidence/draft-check.ts), for this indicator.
 */
export interface DraftRules {
  readonly minExplanation: number;
  readonly allowedHosts: readonly string[];
  readonly opd: OpdRecord;
  readonly indicator: Indicator;
  /** Aturan bukti that apply to the indicator (how many links, which kinds, from which level). */
  readonly evidenceRules: readonly EvidenceRule[];
  /** How Mandiri follows evidence items (Pengaturan). */
  readonly itemRule: ItemRule;
}

/**
 * What keeps a draft from being lengkap: the check's own entry rules (findings.ts
 * ENTRY_RULES) that need no Drive facts, run on the draft as if it were the row — so the panel
 * says, while staff type and after a save, what the check would say of the same words. Only
 * the errors in what the PIC fills are listed; the rest is the verifier's.
 */
interface Draft extends EntryInput {
  /** The indicator's evidence items, with their links as drafted (Pemdi). */
  readonly items?: readonly {
    readonly code: string;
    readonly level: number;
    readonly evidence: string;
  }[];
}

const PIC_COLUMNS: readonly string[] = OPD_FIELDS.map((f) => f.key);

/** One thing that keeps a draft from being lengkap, and the field it is in (an item's, or the row's). */
export interface DraftProblem {
  readonly text: string;
  readonly field: FieldKey;
  /** The evidence item whose field it is, or null for the indicator's own row. */
  readonly item: string | null;
}

export function draftProblems(draft: Draft, basis: DraftRules): DraftProblem[] {
  const entry = draftEntry(draft, basis);
  const input: FindingsInput = {
    entries: [entry],
    facts: new Map(),
    rules: basis.evidenceRules,
    settings: {
      allowedHosts: basis.allowedHosts,
      minExplanationChars: basis.minExplanation,
      windowStart: '',
      windowEnd: '',
      driveChecked: false,
    },
    verified: new Map(),
    revisions: new Map(),
    today: '',
    itemRule: basis.itemRule,
  };
  const ctx = ruleContext(input);
  return ENTRY_RULES.filter((rule) => !rule.needsDrive)
    .flatMap((rule) => rule.judge(entry, ctx))
    .filter((d) => d.severity === 'error' && PIC_COLUMNS.includes(d.col))
    .map((d) => ({
      text: d.text[0] ?? '',
      field: d.col as FieldKey,
      // Items are placed on rows 1, 2, … of the draft (the row itself is 0).
      item: d.row ? (draft.items?.[d.row - 1]?.code ?? null) : null,
    }));
}

/** The draft as an entry of the OPD's tab: what the rules judge. */
function draftEntry(draft: Draft, basis: DraftRules): Entry {
  const parsed = (text: string) => linksInCell(text).map((l) => parseLink(l, basis.allowedHosts));
  const explanation = draft.explanation.trim();
  return {
    opd: basis.opd,
    indicator: basis.indicator,
    row: 0,
    columns: new Map(),
    active: true,
    levelCell: draft.level ?? '',
    level: draft.level === null ? null : (draft.level as Entry['level']),
    explanation,
    explanationLength: trimSpaces(draft.explanation).length,
    links: parsed(draft.evidence),
    evidenceKind: draft.evidenceKind.trim(),
    verification: '',
    verifierNote: '',
    editedAt: '',
    fingerprint: '',
    evidenceTyped: draft.evidence !== '',
    digest: '',
    checked: '',
    items: (draft.items ?? []).map((i, k) => {
      const links = parsed(i.evidence);
      return {
        item: {
          code: i.code,
          name: '',
          indicator: basis.indicator.code,
          level: i.level as Entry['level'] & number,
        },
        row: k + 1,
        active: true,
        explanation: '',
        links,
        verification: '',
        verifierNote: '',
        status: itemStatus({ verification: '', evidence: i.evidence, explanation: '' }),
        fingerprint: '',
        levelTyped: '',
        evidenceTyped: i.evidence !== '',
        digest: '',
        checked: '',
        values: { ...NO_VALUES, evidence: i.evidence },
      };
    }),
    values: { ...NO_VALUES, ...stringsOf(draft) },
  };
}

const NO_VALUES = Object.fromEntries(ENTRY_FIELDS.map((f) => [f.key, ''])) as Record<
  FieldKey,
  string
>;

/** The draft's text fields, as a row would hold them. */
function stringsOf(draft: Draft): Partial<Record<FieldKey, string>> {
  return Object.fromEntries(
    Object.entries(draft)
      .filter(([, v]) => typeof v === 'string')
      .map(([k, v]) => [k, v.trim()]),
  );
}
