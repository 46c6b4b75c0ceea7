/**
 * One recorder per file, whatever the number of admins: the file remembers whose edit trigger
 * records (its owner and the trigger's id). A trigger that is not the remembered one does
 * nothing, so two admins who both installed one never log an edit twice, and an admin can
 * take the recording over from a colleague whose trigger they cannot see or delete.
 */
export const RECORDER_PROPERTY = 'spbe.recorder';

interface RecorderMark {
  readonly by: string;
  readonly trigger: string;
  readonly since: string;
}

export function readRecorderMark(raw: string | null): RecorderMark | undefined {
  if (!raw) return undefined;
  try {
    const m = JSON.parse(raw) as Partial<RecorderMark>;
    return m.by && m.trigger ? { by: m.by, trigger: m.trigger, since: m.since ?? '' } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether an edit event's trigger is the file's recorder. */
export function isRecorder(mark: RecorderMark | undefined, triggerUid: string): boolean {
  return mark !== undefined && mark.trigger === triggerUid;
}

/**
 * What installing means for `me`, given the file's mark and the ids of my own triggers of the
 * recorder on this file: nothing to do, take over from someone else, or install (again).
 */
export function installStep(
  mark: RecorderMark | undefined,
  me: string,
  mine: readonly string[],
): 'installed' | 'take-over' | 'install' {
  if (mark?.by === me && mine.includes(mark.trigger)) return 'installed';
  if (mark && mark.by !== me) return 'take-over';
  return 'install';
}
