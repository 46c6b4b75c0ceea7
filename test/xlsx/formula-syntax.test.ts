import { fromFileFormula, toFileFormula } from '../../src/xlsx/formula-syntax';

/** Formulas between Sheets' syntax (`;`, leading `=`) and an .xlsx file's (`,`, no `=`). */
describe('formula syntax in an .xlsx file', () => {
  it.each([
    ['=IF(A1="";"–";A1)', 'IF(A1="","–",A1)'],
    // Separators inside a string literal stay, also next to a doubled quote.
    ['=CONCATENATE("a; b";"say ""x; y""";B2)', 'CONCATENATE("a; b","say ""x; y""",B2)'],
    // …and inside a quoted sheet name, with its doubled apostrophe.
    [
      "=COUNTIFS('Bag; Umum'!A:A;\"P01.1.*\";'Dinas Ku''s'!M:M;\"aktif\")",
      "COUNTIFS('Bag; Umum'!A:A,\"P01.1.*\",'Dinas Ku''s'!M:M,\"aktif\")",
    ],
  ])('%s is stored as %s and read back unchanged', (sheets, file) => {
    expect(toFileFormula(sheets)).toBe(file);
    expect(fromFileFormula(file)).toBe(sheets);
  });
});
