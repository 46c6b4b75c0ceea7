/**
 * One recorder per file, whatever the number of admins: the file remembers whose triggers
 * record (its owner and the ids of the edit and change triggers). A trigger that is not the
 * remembered one does nothing, so two admins who both installed one never log an edit twice,
 * and an admin can take the recording over from a colleague whose trigger they cannot see or
 * delete. The change trigger records what an edit trigger never sees (R19): rows, columns
 * and tabs inserted or deleted.
 */
export const RECORDER_PROPERTY = 'spbe.recorder';

interface RecorderMark {
  readonly by: string;
  readonly trigger: string;
  /** The change trigger's id (absent in a file set up by a release without one). */
  readonly changeTrigger?: string;
  readonly since: string;
}

export function readRecorderMark(raw: string | null): RecorderMark | undefined {
  if (!raw) return undefined;
  try {
    const m = JSON.parse(raw) as Partial<RecorderMark>;
    if (!m.by || !m.trigger) return undefined;
    return {
      by: m.by,
      trigger: m.trigger,
      ...(m.changeTrigger ? { changeTrigger: m.changeTrigger } : {}),
      since: m.since ?? '',
    };
  } catch {
    return undefined;
  }
}

/** Whether an edit event's trigger is the file's recorder. */
export function isRecorder(mark: RecorderMark | undefined, triggerUid: string): boolean {
  return mark !== undefined && mark.trigger === triggerUid;
}

/** Whether a change event's trigger is the file's recorder of structural changes. */
export function isChangeRecorder(mark: RecorderMark | undefined, triggerUid: string): boolean {
  return mark?.changeTrigger !== undefined && mark.changeTrigger === triggerUid;
}

/**
 * What installing means for `me`, given the file's mark and the ids of my own recorder
 * triggers on this file: nothing to do, take over from someone else, or install (again) —
 * also when a recorder of an earlier release has no change trigger yet.
 */
export function installStep(
  mark: RecorderMark | undefined,
  me: string,
  mine: readonly string[],
): 'installed' | 'take-over' | 'install' {
  if (
    mark?.by === me &&
    mine.includes(mark.trigger) &&
    mark.changeTrigger !== undefined &&
    mine.includes(mark.changeTrigger)
  )
    return 'installed';
  if (mark && mark.by !== me) return 'take-over';
  return 'install';
}
