import { LEVEL_SEPARATORS } from '../catalogue/levels';

/**
 * levels.ts readLevel as a spreadsheet formula: what an OPD tab's Tingkat cell counts as —
 * the level 1–5, or "" (not a level: counted 1, belum dinilai). `names` are the five level
 * names of the indicator's scale. TRIM(CLEAN(…)) is sheetsTrim; the number is the first
 * character, and text longer than one character must be "N – Name" with level N's name.
 */
export function countedLevelFormula(cell: string, names: readonly string[]): string {
  const t = `TRIM(CLEAN(${cell}))`;
  const digit = `VALUE(LEFT(${t};1))`;
  const quoted = names.map((n) => `"${n.toLowerCase().replace(/"/g, '""')}"`).join(';');
  const named = LEVEL_SEPARATORS.map(
    (sep) => `LOWER(${t})=LEFT(${t};1)&"${sep}"&CHOOSE(${digit};${quoted})`,
  ).join(';');
  const whole = `IF(AND(${cell}>=1;${cell}<=5;INT(${cell})=${cell});${cell};"")`;
  return (
    `IF(LEN(${t})=0;"";IF(ISNUMBER(${cell});${whole};` +
    `IFERROR(IF(OR(LEN(${t})=1;${named});IF(AND(${digit}>=1;${digit}<=5);${digit};"");"");"")))`
  );
}
