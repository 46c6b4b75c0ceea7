import { fieldPanelText } from './field-panel-text';
import { type FieldKey, wordsOf } from './fields';

/**
 * How the panel labels a field, and an evidence item's own one ("Tautan bukti P01.2.a"); a
 * field the panel has no words for is labelled by its column header.
 */
export function panelWordsOf(key: FieldKey): {
  readonly label: string;
  readonly item?: (code: string) => string;
} {
  const words: Partial<Record<FieldKey, { label: string; item?: (code: string) => string }>> =
    fieldPanelText;
  return words[key] ?? { label: wordsOf(key).header };
}

/** How the panel names a field in a short list (a conflict's rows): "Data dukung". */
export function shortNameOf(key: FieldKey, item?: string): string {
  const words = wordsOf(key);
  const short = words.aliases?.[0] ?? words.header;
  return item ? (panelWordsOf(key).item?.(item) ?? `${short} ${item}`) : short;
}
