import { decimalText } from './decimal';
import { isDate } from './text';

/**
 * How a message names a value and a place: the two phrasings every part of core shares, so a
 * value typed in a cell reads the same in a catalogue error, a custom function's error and a
 * check finding. The kernel's words are the only text module every folder may use.
 */
export const kernelText = {
  /** A cell value as a person recognises it in a message. */
  shown(value: unknown): string {
    if (typeof value === 'string')
      return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
    // As typed, every decimal kept: a message about decimals must show them.
    if (typeof value === 'number') return decimalText(value);
    if (typeof value === 'boolean') return `${value ? 'TRUE' : 'FALSE'} (nilai centang)`;
    if (isDate(value)) {
      const d = value as Date;
      return Number.isNaN(d.getTime())
        ? 'sebuah tanggal'
        : `tanggal ${d.toISOString().slice(0, 10)}`;
    }
    if (value === null || value === undefined) return 'sel kosong';
    return `'${String(value)}'`;
  },
  atPlace(where: string, problem: string): string {
    return where ? `${where}: ${problem}` : problem;
  },
};

/**
 * The add-on's menu items that messages send people to, named once: the menu shows these
 * labels, and every sentence that says "choose …" quotes them, so a renamed item cannot leave
 * a message pointing at an item that is not there.
 */
export const MENU_WORDS = {
  root: 'SPBE',
  diskominfo: 'Diskominfo',
  setup: 'Siapkan / perbarui workbook',
  check: 'Cek kelengkapan',
};
const DISKOMINFO_PATH = `${MENU_WORDS.root} › ${MENU_WORDS.diskominfo} ›`;
export const MENU_PATH = {
  diskominfo: DISKOMINFO_PATH,
  setup: `${DISKOMINFO_PATH} ${MENU_WORDS.setup}`,
  check: `${DISKOMINFO_PATH} ${MENU_WORDS.check}`,
};
