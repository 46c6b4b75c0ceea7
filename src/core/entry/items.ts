import type { Level } from '../catalogue/types';
import type { Exact } from '../kernel/values';
import { ITEM_STATUS_WORDS, VERIFICATION_VALUES } from './words';

/**
 * Evidence items (butir) and how an indicator's self-assessed value follows them (Pemdi).
 *
 * An item's status is not typed: it follows the item's row, in the words Pemda already use —
 * diterima or revisi once the verifier judged it (Status verifikasi), proses while its evidence
 * waits for the verifier (anything typed in the evidence cell, as the indicator's Status
 * counts evidence: the check judges what it is), draf when only a note is written (spaces are
 * no note), belum before anything. So no one can mark their own item accepted, and the status
 * is always what the row shows.
 */
export type ItemStatus = (typeof ITEM_STATUS_WORDS)[number];

export function itemStatus(item: {
  readonly verification: string;
  /** The links cell as typed. */
  readonly evidence: string;
  /** Trimmed. */
  readonly explanation: string;
}): ItemStatus {
  const [none, draft, pending, accepted, revision] = ITEM_STATUS_WORDS;
  if (item.verification === VERIFICATION_VALUES[2]) return accepted;
  if (item.verification === VERIFICATION_VALUES[1]) return revision;
  // Only a link waits for the verifier: "lihat map biru" is words, not yet evidence to judge.
  if (item.evidence.includes(LINK_MARK)) return pending;
  return item.evidence.trim() === '' && item.explanation === '' ? none : draft;
}

/** What makes a butir's text a link to judge, in the Status formula (SEARCH) and here alike. */
export const LINK_MARK = '://';

/** Whether the verifier accepted an item. */
export function isAccepted(item: { readonly status: ItemStatus }): boolean {
  return item.status === ITEM_STATUS_WORDS[3];
}

/**
 * Where the Mandiri value comes from (Pengaturan): `tertinggi`, the highest level whose items
 * are all accepted, continuously from level 1; `rata-rata`, that level plus the accepted share
 * of the next level's items (levels are cumulative, so a later level's items count only once
 * every level below is complete: level 1 complete and 1 of 6 items of level 2 accepted is
 * 7/6); `langsung`, the level the OPD typed.
 */
export const ITEM_RULES = ['tertinggi', 'rata-rata', 'langsung'] as const;
export type ItemRule = (typeof ITEM_RULES)[number];

export function itemRuleOf(text: string): ItemRule | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, '-');
  return (ITEM_RULES as readonly string[]).includes(t) ? (t as ItemRule) : undefined;
}

interface LevelCount {
  readonly items: number;
  readonly done: number;
}

/** Per level 1..5: how many items it has and how many of them satisfy `done`. */
function countsByLevel<T extends { readonly level: Level }>(
  items: readonly T[],
  done: (item: T) => boolean,
): LevelCount[] {
  return [1, 2, 3, 4, 5].map((level) => {
    const of = items.filter((i) => i.level === level);
    return { items: of.length, done: of.filter(done).length };
  });
}

/** Levels complete from level 1 on: each has items, and every one of them is done. */
export function completeLevels<T extends { readonly level: Level }>(
  items: readonly T[],
  done: (item: T) => boolean,
): number {
  const counts = countsByLevel(items, done);
  const firstIncomplete = counts.findIndex((c) => c.items === 0 || c.done < c.items);
  return firstIncomplete < 0 ? counts.length : firstIncomplete;
}

/**
 * The value the items give under `rule` (not `langsung`), exactly; null while level 1 is not
 * complete — nothing is proven yet, and the index counts it 1 as it counts a blank.
 */
function valueFromItems(
  items: readonly { readonly level: Level; readonly status: ItemStatus }[],
  rule: Exclude<ItemRule, 'langsung'>,
): Exact | null {
  const complete = completeLevels(items, isAccepted);
  if (complete === 0) return null;
  const next = countsByLevel(items, isAccepted)[complete];
  if (rule === 'tertinggi' || !next || next.items === 0) return { num: complete, den: 1 };
  return { num: complete * next.items + next.done, den: next.items };
}

/** The Mandiri value an indicator's item rows give under `rule`, as a number; archived rows do not count. */
export function mandiriFromItems(
  rows: readonly {
    readonly active: boolean;
    readonly item: { readonly level: Level };
    readonly status: ItemStatus;
  }[],
  rule: Exclude<ItemRule, 'langsung'>,
): number | null {
  const value = valueFromItems(
    rows.filter((r) => r.active).map((r) => ({ level: r.item.level, status: r.status })),
    rule,
  );
  return value === null ? null : value.num / value.den;
}
