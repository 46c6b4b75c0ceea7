// The evaluator lives with the workbook code (the .xlsx adapter caches formula results with it).
export {
  FormulaEngine,
  FormulaError,
  type FormulaWorkbook,
} from '../../src/xlsx/formula-engine';
