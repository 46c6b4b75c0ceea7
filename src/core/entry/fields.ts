import { fieldText } from './field-text';
import { VERIFICATION_VALUES } from './words';

/** The kinds of evidence an OPD may declare for an indicator (Jenis bukti). */
const EVIDENCE_KINDS = [
  'Perwali/Perbup/Perda',
  'SK',
  'SOP',
  'Dokumen',
  'Tangkapan layar',
  'URL/demo aplikasi',
  'Laporan',
  'Lainnya',
] as const;

/**
 * The fields of an entry (an indicator's row, or an evidence item's), each described once:
 * its column on the OPD tab, who types it, what it holds and how it is checked, whether an
 * evidence item has it too, and its words (field-text.ts). The tab's columns, the reading of
 * a row, the save's validation and diff, the RPC payload and the panel's form all follow this
 * list, by the same name from sheet to screen.
 */
export interface EntryField {
  readonly key: string;
  /** OPD staff type it (in their tab or the panel); the verifier (Diskominfo) types it. */
  readonly editedBy: 'opd' | 'verifier';
  /** A level of the indicator's scale, free text, links one per line, or one of a list. */
  readonly type: 'level' | 'text' | 'links' | 'choice';
  readonly maxLength: number;
  readonly choices?: readonly string[];
  /** An evidence item's row has it too (its note and its links). */
  readonly onItems: boolean;
  /** Formatted as plain text on the tab, so nothing typed is read as a number or a date. */
  readonly plainText: boolean;
  /** Its width on the tab, in pixels. */
  readonly width: number;
  /** What a new row holds before anyone types (the verifier's "belum diperiksa"). */
  readonly initial?: string;
}

export const ENTRY_FIELDS = [
  {
    key: 'level',
    editedBy: 'opd',
    type: 'level',
    maxLength: 100,
    onItems: false,
    plainText: false,
    width: 150,
  },
  {
    key: 'explanation',
    editedBy: 'opd',
    type: 'text',
    maxLength: 5000,
    onItems: true,
    plainText: true,
    width: 300,
  },
  {
    key: 'evidence',
    editedBy: 'opd',
    type: 'links',
    maxLength: 5000,
    onItems: true,
    plainText: true,
    width: 280,
  },
  {
    key: 'evidenceKind',
    editedBy: 'opd',
    type: 'choice',
    maxLength: 100,
    choices: EVIDENCE_KINDS,
    onItems: false,
    plainText: false,
    width: 140,
  },
  {
    key: 'verification',
    editedBy: 'verifier',
    type: 'choice',
    maxLength: 100,
    choices: VERIFICATION_VALUES,
    initial: VERIFICATION_VALUES[0],
    onItems: false,
    plainText: false,
    width: 120,
  },
  {
    key: 'verifierNote',
    editedBy: 'verifier',
    type: 'text',
    maxLength: 2000,
    onItems: false,
    plainText: true,
    width: 200,
  },
] as const satisfies readonly EntryField[];

type Field = (typeof ENTRY_FIELDS)[number];
export type FieldKey = Field['key'];
/** What OPD staff fill: the panel's form and the save. */
export type OpdFieldKey = Extract<Field, { editedBy: 'opd' }>['key'];
/** What an evidence item's row holds of those. */
export type ItemFieldKey = Extract<Field, { onItems: true }>['key'];
/** A field's value between the panel and the server: a level or nothing, else text. */
type FieldValue<K extends FieldKey> = K extends 'level' ? number | null : string;

/** Every field of one entry, as the panel shows it. */
export type EntryValues = { readonly [K in FieldKey]: FieldValue<K> };
/** One entry's values as the panel sends them. */
export type EntryInput = { readonly [K in OpdFieldKey]: FieldValue<K> };
/** One evidence item's values as the panel sends them. */
export type ItemInput = { readonly [K in ItemFieldKey]: string };

export const OPD_FIELDS: readonly EntryField[] = ENTRY_FIELDS.filter((f) => f.editedBy === 'opd');
export const ITEM_FIELDS: readonly EntryField[] = ENTRY_FIELDS.filter((f) => f.onItems);

/** A field's words in the workbook: its header (and older ones), and the sheet's help. */
export function wordsOf(key: FieldKey): {
  readonly header: string;
  readonly aliases?: readonly string[];
  readonly help: string;
} {
  return fieldText[key];
}

/** How a message names a field: its short header ("Penjelasan"), on an item "… butir P01.2.a". */
function nameOf(field: EntryField, item?: string): string {
  const short =
    wordsOf(field.key as FieldKey).aliases?.[0] ?? wordsOf(field.key as FieldKey).header;
  return item ? fieldText.onItem(short, item) : short;
}

/** What a value breaks of its field's rule, said plainly; empty when it holds. */
export function fieldProblems(field: EntryField, value: unknown, item?: string): string[] {
  if (field.type === 'level')
    return value === null || (Number.isInteger(value) && Number(value) >= 1 && Number(value) <= 5)
      ? []
      : [fieldText.badLevel()];
  const text = String(value ?? '');
  if (text.length > field.maxLength)
    return [fieldText.tooLong(nameOf(field, item), field.maxLength)];
  if (field.choices && text !== '' && !field.choices.includes(text))
    return [fieldText.notAChoice(nameOf(field, item), text)];
  return [];
}
