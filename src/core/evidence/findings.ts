import type { EvidenceRule } from '../catalogue/framework';
import type { ItemRule } from '../entry/items';
import { columnLetter } from '../workbook/a1';
import type { OpdCol } from '../workbook/opd-columns';
import type { EvidenceFact } from './drive-facts';
import type { Entry } from './entries';
import { answerFindings } from './rules/answer';
import { coOwnerFindings } from './rules/co-owners';
import { evidenceNeedFindings } from './rules/evidence-need';
import { itemFindings } from './rules/items';
import { linkFactFindings, linkShapeFindings } from './rules/links';
import { sharedFileFindings } from './rules/shared-files';
import { verificationFindings } from './rules/verification';

/**
 * The completeness check's findings: each rule group (rules/) judges an entry — or, for the
 * cross-OPD rules, all of them — and says what is wrong and how to fix it; this module places
 * each finding on its OPD tab's cell and orders them worst first.
 */
export type Severity = 'error' | 'warning' | 'info';
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export interface Finding {
  readonly severity: Severity;
  readonly opd: string;
  readonly tab: string;
  readonly indicator: string;
  readonly row: number;
  readonly col: number;
  readonly problem: string;
  readonly fix: string;
}

/** What a rule says about one entry, before it is placed on the sheet. */
export interface Draft {
  readonly severity: Severity;
  /** The column the finding points at. */
  readonly col: OpdCol;
  /** The sheet row, when not the indicator's own (an evidence item's row). */
  readonly row?: number;
  /** [problem, how to fix it], from check-text. */
  readonly text: readonly string[];
}

export interface CheckSettings {
  readonly allowedHosts: readonly string[];
  readonly minExplanationChars: number;
  /** ISO dates (YYYY-MM-DD); evidence modified outside them is flagged. Empty = no window. */
  readonly windowStart: string;
  readonly windowEnd: string;
  /** Whether Drive facts were gathered (false offline: only link shapes are judged). */
  readonly driveChecked: boolean;
  /** Last day of self-assessment (YYYY-MM-DD); later edits are listed. Empty = none. */
  readonly deadline?: string;
}

/** What the verifier asked to revise, and what the row held then (kept between checks). */
export type RevisionMemory = ReadonlyMap<string, { fingerprint: string; since: string }>;

export interface FindingsInput {
  readonly entries: readonly Entry[];
  readonly facts: ReadonlyMap<string, EvidenceFact>;
  readonly rules: readonly EvidenceRule[];
  readonly settings: CheckSettings;
  /** Verified level per indicator code (Penilaian), when known. */
  readonly verified: ReadonlyMap<string, number>;
  readonly revisions: RevisionMemory;
  readonly today: string;
  /** How Mandiri follows evidence items (Pengaturan). */
  readonly itemRule: ItemRule;
}

/** What the rules share: the input, and a file's facts through its shortcut. */
export interface RuleContext {
  readonly input: FindingsInput;
  factFor(id: string): EvidenceFact | undefined;
}

/**
 * One completeness rule over one entry. The check runs every rule; the panel's draft check
 * (draft-check.ts) runs those that need no Drive facts, on the draft — so that what it says
 * is missing is what the check would say.
 */
interface Rule {
  readonly name: string;
  readonly needsDrive: boolean;
  judge(e: Entry, ctx: RuleContext): readonly Draft[];
}

/** A links rule, judged on each active evidence item's own row. */
function onItems(
  judge: (links: Entry['links'], ctx: RuleContext) => readonly Draft[],
): Rule['judge'] {
  return (e, ctx) =>
    e.items
      .filter((i) => i.active)
      .flatMap((i) => judge(i.links, ctx).map((d) => ({ ...d, row: i.row })));
}

/** Whether an entry's links are sound (their fix comes before what the level needs). */
function linksSound(e: Entry, ctx: RuleContext): boolean {
  return ![
    ...answerFindings(e, ctx),
    ...linkShapeFindings(e.links),
    ...linkFactFindings(e.links, ctx).drafts,
  ].some((d) => d.severity === 'error' && d.col === 'evidence');
}

/** The rules of one entry, in the order their findings are listed for one cell. */
export const ENTRY_RULES: readonly Rule[] = [
  { name: 'jawaban', needsDrive: false, judge: answerFindings },
  { name: 'bentuk tautan', needsDrive: false, judge: (e) => linkShapeFindings(e.links) },
  {
    name: 'file di Drive',
    needsDrive: true,
    judge: (e, ctx) => linkFactFindings(e.links, ctx).drafts,
  },
  {
    name: 'bukti per tingkat',
    needsDrive: false,
    judge: (e, ctx) =>
      evidenceNeedFindings(e, ctx, linkFactFindings(e.links, ctx).usable, linksSound(e, ctx)),
  },
  { name: 'bentuk tautan butir', needsDrive: false, judge: onItems(linkShapeFindings) },
  {
    name: 'file butir di Drive',
    needsDrive: true,
    judge: onItems((links, ctx) => linkFactFindings(links, ctx).drafts),
  },
  { name: 'butir', needsDrive: false, judge: (e, ctx) => itemFindings(e, ctx.input.itemRule) },
  {
    name: 'verifikasi',
    needsDrive: false,
    judge: (e, ctx) => verificationFindings(e, ctx).drafts,
  },
];

/** A rule context over these inputs, a file's facts followed through its shortcut. */
export function ruleContext(input: FindingsInput): RuleContext {
  return {
    input,
    factFor: (id) => {
      const fact = input.facts.get(id);
      return fact?.shortcutTarget ? (input.facts.get(fact.shortcutTarget) ?? fact) : fact;
    },
  };
}

/** Every finding for every active entry, worst first, then by OPD tab and row. */
export function findingsFor(input: FindingsInput): {
  readonly findings: Finding[];
  readonly revisions: Map<string, { fingerprint: string; since: string }>;
} {
  const active = input.entries.filter((e) => e.active);
  const ctx = ruleContext(input);
  const findings: Finding[] = [];
  const place = (e: Entry, drafts: readonly Draft[]) => {
    for (const d of drafts) findings.push(placed(e, d));
  };
  const revisions = new Map<string, { fingerprint: string; since: string }>();
  // The rules across entries: a file used by several, owners who disagree.
  const sharedFiles = sharedFileFindings(active);
  for (const e of active) {
    for (const rule of ENTRY_RULES) place(e, rule.judge(e, ctx));
    place(e, sharedFiles.get(e) ?? []);
    const revision = verificationFindings(e, ctx).revision;
    if (revision) revisions.set(revision.key, revision.memory);
  }
  for (const [e, drafts] of coOwnerFindings(active)) place(e, drafts);
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      a.tab.localeCompare(b.tab) ||
      a.row - b.row ||
      a.col - b.col,
  );
  return { findings, revisions };
}

function placed(e: Entry, d: Draft): Finding {
  const [problem = '', fix = ''] = d.text;
  return {
    severity: d.severity,
    opd: e.opd.code,
    tab: e.opd.tab,
    indicator: e.indicator.code,
    row: d.row ?? e.row,
    col: e.columns.get(d.col) ?? 1,
    problem,
    fix,
  };
}

/** The cell a finding is about, as Tab!F5. */
export function findingCell(f: Finding): string {
  return `${f.tab}!${columnLetter(f.col)}${f.row}`;
}
