/**
 * Block-wise reads of what ET gives only as one value per range: NumberFormat, Interior (fill) and
 * MergeCells each come back as a single value for a whole range, null when its cells differ. So a
 * grid's per-cell formats and fills are read by bisection: ask the whole block; if it is mixed, split
 * it (columns first — sheets are laid out in columns — then rows) and ask each half. A sheet whose
 * columns are uniform costs one call chain per column whatever its length; each run of differing
 * cells adds about log2(rows) chains. Never a loop over every cell.
 */
import { columnLetters } from '../../workbook/references';
import type { EtWorksheet } from './et-types';

/** A rectangle of a sheet, 0-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rectAddress(rect: Rect): string {
  const first = `${columnLetters(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return first;
  return `${first}:${columnLetters(rect.right)}${rect.bottom + 1}`;
}

/** A probe's answer: the range's single value, or MIXED when its cells differ. */
export const MIXED = Symbol('mixed');

/**
 * Fills `into[r - top][c - left]` for every cell of `rect` with the probe's value, probing halves
 * where a block is mixed. A single cell is never mixed (its probe must answer a value).
 */
export function bisect<T>(
  sheet: EtWorksheet,
  rect: Rect,
  origin: { top: number; left: number },
  probe: (range: ReturnType<EtWorksheet['Range']>, single: boolean) => T | typeof MIXED,
  into: T[][],
): void {
  const single = rect.top === rect.bottom && rect.left === rect.right;
  const answer = probe(sheet.Range(rectAddress(rect)), single);
  if (answer !== MIXED) {
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) into[r - origin.top][c - origin.left] = answer;
    return;
  }
  if (single) throw new Error('ET probe answered "mixed" for a single cell');
  for (const half of halves(rect)) bisect(sheet, half, origin, probe, into);
}

export function halves(rect: Rect): [Rect, Rect] {
  if (rect.right > rect.left) {
    const mid = Math.floor((rect.left + rect.right) / 2);
    return [
      { ...rect, right: mid },
      { ...rect, left: mid + 1 },
    ];
  }
  const mid = Math.floor((rect.top + rect.bottom) / 2);
  return [
    { ...rect, bottom: mid },
    { ...rect, top: mid + 1 },
  ];
}

/** An empty rows × cols table to bisect into. */
export function table<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array<T>(cols).fill(value));
}
