/**
 * Heights of a scorer sheet's rows whose text wraps. Excel and WPS fit such rows themselves (the
 * Office and WPS hosts ask them to: autofitRows / Rows.AutoFit); a file has no layout engine, and
 * LibreOffice shows a row at its stored height. So the .xlsx host stores an estimate — 15 points a
 * line, a CJK character two width units, a line as wide as the column less its padding — WITHOUT
 * customHeight, so Excel still refits the row on its own.
 */
import type { SheetWrite } from '../../workbook/types';

const POINTS_PER_LINE = 15;
/** Excel's default column width in characters. */
const DEFAULT_WIDTH = 8.43;
/** Characters of the width lost to the cell's padding. */
const PADDING = 2;

/** Width units of a text: CJK and full-width forms take two (they are drawn twice as wide). */
function widthUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return units;
}

function lines(text: string, width: number): number {
  const perLine = Math.max(1, width - PADDING);
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(widthUnits(part) / perLine)), 0);
}

/** Row (0-based) -> height in points, for rows where wrapped text needs more than one line. */
export function wrappedRowHeights(write: SheetWrite): Map<number, number> {
  const heights = new Map<number, number>();
  for (const col of write.wrapColumns ?? []) {
    const width = write.columnWidths?.[col] ?? DEFAULT_WIDTH;
    write.rows.forEach((row, r) => {
      const value = row[col];
      if (typeof value !== 'string') return;
      const needed = lines(value, width);
      if (needed > 1) heights.set(r, Math.max(heights.get(r) ?? 0, needed * POINTS_PER_LINE));
    });
  }
  return heights;
}
