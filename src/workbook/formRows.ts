/**
 * Rows of a named indicator block that are parts of the printed form, not indicators
 * (workbook-contract.md §1): the table header repeated on a new page, a 小计 line. They reach the
 * engine blank (skipped like an empty row, addresses kept) and an info finding says so.
 */
import { wmsg, workbookFinding } from './messages';
import type { Finding, IndicatorRowInput, InputCell } from '../engine/types';
import { nonIndicatorRow } from './detect/table';

/**
 * A row of the block that is no indicator: the table header repeated on a new page, or a 小计 line.
 * It is handed to the engine blank (skipped like an empty row), with an info finding.
 */
export function skipNonIndicatorRow(row: IndicatorRowInput, targetCells: InputCell[]): Finding | null {
  const kind = nonIndicatorRow(targetCells[0].value, row.actual.value, [
    row.name?.value,
    row.category?.value,
  ]);
  if (!kind) return null;
  const rowNumber = Number(/\d+$/.exec(row.actual.address)?.[0] ?? 0);
  const header = kind === 'header';
  const text = wmsg(header ? 'form.repeated-header' : 'form.subtotal', { row: rowNumber });
  return workbookFinding(
    'info',
    row.actual.address,
    header ? 'header-row-repeated' : 'subtotal-row-skipped',
    text,
  );
}

/** The row with every cell blank (addresses kept), so the engine skips it like an empty row. */
export function blankRow(row: IndicatorRowInput): IndicatorRowInput {
  const blank = (cell: InputCell): InputCell => ({
    address: cell.address,
    value: null,
    numberFormat: 'General',
  });
  const out: IndicatorRowInput = { target: blank(row.target), actual: blank(row.actual) };
  for (const key of ['weight', 'category', 'name', 'reportedRate', 'manualScore'] as const) {
    const cell = row[key];
    if (cell) out[key] = blank(cell);
  }
  return out;
}
