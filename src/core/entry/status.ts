/** One answer to "is this indicator lengkap", the same in every view (completeness.ts). */
export type EntryStatusKey =
  | 'empty'
  | 'incomplete'
  | 'toFix'
  | 'revision'
  | 'unchecked'
  | 'accepted'
  | 'done';

export interface EntryStatus {
  readonly key: EntryStatusKey;
  readonly label: string;
  readonly done: boolean;
}
