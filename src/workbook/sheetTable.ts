/**
 * A tiny builder for the scorer's output sheets: rows of plain values with per-cell number formats,
 * padded to one width so hosts can write them as a single 2-D range.
 */
import type { SheetWrite, WriteValue } from './types';

export const HEADER_FILL = '#D9E1F2';
export const SCORE_FORMAT = '0.00';
export const RATE_FORMAT = '0.00%';
export const COUNT_FORMAT = '0';

export interface TableRow {
  values: WriteValue[];
  /** Number format per cell (null = leave the sheet's default). */
  formats?: (string | null)[];
  /** Header rows get a fill. */
  header?: boolean;
}

export function buildSheetContent(
  rows: TableRow[],
  columnWidths: number[],
): Omit<SheetWrite, 'name' | 'create'> {
  const width = Math.max(1, ...rows.map((row) => row.values.length));
  const pad = <T>(cells: T[], filler: T): T[] => {
    // As [...cells, ...fillers]: a hole of `cells` reads as undefined.
    const padded: T[] = [];
    for (let c = 0; c < cells.length; c++) padded.push(cells[c]);
    for (let c = cells.length; c < width; c++) padded.push(filler);
    return padded;
  };
  const fills: { row: number; col: number; color: string }[] = [];
  rows.forEach((row, r) => {
    if (row.header) row.values.forEach((_, c) => fills.push({ row: r, col: c, color: HEADER_FILL }));
  });
  return {
    rows: rows.map((row) => pad(row.values, null)),
    numberFormats: rows.map((row) => pad(row.formats ?? [], null)),
    columnWidths,
    fills,
  };
}

/** Sums numbers that are already rounded to 2 decimals without float drift (0.1 + 0.2 = 0.3). */
export function sum2(values: number[]): number {
  return values.reduce((total, value) => total + Math.round(value * 100), 0) / 100;
}
