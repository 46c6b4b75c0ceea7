/**
 * When the sidebar next asks which row is selected (issue #15): every 4 s while the user is
 * moving about the sheet, slower the longer nothing changes (a PIC reading an indicator does
 * not need the panel to ask 15 times a minute), never while the sidebar is hidden, and never
 * while a poll is still on its way — the next one is scheduled only after it answers.
 */
const POLL_FAST_MS = 4000;
const POLL_SLOWEST_MS = 32_000;
/** Unchanged polls before each halving of the pace: one minute at the fast pace. */
const CALM_POLLS = 15;

export interface PollPace {
  /** Polls in a row that found nothing new. */
  readonly unchanged: number;
}

export const FRESH_PACE: PollPace = { unchanged: 0 };

/** After a poll: back to the fast pace on a change, one step calmer otherwise. */
export function afterPoll(pace: PollPace, changed: boolean): PollPace {
  return changed ? FRESH_PACE : { unchanged: pace.unchanged + 1 };
}

/** The wait before the next poll: 4 s, then 8, 16 and 32 s after each calm minute's worth. */
export function delayFor(pace: PollPace): number {
  const step = Math.floor(pace.unchanged / CALM_POLLS);
  return Math.min(POLL_FAST_MS * 2 ** step, POLL_SLOWEST_MS);
}
