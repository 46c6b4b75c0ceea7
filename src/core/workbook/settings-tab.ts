import {
  frameworkChoices,
  frameworkForYear,
  frameworkIds,
  resolveCatalogue,
} from '../catalogue/registry';
import type { Catalogue } from '../catalogue/types';
import { ITEM_RULES, type ItemRule, itemRuleOf } from '../entry/items';
import { decimalToCents } from '../kernel/decimal';
import { InputError } from '../kernel/errors';
import { normalizeWords } from '../kernel/text';
import { box } from './a1';
import { type ColumnSpec, readKeyedTable } from './keyed-table';
import { PALETTE } from './palette';
import type { Cell, TabContent, TabRender } from './port';
import { settingsText } from './settings-text';
import { workbookText } from './workbook-text';

/** The evaluation's settings, on the admin-only Pengaturan tab. */
export interface Settings {
  readonly framework: string;
  readonly year: number;
  readonly pemda: string;
  readonly admins: readonly string[];
  readonly targetIndexCents: number;
  /** Last year's published index (Kendari: 2,01), in cents; null when not entered. */
  readonly lastYearIndexCents: number | null;
  /** The instrument last year's index was measured with (2025: spbe-2020). */
  readonly lastYearFramework: string;
  readonly targetLevel: number;
  /** How an indicator's Mandiri value follows its evidence items (Pemdi; see items.ts). */
  readonly itemRule: ItemRule;
  /** Evidence modified outside this window (YYYY-MM-DD) is flagged by the check. */
  readonly windowStart: string;
  readonly windowEnd: string;
  /** Last day of self-assessment (YYYY-MM-DD), or '' when not set. */
  readonly deadline: string;
  /** Hosts whose links count as Drive evidence. */
  readonly allowedHosts: readonly string[];
  /** After the deadline: OPD input columns editable by admins only. */
  readonly locked: boolean;
  /** When the lock was set ('YYYY-MM-DD HH:mm'), so PICs read since when; '' when open. */
  readonly lockedSince: string;
  /** The paper the workbook's pages are laid out for (.xlsx, the report's PDF). */
  readonly paper: Paper;
}

/** A4, or F4 (Folio, 21,5 × 33 cm), on which many Indonesian offices print. */
const PAPERS = ['A4', 'F4'] as const;
export type Paper = (typeof PAPERS)[number];

type Col = 'name' | 'value' | 'note';
const COLUMNS: readonly ColumnSpec<Col>[] = [
  { key: 'name', header: 'Pengaturan', width: 200 },
  { key: 'value', header: 'Nilai', width: 260 },
  { key: 'note', header: 'Keterangan', width: 520 },
];

type Key =
  | 'framework'
  | 'year'
  | 'pemda'
  | 'admins'
  | 'targetIndex'
  | 'lastYearIndex'
  | 'lastYearFramework'
  | 'targetLevel'
  | 'itemRule'
  | 'windowStart'
  | 'windowEnd'
  | 'deadline'
  | 'allowedHosts'
  | 'locked'
  | 'lockedSince'
  | 'paper';
/** The rows of Pengaturan, in order (labels and notes in settings-text). */
const ROWS: readonly { key: Key; label: string; note: string }[] = (
  [
    'pemda',
    'framework',
    'year',
    'admins',
    'targetIndex',
    'lastYearIndex',
    'lastYearFramework',
    'targetLevel',
    'itemRule',
    'windowStart',
    'windowEnd',
    'deadline',
    'allowedHosts',
    'locked',
    'lockedSince',
    'paper',
  ] as const
).map((key) => {
  const { label, note } = settingsText.rows[key];
  return { key, label, note: typeof note === 'function' ? note(frameworkChoices()) : note };
});

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

export function defaultSettings(year: number, admin: string): Settings {
  return {
    framework: frameworkForYear(year),
    year,
    pemda: 'Kota Kendari',
    admins: admin ? [admin] : [],
    targetIndexCents: 300,
    lastYearIndexCents: null,
    lastYearFramework: frameworkForYear(year - 1),
    targetLevel: 3,
    itemRule: 'tertinggi',
    windowStart: `${year - 1}-01-01`,
    windowEnd: `${year}-12-31`,
    deadline: '',
    allowedHosts: ['drive.google.com', 'docs.google.com'],
    locked: false,
    lockedSince: '',
    paper: 'A4',
  };
}

/** A date as typed (a Date cell, or text) → YYYY-MM-DD in the runtime's time zone, or undefined. */
function dayOf(value: Cell | undefined): string | undefined {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    // A typed date is midnight in the sheet's time zone; the script's zone may be an hour or
    // two off (WIB, WITA, WIT): the nearest midnight is the day that was typed.
    const d = new Date((value as Date).getTime() + 12 * 3600_000);
    if (Number.isNaN(d.getTime())) return undefined;
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  const text = String(value ?? '').trim();
  const iso = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$/.exec(text);
  // Typed the Indonesian way into a plain-text cell: 31/12/2026 or 31-12-2026.
  const local = /^([0-9]{1,2})[/-]([0-9]{1,2})[/-]([0-9]{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : [];
  if (!y || !m || !d || Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31)
    return undefined;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** A time stamp as written by the add-on ('YYYY-MM-DD HH:mm'), also when Sheets made it a Date. */
function stampOf(value: Cell | undefined): string {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    if (Number.isNaN(d.getTime())) return '';
    const two = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
  }
  return String(value ?? '').trim();
}

/** Reads Pengaturan; a missing row takes its default; a wrong value is refused with its row. */
/** How one setting is read: its value (undefined when blank), and where to point a problem. */
interface SettingReader {
  value(key: Key): Cell | undefined;
  where(key: Key): string;
  problems: string[];
}

export function readSettings(content: TabContent | undefined, defaults: Settings): Settings {
  const table = readKeyedTable(content, COLUMNS, 'name', (c) => normalizeWords(String(c)));
  if (!table) return defaults;
  const label = (key: Key) => ROWS.find((r) => r.key === key)?.label ?? '';
  const read: SettingReader = {
    value: (key) => {
      const v = table.rows.get(normalizeWords(label(key)))?.value;
      return v === undefined || v === '' ? undefined : v;
    },
    where: (key) => `Pengaturan, baris "${label(key)}"`,
    problems: [],
  };
  const { value } = read;
  const numbers = readNumbers(read, defaults);
  const admins = listOf(value('admins'), defaults.admins);
  const badEmails = admins.filter((e) => !EMAIL.test(e));
  if (badEmails.length > 0)
    read.problems.push(
      `${read.where('admins')}: ${badEmails.map((e) => `'${e}'`).join(', ')} bukan alamat email`,
    );
  const ruleValue = value('itemRule');
  const itemRule = ruleValue === undefined ? defaults.itemRule : itemRuleOf(String(ruleValue));
  if (itemRule === undefined)
    read.problems.push(`${read.where('itemRule')}: ${settingsText.itemRuleInvalid}`);
  const dates = readDates(read, defaults);
  const paperValue = String(value('paper') ?? defaults.paper)
    .trim()
    .toUpperCase();
  const paper = PAPERS.find((p) => p === paperValue);
  if (!paper) read.problems.push(`${read.where('paper')}: ${settingsText.choiceHelp(PAPERS)}`);
  const result: Settings = {
    framework: readFramework(read, 'framework', defaults.framework),
    ...numbers,
    pemda: String(value('pemda') ?? defaults.pemda),
    admins,
    lastYearFramework: readFramework(read, 'lastYearFramework', defaults.lastYearFramework),
    itemRule: itemRule ?? defaults.itemRule,
    ...dates,
    allowedHosts: listOf(value('allowedHosts'), defaults.allowedHosts),
    locked:
      value('locked') === undefined
        ? defaults.locked
        : ['ya', 'true', 'y'].includes(String(value('locked')).trim().toLowerCase()),
    lockedSince: stampOf(value('lockedSince')),
    paper: paper ?? defaults.paper,
  };
  if (read.problems.length > 0) {
    // Said in the tab's order, top to bottom, as the admin reads it.
    const rank = (p: string) => ROWS.findIndex((r) => p.startsWith(read.where(r.key)));
    throw new InputError(
      settingsText.invalid([...read.problems].sort((a, b) => rank(a) - rank(b))),
    );
  }
  return result;
}

/** A list typed with commas, semicolons or spaces, in lower case. */
function listOf(v: Cell | undefined, fallback: readonly string[]): readonly string[] {
  if (v === undefined) return fallback;
  return String(v)
    .split(/[,;\s]+/)
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
}

/** An instrument named by its id or what people call it. */
function readFramework(read: SettingReader, key: Key, fallback: string): string {
  const v = read.value(key);
  if (v === undefined) return fallback;
  try {
    return resolveCatalogue(String(v)).id;
  } catch (error) {
    read.problems.push(`${read.where(key)}: ${(error as Error).message}`);
    return fallback;
  }
}

/** The year, the target index and level, and last year's index (a decimal comma is fine). */
function readNumbers(read: SettingReader, defaults: Settings) {
  const { value, where, problems } = read;
  const yearValue = value('year');
  const year = yearValue === undefined ? defaults.year : Number(yearValue);
  if (!Number.isInteger(year) || year < 2018 || year > 2100)
    problems.push(`${where('year')}: ${settingsText.yearInvalid}`);
  const targetValue = value('targetIndex');
  const target =
    targetValue === undefined
      ? defaults.targetIndexCents / 100
      : Number(String(targetValue).replace(',', '.'));
  if (!Number.isFinite(target) || target < 1 || target > 5)
    problems.push(`${where('targetIndex')}: ${settingsText.targetInvalid}`);
  const lastYearValue = value('lastYearIndex');
  const lastYear =
    lastYearValue === undefined ? null : Number(String(lastYearValue).trim().replace(',', '.'));
  if (lastYear !== null && (!Number.isFinite(lastYear) || lastYear < 1 || lastYear > 5))
    problems.push(`${where('lastYearIndex')}: ${settingsText.lastYearInvalid}`);
  const levelValue = value('targetLevel');
  const targetLevel = levelValue === undefined ? defaults.targetLevel : Number(levelValue);
  if (!Number.isInteger(targetLevel) || targetLevel < 1 || targetLevel > 5)
    problems.push(`${where('targetLevel')}: ${settingsText.targetLevelInvalid}`);
  return {
    year,
    targetIndexCents: decimalToCents(target),
    lastYearIndexCents:
      lastYear === null || !Number.isFinite(lastYear) ? null : decimalToCents(lastYear),
    targetLevel,
  };
}

/** The filling window and the deadline, typed as dates or as text. */
function readDates(read: SettingReader, defaults: Settings) {
  const date = (key: 'windowStart' | 'windowEnd' | 'deadline', fallback: string): string => {
    const v = read.value(key);
    if (v === undefined) return fallback;
    const day = dayOf(v);
    if (!day) read.problems.push(`${read.where(key)}: ${settingsText.dateInvalid}`);
    return day ?? fallback;
  };
  const windowStart = date('windowStart', defaults.windowStart);
  const windowEnd = date('windowEnd', defaults.windowEnd);
  const deadline = date('deadline', defaults.deadline);
  if (windowStart > windowEnd)
    read.problems.push(`${read.where('windowStart')}: ${settingsText.windowReversed}`);
  return { windowStart, windowEnd, deadline };
}

/** A drop-down of the values a setting takes, on its Nilai cell. */
function listOn(key: Key, values: readonly string[], help: string) {
  return {
    range: box(5 + ROWS.findIndex((r) => r.key === key), 2),
    rule: { kind: 'list' as const, values, help },
  };
}

/** The sheet row of the Mandiri rule, which Penilaian's formulas read live. */
function itemRuleRow(): number {
  return 5 + ROWS.findIndex((r) => r.key === 'itemRule');
}

/** The label Penilaian's formulas find the Mandiri rule by. */
export const ITEM_RULE_LABEL = settingsText.rows.itemRule.label;

export function renderSettings(settings: Settings, catalogue: Catalogue): TabRender {
  const values: Record<Key, Cell> = {
    pemda: settings.pemda,
    framework: settings.framework,
    year: settings.year,
    admins: settings.admins.join(', '),
    targetIndex: settings.targetIndexCents / 100,
    lastYearIndex: settings.lastYearIndexCents === null ? '' : settings.lastYearIndexCents / 100,
    lastYearFramework: settings.lastYearFramework,
    targetLevel: settings.targetLevel,
    itemRule: settings.itemRule,
    windowStart: settings.windowStart,
    windowEnd: settings.windowEnd,
    deadline: settings.deadline,
    allowedHosts: settings.allowedHosts.join(', '),
    locked: settings.locked ? 'ya' : 'tidak',
    lockedSince: settings.locked ? settings.lockedSince : '',
    paper: settings.paper,
  };
  const cells: Cell[][] = [
    [workbookText.settingsTitle(), '', ''],
    [workbookText.settingsIntro(), '', ''],
    [catalogue.provisional ? (catalogue.note ?? '') : '', '', ''],
    COLUMNS.map((c) => c.header),
    ...ROWS.map((r) => [r.label, values[r.key], r.note]),
  ];
  return {
    cells,
    frozenRows: 4,
    columnWidths: COLUMNS.map((c) => c.width ?? 120),
    styles: [
      { range: box(1, 1), bold: true, fontSize: 14, fontColor: PALETTE.title },
      { range: box(2, 1, 2, 1), italic: true },
      { range: box(4, 1, 1, 3), bold: true, background: PALETTE.header },
      { range: box(5, 3, ROWS.length, 1), wrap: true },
      // Values stay as typed: admins' emails, dates written 31/12/2026, hosts.
      { range: box(5, 2, ROWS.length, 1), numberFormat: '@' },
    ],
    validations: [
      listOn('framework', frameworkIds(), settingsText.choiceHelp(frameworkIds())),
      listOn('lastYearFramework', frameworkIds(), settingsText.choiceHelp(frameworkIds())),
      listOn('locked', ['ya', 'tidak'], settingsText.lockedHelp),
      listOn('paper', PAPERS, settingsText.choiceHelp(PAPERS)),
      {
        range: box(itemRuleRow(), 2),
        rule: { kind: 'list', values: [...ITEM_RULES], help: settingsText.itemRuleHelp },
      },
      {
        range: box(5 + ROWS.findIndex((r) => r.key === 'targetLevel'), 2),
        rule: { kind: 'wholeNumber', min: 1, max: 5, help: settingsText.targetLevelHelp },
      },
    ],
  };
}
