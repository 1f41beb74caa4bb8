/**
 * Split targets (workbook-contract.md §1): the national form writes 年度指标值 in three columns,
 * 指标性质 | 指标值 | 度量单位 (`≥` `95` `%`). PE_Targets may name up to three adjacent columns; they
 * are read left to right as one target text. Their last column, when it holds a unit (no digit, not
 * an operator), also applies to a bare actual (`96` → `96%`).
 */
import type { CellValue, InputCell } from '../engine/types';
import { TARGET_NATURE_WORDS } from './detect/vocabulary';

const OPERATOR_ONLY = /^[≥≤=＝<>＜＞≧≦﹦]+$/;

const isBlank = (value: CellValue) => value === null || (typeof value === 'string' && value.trim() === '');
const isPercentFormat = (format: string | undefined) => !!format && /%/.test(format.replace(/"[^"]*"/g, ''));

/** A number as its digits, shifted two places for a percent-formatted cell (0.95 → "95%"), no float noise. */
function numberText(value: number, format: string | undefined): string {
  if (!isPercentFormat(format)) return String(value);
  const scaled = Number((value * 100).toPrecision(12));
  return `${scaled}%`;
}

function cellText(cell: InputCell): string {
  const value = cell.value;
  if (typeof value === 'number') return numberText(value, cell.numberFormat);
  if (value === null || typeof value === 'object') return '';
  const text = String(value).trim();
  return text in TARGET_NATURE_WORDS ? TARGET_NATURE_WORDS[text] : text;
}

/** The unit a split target's last column holds, or null. */
export function splitUnit(cells: InputCell[]): string | null {
  if (cells.length < 2) return null;
  const last = cells[cells.length - 1].value;
  if (typeof last !== 'string') return null;
  const text = last.trim();
  if (text === '' || /\d/.test(text) || OPERATOR_ONLY.test(text) || text in TARGET_NATURE_WORDS) return null;
  return text;
}

/**
 * One target cell from the columns of a split target. A single column is returned as it is; so is a
 * split whose only non-blank cell is one cell (its number format kept). Otherwise the texts are
 * joined, and the address is the value cell's (the first one holding a digit, else the first
 * non-blank one) — the cell a finding or a highlight points at.
 */
export function joinTarget(cells: InputCell[]): InputCell {
  if (cells.length === 1) return cells[0];
  const filled = cells.filter((cell) => !isBlank(cell.value));
  if (filled.length === 0) return cells[0];
  if (filled.length === 1 && typeof filled[0].value !== 'string') return filled[0];
  // A unit typed twice (95% in a percent format, then % in the unit column) is written once.
  const text = cells
    .map(cellText)
    .reduce((acc, part) => (part !== '' && !/\d/.test(part) && acc.endsWith(part) ? acc : acc + part), '');
  const valueCell = filled.find((cell) => /\d/.test(cellText(cell))) ?? filled[0];
  return { address: valueCell.address, value: text, numberFormat: 'General' };
}

/** A bare actual (a number not in a percent format, or text that is only a number) with the unit appended. */
export function actualWithUnit(actual: InputCell, unit: string | null): InputCell {
  if (!unit) return actual;
  const value = actual.value;
  if (typeof value === 'number' && !isPercentFormat(actual.numberFormat)) {
    return { ...actual, value: `${value}${unit}`, numberFormat: 'General' };
  }
  if (typeof value === 'string' && /^\s*[-+]?\d[\d,，]*(\.\d+)?\s*$/.test(value)) {
    return { ...actual, value: `${value.trim()}${unit}` };
  }
  return actual;
}

/** The cells of row `row` across columns left..right, as InputCells. */
export function rowCells(
  row: number,
  left: number,
  right: number,
  read: (row: number, col: number) => InputCell,
): InputCell[] {
  const cells: InputCell[] = [];
  for (let col = left; col <= right; col += 1) cells.push(read(row, col));
  return cells;
}
