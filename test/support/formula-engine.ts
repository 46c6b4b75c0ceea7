// The evaluator lives with the workbook code (the .xlsx adapter caches formula results with it).
export { FormulaEngine, type FormulaWorkbook } from '../../src/xlsx/formula-engine';
export { FormulaError } from '../../src/xlsx/formula-values';
