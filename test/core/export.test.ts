import { parseCsv } from '../../src/cli/csv';
import {
  csvField,
  exportCells,
  toCsv,
  toMarkdown,
} from '../../src/core/actions/export/export-rows';
import { isFormula } from '../../src/core/workbook/port';

describe('exports neutralise formula injection', () => {
  it.each(['=HYPERLINK("http://evil.example";"klik")', '+62 812 3456', '-1+1', '@SUM(A1)', '\t=1'])(
    'CSV: %s is prefixed with a quote',
    (text) => {
      expect(csvField(text).replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );

  it('keeps commas, quotes and newlines inside one CSV field, readable back', () => {
    const csv = toCsv([
      {
        code: 'I01',
        name: 'Nama, "kutip"',
        level: 3,
        opd: 'Diskominfo',
        explanation: '=CMD()\nbaris dua',
        evidence: ['https://a', 'https://b'],
      },
    ]);
    const [header, row] = parseCsv(csv);
    expect(header).toEqual(['Kode', 'Indikator', 'Tingkat', 'OPD', 'Penjelasan', 'Data dukung']);
    expect(row).toEqual([
      'I01',
      'Nama, "kutip"',
      '3',
      'Diskominfo',
      "'=CMD()\nbaris dua",
      'https://a\nhttps://b',
    ]);
  });

  it('the Ekspor tab: texts as typed, as values (never a Formula, so written as text)', () => {
    const [, row] = exportCells([
      {
        code: 'I01',
        name: 'x',
        level: 2,
        opd: '=OPD',
        explanation: '=IMPORTXML("http://evil")',
        evidence: ['+1'],
      },
    ]);
    expect(row).toEqual(['I01', 'x', 2, '=OPD', '=IMPORTXML("http://evil")', '+1']);
    expect(row?.some(isFormula)).toBe(false);
  });

  it('Markdown: text cannot break the table or inject HTML', () => {
    const md = toMarkdown([
      {
        code: 'I01',
        name: 'a | b',
        level: '',
        opd: 'X',
        explanation: '<script>x</script>',
        evidence: [],
      },
    ]);
    expect(md).toContain('| I01 | a \\| b |  | X | &lt;script&gt;x&lt;/script&gt; |  |');
  });
});
