import { scaleOf } from '../catalogue/lookup';
import type { Catalogue, Indicator, Level } from '../catalogue/types';
import { readLevel } from '../levels';
import { columnLetter } from '../workbook/a1';
import { readKeyedTable } from '../workbook/keyed-table';
import { ACTIVE, codeKeyOf, OPD_TAB_COLUMNS, type OpdCol } from '../workbook/opd-tab';
import type { OpdRecord } from '../workbook/ownership';
import type { Cell, TabContent } from '../workbook/port';
import { checkText } from './check-text';
import { type EvidenceFact, FOLDER_MIME } from './drive-facts';
import type { EvidenceRule } from './evidence-rules';
import { linksInCell, type ParsedLink, parseLink } from './links';

type Severity = 'galat' | 'peringatan' | 'info';
const SEVERITY_ORDER: readonly Severity[] = ['galat', 'peringatan', 'info'];

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

/** One OPD's answer for one indicator, as read from its tab, with where each part sits. */
export interface Entry {
  readonly opd: OpdRecord;
  readonly indicator: Indicator;
  readonly row: number;
  readonly columns: ReadonlyMap<OpdCol, number>;
  readonly active: boolean;
  readonly levelCell: Cell;
  readonly level: Level | null;
  readonly levelProblem?: string;
  readonly explanation: string;
  readonly links: readonly ParsedLink[];
  readonly declaredKind: string;
  readonly verification: string;
  readonly verifierNote: string;
  readonly editedAt: Cell;
  /** Stable text of what the OPD typed, to notice "nothing changed since". */
  readonly fingerprint: string;
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

/** YYYY-MM-DD of a stamp (a Date or text starting with the date), or ''. */
function dayOfStamp(stamp: Cell): string {
  if (Object.prototype.toString.call(stamp) === '[object Date]') {
    const d = stamp as Date;
    return Number.isNaN(d.getTime())
      ? ''
      : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  return /^[0-9]{4}-[0-9]{2}-[0-9]{2}/.exec(String(stamp))?.[0] ?? '';
}

/** Reads the entries of one OPD tab; rich-text links of the evidence column by sheet row. */
export function entriesOf(
  opd: OpdRecord,
  catalogue: Catalogue,
  content: TabContent | undefined,
  allowedHosts: readonly string[],
  richLinks: ReadonlyMap<number, readonly string[]> = new Map(),
): Entry[] {
  const table = readKeyedTable(content, OPD_TAB_COLUMNS, 'code', codeKeyOf(catalogue));
  if (!table) return [];
  const out: Entry[] = [];
  for (const [code, r] of table.rows) {
    const indicator = catalogue.indicators.find((i) => i.code === code);
    if (!indicator) continue;
    const row = table.rowNumbers.get(code) as number;
    const reading = readLevel(r.level ?? '', scaleOf(catalogue, indicator));
    const evidence = r.evidence ?? '';
    const formula = typeof evidence === 'string' && evidence.startsWith('=') ? evidence : '';
    const links = linksInCell(formula ? '' : evidence, formula, richLinks.get(row) ?? []).map((l) =>
      parseLink(l, allowedHosts),
    );
    const explanation = String(r.explanation ?? '').trim();
    out.push({
      opd,
      indicator,
      row,
      columns: table.columns,
      active: String(r.assignment ?? ACTIVE).trim() === ACTIVE || r.assignment === '',
      levelCell: r.level ?? '',
      level: reading.ok ? reading.level : null,
      ...(reading.ok ? {} : { levelProblem: reading.problem }),
      explanation,
      links,
      declaredKind: String(r.evidenceKind ?? '').trim(),
      verification: String(r.verification ?? '')
        .trim()
        .toLowerCase(),
      verifierNote: String(r.verifierNote ?? '').trim(),
      editedAt: r.editedAt ?? '',
      fingerprint: JSON.stringify([
        String(r.level ?? ''),
        explanation,
        String(evidence),
        String(r.evidenceKind ?? ''),
      ]),
    });
  }
  return out;
}

/** What the verifier asked to revise, and what the row held then (kept between checks). */
export type RevisionMemory = ReadonlyMap<string, { fingerprint: string; since: string }>;

function entryKey(e: Entry): string {
  return `${e.opd.code}|${e.indicator.code}`;
}

/** Kinds of evidence a file's type shows, beside the kind the OPD declared. */
function kindsOf(fact: EvidenceFact | undefined): string[] {
  if (fact?.status !== 'ok') return [];
  if (fact.mimeType.startsWith('image/')) return ['Tangkapan layar'];
  if (fact.mimeType.startsWith('video/')) return ['URL/demo aplikasi'];
  if (fact.mimeType === FOLDER_MIME) return [];
  return ['Dokumen'];
}

interface FindingsInput {
  readonly entries: readonly Entry[];
  readonly facts: ReadonlyMap<string, EvidenceFact>;
  readonly rules: readonly EvidenceRule[];
  readonly settings: CheckSettings;
  /** Verified level per indicator code (Penilaian), when known. */
  readonly verified: ReadonlyMap<string, number>;
  readonly revisions: RevisionMemory;
  readonly today: string;
}

interface FindingsResult {
  readonly findings: Finding[];
  readonly revisions: Map<string, { fingerprint: string; since: string }>;
}

/** Every finding for every active entry, worst first, then by OPD tab and row. */
export function findingsFor(input: FindingsInput): FindingsResult {
  const findings: Finding[] = [];
  const revisions = new Map<string, { fingerprint: string; since: string }>();
  const active = input.entries.filter((e) => e.active);
  const add = (e: Entry, severity: Severity, col: OpdCol, [problem, fix]: string[]) => {
    findings.push({
      severity,
      opd: e.opd.code,
      tab: e.opd.tab,
      indicator: e.indicator.code,
      row: e.row,
      col: e.columns.get(col) ?? 1,
      problem: problem ?? '',
      fix: fix ?? '',
    });
  };
  const factFor = (id: string): EvidenceFact | undefined => {
    const fact = input.facts.get(id);
    return fact?.shortcutTarget ? (input.facts.get(fact.shortcutTarget) ?? fact) : fact;
  };

  // Which indicators (and aspects) each file backs, for files reused across aspects.
  const usesOfFile = new Map<string, Entry[]>();
  for (const e of active) {
    for (const l of e.links) if (l.id) usesOfFile.set(l.id, [...(usesOfFile.get(l.id) ?? []), e]);
  }

  for (const e of active) {
    if (e.levelProblem) add(e, 'galat', 'level', checkText.levelInvalid(e.levelProblem));
    else if (e.level === null) add(e, 'galat', 'level', checkText.levelMissing());
    if (e.explanation === '') add(e, 'galat', 'explanation', checkText.explanationMissing());
    else if (e.explanation.length < input.settings.minExplanationChars) {
      add(e, 'peringatan', 'explanation', checkText.explanationShort(e.explanation.length));
    }
    if (e.links.length === 0) add(e, 'galat', 'evidence', checkText.evidenceMissing());

    const usable: EvidenceFact[] = [];
    for (const link of e.links) {
      if (link.kind === 'not-a-link') add(e, 'galat', 'evidence', checkText.notALink(link.text));
      else if (link.kind === 'other-site')
        add(e, 'peringatan', 'evidence', checkText.otherSite(link.host ?? ''));
      else if (link.kind === 'published-form')
        add(e, 'peringatan', 'evidence', checkText.publishedForm());
      else if (link.kind === 'drive-no-id') add(e, 'galat', 'evidence', checkText.driveWithoutId());
      if (!link.id || !input.settings.driveChecked) continue;
      const fact = factFor(link.id);
      if (!fact) continue;
      if (fact.status === 'not-found') add(e, 'galat', 'evidence', checkText.notFound());
      else if (fact.status === 'no-access') add(e, 'galat', 'evidence', checkText.noAccess());
      else if (fact.status === 'error')
        add(e, 'info', 'evidence', checkText.notCheckedYet(fact.detail));
      else if (fact.trashed) add(e, 'galat', 'evidence', checkText.trashed());
      else if (fact.mimeType === FOLDER_MIME && fact.folderEmpty === true)
        add(e, 'galat', 'evidence', checkText.folderEmpty());
      else {
        if (fact.sharing === 'restricted') add(e, 'galat', 'evidence', checkText.restricted());
        else if (fact.sharing === 'domain') add(e, 'galat', 'evidence', checkText.domainOnly());
        const day = fact.modified.slice(0, 10);
        const { windowStart, windowEnd } = input.settings;
        if (day && windowStart && windowEnd && (day < windowStart || day > windowEnd)) {
          add(e, 'peringatan', 'evidence', checkText.outsideWindow(day, windowStart, windowEnd));
        }
        usable.push(fact);
      }
    }

    // What the claimed level needs, once the links themselves are sound (their fix comes first)
    // and Drive has answered for each of them.
    const linkErrors = findings.some(
      (f) =>
        f.severity === 'galat' &&
        f.tab === e.opd.tab &&
        f.row === e.row &&
        f.col === (e.columns.get('evidence') ?? 0),
    );
    const unanswered =
      input.settings.driveChecked &&
      e.links.some((l) => l.id && (factFor(l.id)?.status ?? 'error') === 'error');
    if (e.level !== null && e.links.length > 0 && !linkErrors && !unanswered) {
      const level = e.level;
      const counted = input.settings.driveChecked
        ? usable.length
        : e.links.filter((l) => l.id).length;
      const kinds = new Set([e.declaredKind, ...usable.flatMap(kindsOf)].filter(Boolean));
      const applicable = input.rules.filter(
        (r) => r.indicators.includes(e.indicator.no) && level >= r.fromLevel,
      );
      // The strictest count once; each missing kind once.
      const strictest = applicable.reduce<EvidenceRule | undefined>(
        (best, r) => (!best || r.minLinks > best.minLinks ? r : best),
        undefined,
      );
      if (strictest && counted < strictest.minLinks) {
        add(
          e,
          'peringatan',
          'evidence',
          checkText.tooFewLinks(level, counted, strictest.minLinks, strictest.explanation),
        );
      }
      for (const rule of applicable) {
        if (rule.kinds.length > 0 && !rule.kinds.some((k) => kinds.has(k))) {
          add(
            e,
            'peringatan',
            'evidenceKind',
            checkText.wrongKinds(level, rule.kinds, rule.explanation),
          );
        }
      }
    }

    // The same file behind indicators of another aspect.
    const others = new Set<string>();
    for (const link of e.links) {
      for (const other of link.id ? (usesOfFile.get(link.id) ?? []) : []) {
        if (other.indicator.aspect !== e.indicator.aspect) others.add(other.indicator.code);
      }
    }
    if (others.size > 0) add(e, 'peringatan', 'evidence', checkText.sharedFile([...others].sort()));

    // Verification.
    if (e.verification === 'perlu revisi') {
      if (e.verifierNote === '') add(e, 'galat', 'verifierNote', checkText.revisionWithoutNote());
      const before = input.revisions.get(entryKey(e));
      const since = before && before.fingerprint === e.fingerprint ? before.since : input.today;
      revisions.set(entryKey(e), {
        fingerprint:
          before && before.fingerprint === e.fingerprint ? before.fingerprint : e.fingerprint,
        since,
      });
      if (before && before.fingerprint === e.fingerprint && before.since < input.today)
        add(e, 'peringatan', 'level', checkText.revisionStale(before.since));
    }
    const edited = dayOfStamp(e.editedAt);
    if (input.settings.deadline && edited && edited > input.settings.deadline) {
      add(
        e,
        'peringatan',
        'editedAt',
        checkText.editedAfterDeadline(edited, input.settings.deadline),
      );
    }
    const verified = input.verified.get(e.indicator.code);
    if (e.level !== null && verified !== undefined && e.level > verified)
      add(e, 'peringatan', 'level', checkText.aboveVerified(e.level, verified));
  }

  // Co-owners who claim different levels.
  const byIndicator = new Map<string, Entry[]>();
  for (const e of active)
    if (e.level !== null)
      byIndicator.set(e.indicator.code, [...(byIndicator.get(e.indicator.code) ?? []), e]);
  for (const group of byIndicator.values()) {
    if (new Set(group.map((e) => e.level)).size < 2) continue;
    const claims = group.map((e) => `${e.opd.code} ${e.level}`).join(', ');
    for (const e of group) add(e, 'peringatan', 'level', checkText.claimsDiffer(claims));
  }

  findings.sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      a.tab.localeCompare(b.tab) ||
      a.row - b.row ||
      a.col - b.col,
  );
  return { findings, revisions };
}

/** The cell a finding is about, as Tab!F5. */
export function findingCell(f: Finding): string {
  return `${f.tab}!${columnLetter(f.col)}${f.row}`;
}
