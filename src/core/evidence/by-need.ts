/** What an OPD's progress shows: its indicators, how many are lengkap, its open findings. */
interface Progress {
  readonly assigned: number;
  readonly complete: number;
  readonly errors: number;
  readonly warnings: number;
}

/**
 * OPDs in the order a coordinator chases them: those with errors first, then the most
 * indicators still owed, then the most errors and warnings; the list's own order among equals.
 * The panel's table and the leaders' report show them so.
 */
export function byNeed<T extends Progress>(opds: readonly T[]): T[] {
  const owed = (o: T) => o.assigned - o.complete;
  return [...opds].sort(
    (a, b) =>
      Number(b.errors > 0) - Number(a.errors > 0) ||
      owed(b) - owed(a) ||
      b.errors - a.errors ||
      b.warnings - a.warnings,
  );
}
