/**
 * Reading single cells out of a SheetGrid (a dense block, normally the used range).
 * Cells outside the block are empty, "General", unfilled — exactly what Excel reports for them.
 */
import { sameText } from '../engine/caseKey';
import type { CellValue, SheetGrid } from './types';

export interface GridCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
}

/** The grid of an empty sheet (every host reads an empty used range as this). */
export const EMPTY_GRID: SheetGrid = {
  top: 0,
  left: 0,
  values: [],
  formulas: [],
  numberFormats: [],
  fills: [],
};

const EMPTY_CELL: GridCell = { value: null, formula: null, numberFormat: 'General', fill: null };

export function cellAt(grid: SheetGrid, row: number, col: number): GridCell {
  const r = row - grid.top;
  const c = col - grid.left;
  const values = grid.values[r];
  if (r < 0 || c < 0 || !values || c >= values.length) return EMPTY_CELL;
  return {
    value: values[c] ?? null,
    formula: grid.formulas[r]?.[c] ?? null,
    numberFormat: grid.numberFormats[r]?.[c] || 'General',
    fill: grid.fills[r]?.[c] ?? null,
  };
}

/** Empty means no value and no formula; a fill or a number format alone is not content. */
export function isEmptyCell(cell: GridCell): boolean {
  return (cell.value === null || cell.value === '') && !cell.formula;
}

/** The grid's row span, or null for an empty sheet. */
export function usedRows(grid: SheetGrid): { top: number; bottom: number } | null {
  return grid.values.length === 0 ? null : { top: grid.top, bottom: grid.top + grid.values.length - 1 };
}

/** The grid's column span, or null for an empty sheet. */
export function usedCols(grid: SheetGrid): { left: number; right: number } | null {
  const width = Math.max(0, ...grid.values.map((row) => row.length));
  return width === 0 ? null : { left: grid.left, right: grid.left + width - 1 };
}

/** Fill colours compared the way Excel reports them ("#ffc7ce" and "#FFC7CE" are the same). */
export function sameFill(a: string | null, b: string | null): boolean {
  return sameText(a ?? '', b ?? '');
}

/** Whether the cell lies in a merged area: every cell of one counts as occupied (never written). */
export function isMergedCell(grid: SheetGrid, row: number, col: number): boolean {
  return (grid.merged ?? []).some(
    (area) => row >= area.top && row <= area.bottom && col >= area.left && col <= area.right,
  );
}
