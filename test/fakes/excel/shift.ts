/**
 * How Excel (and WPS) move a reference when whole rows or columns are inserted or deleted — the one
 * rule the fakes (model.ts), the mapping's test workbook (test/workbook/helpers) and the .xlsx editor
 * of the tests (test/fixtures/xlsx/edit.ts) all apply, so a name, a merged area and a cell move alike:
 *
 * - insert `count` at `at` (0-based): a side at or after `at` moves by `count`; so a range whose first
 *   row is `at` moves down whole, one that spans `at` grows, one that ends just above it stays;
 * - delete `count` from `at`: sides after the deleted lines move back; a range partly deleted shrinks;
 *   one wholly deleted becomes #REF! (null here);
 * - a whole column (for rows) or a whole row (for columns) does not move.
 */
import { MAX_COLS, MAX_ROWS, type CellArea } from './address';

export interface SheetEdit {
  axis: 'rows' | 'cols';
  op: 'insert' | 'delete';
  /** 0-based first row/column inserted or deleted. */
  at: number;
  count: number;
}

/** One dimension [start, end] under an edit; null when every line of it was deleted. */
export function shiftSpan(start: number, end: number, edit: SheetEdit): [number, number] | null {
  const max = edit.axis === 'rows' ? MAX_ROWS : MAX_COLS;
  if (start === 0 && end === max - 1) return [start, end];
  if (edit.op === 'insert') {
    const moved = (n: number) => (n >= edit.at ? Math.min(n + edit.count, max - 1) : n);
    return [moved(start), moved(end)];
  }
  const last = edit.at + edit.count - 1;
  if (start >= edit.at && end <= last) return null;
  const from = start < edit.at ? start : start > last ? start - edit.count : edit.at;
  const to = end < edit.at ? end : end > last ? end - edit.count : edit.at - 1;
  return [from, to];
}

/** An area moved by the edit (of its own sheet); null when it was deleted whole. */
export function shiftArea<T extends CellArea>(area: T, edit: SheetEdit): T | null {
  if (edit.axis === 'rows') {
    const rows = shiftSpan(area.top, area.bottom, edit);
    return rows ? { ...area, top: rows[0], bottom: rows[1] } : null;
  }
  const cols = shiftSpan(area.left, area.right, edit);
  return cols ? { ...area, left: cols[0], right: cols[1] } : null;
}

/** A cell moved by the edit; null when its row/column was deleted. */
export function shiftCell(row: number, col: number, edit: SheetEdit): { row: number; col: number } | null {
  const moved = shiftArea({ top: row, bottom: row, left: col, right: col }, edit);
  return moved ? { row: moved.top, col: moved.left } : null;
}

/** Convenience: Excel's 插入 / 删除 of whole rows or columns, 1-based like the officer counts rows. */
export const insertRows = (firstRow: number, count = 1): SheetEdit => ({
  axis: 'rows',
  op: 'insert',
  at: firstRow - 1,
  count,
});
export const deleteRows = (firstRow: number, count = 1): SheetEdit => ({
  axis: 'rows',
  op: 'delete',
  at: firstRow - 1,
  count,
});
/** Columns by 0-based index (A = 0). */
export const insertCols = (at: number, count = 1): SheetEdit => ({ axis: 'cols', op: 'insert', at, count });
export const deleteCols = (at: number, count = 1): SheetEdit => ({ axis: 'cols', op: 'delete', at, count });
