/**
 * Sheets for the detection tests, written the way they are printed: rows of cells from a corner,
 * merged areas as A1 ranges. One description gives the SheetGrid (detection), the mapping tests'
 * FakeWorkbook, and the Excel fake's ExampleSheet.
 */
import type { ExampleSheet } from '../../../src/workbook/example-types';
import { a1, parseA1 } from '../../../src/workbook/references';
import type { CellValue, DefinedName, SheetGrid } from '../../../src/workbook/types';
import type { FakeCell, FakeWorkbook } from '../helpers/fakeWorkbook';
import { gridOf } from '../helpers/fakeWorkbook';

/** A number with its number format (a percentage typed as 95%, an amount as 0.00). */
export interface Formatted {
  n: number;
  f: string;
}
export type Cell = CellValue | Formatted;
export const pct = (n: number, f = '0%'): Formatted => ({ n, f });

export interface Layout {
  /** Sheet name. */
  name: string;
  /** A1 address of rows[0][0] (default A1). */
  at?: string;
  rows: Cell[][];
  merges?: string[];
}

const isFormatted = (cell: Cell): cell is Formatted =>
  typeof cell === 'object' && cell !== null && 'n' in cell && 'f' in cell;

export function cellsOf(layout: Layout): Record<string, FakeCell> {
  const origin = parseA1(layout.at ?? 'A1');
  const cells: Record<string, FakeCell> = {};
  layout.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null || cell === '') return;
      const address = a1(origin.row + r, origin.col + c);
      cells[address] = isFormatted(cell) ? { value: cell.n, numberFormat: cell.f } : { value: cell };
    }),
  );
  return cells;
}

export function workbookOf(layout: Layout, names: DefinedName[] = []): FakeWorkbook {
  return { sheets: [{ name: layout.name, cells: cellsOf(layout), merged: layout.merges ?? [] }], names };
}

export function gridOfLayout(layout: Layout): SheetGrid {
  return gridOf({ name: layout.name, cells: cellsOf(layout), merged: layout.merges ?? [] });
}

/** The same sheet for the Excel fake (workbookFromExample), with the given names. */
export function exampleSheetOf(layout: Layout, names: ExampleSheet['names'] = []): ExampleSheet {
  const cells = Object.entries(cellsOf(layout)).map(([address, cell]) => {
    const { row, col } = parseA1(address);
    return {
      row,
      col,
      value: cell.value as ExampleSheet['cells'][number]['value'],
      ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
    };
  });
  return { name: layout.name, cells, merges: layout.merges ?? [], columnWidths: [], names };
}
