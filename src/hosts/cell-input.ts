/**
 * WritePlan values -> what `range.values` (Office.js) or `Range.Value2` (WPS) must receive so the
 * spreadsheet stores exactly that value; shared by both hosts, which both treat assignment as typing.
 *
 * Office.js treats a cell assignment like typing: null leaves the cell unchanged (so "clear" must be
 * ""), text that starts with "=", "+", "-" or "@" is taken as a formula, and numeric-, percent-,
 * boolean- or date-looking text is converted to a number/boolean/date. WritePlan strings are always
 * literal text (formulas are FormulaWrite, written as their "=..." text), so text Excel would
 * reinterpret gets the apostrophe prefix, which Excel stores as a text marker (the cell's
 * prefixCharacter) and does not show — the documented way to type formula-like text as text. The
 * alternative, number format "@" on those cells first, was not taken: it would change the cell's
 * format, which the scorer sets for its own reasons and undo would then have to restore too.
 */
import { isFormulaWrite, type BlockWrite, type SheetWrite, type WriteValue } from '../workbook/types';

const REINTERPRETED = [
  /^['=+\-@]/, // the apostrophe marker itself, and "=", "+", "-", "@" formulas
  /^\s*[+-]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?\s*%?\s*$/, // numbers, "1,000", "12.5%"
  /^\s*(true|false)\s*$/i,
  /^\s*\d{1,4}[-/年.]\d{1,2}([-/月.]\d{1,4}日?)?\s*$/, // dates such as 2023-12-31, 2023/12, 12/31
  /^\s*\d{1,2}:\d{2}(:\d{2})?\s*$/, // times
];
// Error literals ("#N/A") are left alone on purpose: undo writes a constant error back that way.

export function toExcelInput(value: WriteValue): string | number | boolean {
  if (value === null) return '';
  if (isFormulaWrite(value)) return value.formula.startsWith('=') ? value.formula : `=${value.formula}`;
  if (typeof value !== 'string') return value;
  return REINTERPRETED.some((pattern) => pattern.test(value)) ? `'${value}` : value;
}

/** Rows of a plan padded to a rectangle (Office checks the 2-D shape against the range). */
export function rectangle<V>(rows: V[][], fill: V): { rows: V[][]; width: number } {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return {
    rows: rows.map((row) => (row.length === width ? row : [...row, ...Array(width - row.length).fill(fill)])),
    width,
  };
}

/** The sheet's content as a block (null number formats stay null: Office leaves those unchanged). */
export function sheetBlock(write: SheetWrite): BlockWrite | null {
  const { rows, width } = rectangle(write.rows, null);
  if (rows.length === 0 || width === 0) return null;
  const numberFormats = write.numberFormats
    ? rows.map((_, r) => Array.from({ length: width }, (_, c) => write.numberFormats?.[r]?.[c] ?? null))
    : undefined;
  // A null format is sent as null, which Office skips: the fresh or cleared cell stays "General".
  return {
    sheet: write.name,
    top: 0,
    left: 0,
    values: rows,
    ...(numberFormats ? { numberFormats: numberFormats as string[][] } : {}),
  };
}
