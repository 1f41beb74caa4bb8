/** Cell-level helpers shared by the fake's range and range-format proxies. */
import { areaCols, areaRows, type CellArea } from './address';
import { FakeOfficeError, PROTECTED_SHEET_MESSAGE } from './errors';
import type { FakeCell, FakeSheet } from './model';

export interface RangeTarget {
  sheet: FakeSheet;
  area: CellArea;
}

/** Reading more cells than this at once is refused (real Excel would exceed its payload limits). */
export const MAX_READ_CELLS = 5_000_000;

export function assertWritable(sheet: FakeSheet, location: string): void {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', PROTECTED_SHEET_MESSAGE, location);
  if (!sheet.workbook.sheets.includes(sheet)) throw new FakeOfficeError('ItemNotFound', undefined, location);
}

export function grid<V>(
  t: RangeTarget,
  read: (cell: FakeCell | undefined, row: number, col: number) => V,
): V[][] {
  if (areaRows(t.area) * areaCols(t.area) > MAX_READ_CELLS)
    throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', undefined, 'Range.load');
  const out: V[][] = [];
  for (let r = t.area.top; r <= t.area.bottom; r++) {
    const row: V[] = [];
    for (let c = t.area.left; c <= t.area.right; c++) row.push(read(t.sheet.getCell(r, c), r, c));
    out.push(row);
  }
  return out;
}
