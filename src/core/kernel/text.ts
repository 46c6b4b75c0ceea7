/** Small helpers for reading what people type into cells. */

export function isBlank(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}

/** Case and spacing do not matter when people name things. */
export function normalizeWords(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Dates cross realms (a Sheets value, a vm context), so `instanceof Date` is not enough. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Bytes of a string in UTF-8, as Apps Script measures a property's size (no TextEncoder there). */
export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
