import { clockFor } from '../../src/cli/commands';
import { opdView } from '../../src/core/actions/panel/opd-view';
import { saveEntry } from '../../src/core/actions/panel/save-entry';
import { setupWorkbook } from '../../src/core/actions/setup/setup';
import { panelWordsOf } from '../../src/core/entry/field-panel';
import type { FieldKey } from '../../src/core/entry/fields';
import { loadContext } from '../../src/core/workbook/context';
import { opdTabKey, TAB } from '../../src/core/workbook/tab-names';
import { MemoryWorkbook } from '../support/memory-workbook';
import { columnOf, rowOf } from '../support/workbook-helpers';

/**
 * A field added to the entry descriptor (here only, as a made-up "Kontak" that OPD staff fill)
 * reaches the tab's columns and validation, the reading of a row, the panel's view, the save's
 * validation, diff and Log — with no other file changed: an entry field is its descriptor,
 * its words and its test. (The sidebar's form makes a control per field by its type.)
 */
jest.mock('../../src/core/entry/field-text', () => {
  const actual = jest.requireActual('../../src/core/entry/field-text');
  return {
    fieldText: {
      ...actual.fieldText,
      contact: {
        header: 'Kontak',
        label: 'Kontak yang dapat ditanya asesor',
        help: 'Nama dan nomor yang dapat dihubungi asesor.',
      },
    },
  };
});
jest.mock('../../src/core/entry/fields', () => {
  const actual = jest.requireActual('../../src/core/entry/fields');
  const contact = {
    key: 'contact',
    editedBy: 'opd',
    type: 'text',
    maxLength: 60,
    onItems: false,
    plainText: true,
    width: 160,
  };
  const all = [...actual.ENTRY_FIELDS, contact];
  return {
    ...actual,
    ENTRY_FIELDS: all,
    OPD_FIELDS: all.filter((f: { editedBy: string }) => f.editedBy === 'opd'),
  };
});

const ADMIN = 'kominfo.admin@example.org';
const YEAR = 2025;
const clock = clockFor(new Date(YEAR, 10, 2, 9, 0));

function setUp() {
  const wb = new MemoryWorkbook(ADMIN);
  setupWorkbook(wb, clock, undefined, {});
  const opd = loadContext(wb, YEAR).opds.find((o) => o.indicators.includes('I01'));
  if (!opd) throw new Error('nobody owns I01');
  return { wb, opd, key: opdTabKey(opd.code) };
}

describe('an entry field that is only its descriptor and its words', () => {
  it('gets its column on the OPD tab, after the inputs, with its own validation', () => {
    const { wb, opd } = setUp();
    const tab = wb.tab(opd.tab);
    const col = columnOf(tab, 'Kontak');
    expect(col).toBeGreaterThan(columnOf(tab, 'Jenis bukti'));
    // The panel labels it by its header until field-panel-text.ts gives it more words.
    expect(panelWordsOf('contact' as FieldKey).label).toBe('Kontak');
    const rules = tab.validations.filter((v) => v.range.col === col);
    expect(rules.map((v) => v.rule)).toEqual([
      { kind: 'text', maxLength: 60, help: 'Nama dan nomor yang dapat dihubungi asesor.' },
    ]);
  });

  it('is shown by the panel, saved with the rest, logged, and held to its length', () => {
    const { wb, opd, key } = setUp();
    const before = opdView(wb, key, 'I01', YEAR).entry;
    expect((before as unknown as Record<string, unknown>)?.contact).toBe('');
    const request = {
      opdKey: key,
      code: 'I01',
      version: before?.version ?? '',
      level: 2,
      explanation: '',
      evidence: '',
      evidenceKind: '',
      contact: 'Budi, 0812 3456 7890',
    };
    const saved = saveEntry(wb, request, YEAR, clock.timestamp);
    if (!saved.ok) throw new Error(saved.message);
    const tab = wb.tab(opd.tab);
    expect(tab.cells[rowOf(tab, 'I01') - 1]?.[columnOf(tab, 'Kontak') - 1]).toBe(
      'Budi, 0812 3456 7890',
    );
    expect((saved.view.entry as unknown as Record<string, unknown>)?.contact).toBe(
      'Budi, 0812 3456 7890',
    );
    const pending = wb.tabList.find((t) => t.name === TAB.log)?.cells ?? [];
    const queued = JSON.stringify([...wb.properties.values()]) + JSON.stringify(pending);
    expect(queued).toMatch(/Kontak/);
    const longer = {
      ...request,
      version: saved.view.entry?.version ?? '',
      contact: 'x'.repeat(61),
    };
    const tooLong = saveEntry(wb, longer, YEAR, clock.timestamp);
    expect(tooLong).toEqual({ ok: false, message: 'Kontak terlalu panjang (maksimal 60 huruf).' });
  });
});
