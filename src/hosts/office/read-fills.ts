/**
 * Completing fills on Excel without ExcelApi 1.9. The first read loads only a 100 × 20 window of
 * single-cell fills (read-grid.ts); when a sheet's grid reaches beyond it, the rest is read here:
 * first one fill per row strip outside the window (Excel reports a uniform strip's colour, or null
 * when its cells differ), then, for mixed strips only, one fill per cell. One or two more syncs, only
 * on old Excel and only for sheets larger than the window, so a user fill anywhere survives a
 * highlight and its removal.
 */
import type { ScoringSnapshot, SheetGrid, SheetSnapshot } from '../../workbook/types';
import { FALLBACK_FILL_COLS, FALLBACK_FILL_ROWS, toFill } from './read-grid';

interface Strip {
  sheet: string;
  row: number;
  left: number;
  right: number;
  fill: Excel.RangeFill;
}

interface CellFill {
  sheet: string;
  row: number;
  col: number;
  fill: Excel.RangeFill;
}

/** The range's fill, its colour queued for loading. */
function fillOf(range: Excel.Range): Excel.RangeFill {
  const fill = range.format.fill;
  fill.load('color');
  return fill;
}

const widthOf = (grid: SheetGrid) => Math.max(0, ...grid.values.map((row) => row.length));

function beyondWindow(grid: SheetGrid): boolean {
  return grid.values.length > FALLBACK_FILL_ROWS || widthOf(grid) > FALLBACK_FILL_COLS;
}

/** Row strips of a grid outside the window (grid-relative rows and columns). */
function queueStrips(context: Excel.RequestContext, sheet: SheetSnapshot): Strip[] {
  const { grid } = sheet;
  const width = widthOf(grid);
  const worksheet = context.workbook.worksheets.getItem(sheet.name);
  const strips: Strip[] = [];
  grid.values.forEach((_, row) => {
    const left = row < FALLBACK_FILL_ROWS ? FALLBACK_FILL_COLS : 0;
    if (left >= width) return;
    const fill = fillOf(worksheet.getRangeByIndexes(grid.top + row, grid.left + left, 1, width - left));
    strips.push({ sheet: sheet.name, row, left, right: width - 1, fill });
  });
  return strips;
}

function withFills(sheet: SheetSnapshot, set: (fills: (string | null)[][]) => void): SheetSnapshot {
  const fills = sheet.grid.fills.map((row) => [...row]);
  set(fills);
  return { ...sheet, grid: { ...sheet.grid, fills } };
}

export async function completeWindowFills(
  context: Excel.RequestContext,
  snapshot: ScoringSnapshot,
): Promise<{ snapshot: ScoringSnapshot; syncs: number }> {
  const sheets = [snapshot.sheet, ...snapshot.otherSheets].filter((s) => beyondWindow(s.grid));
  if (sheets.length === 0) return { snapshot, syncs: 0 };
  const strips = sheets.flatMap((sheet) => queueStrips(context, sheet));
  await context.sync();

  const mixed = strips.filter((strip) => strip.fill.color === null);
  const cells: CellFill[] = mixed.flatMap((strip) => {
    const sheet = sheets.find((s) => s.name === strip.sheet)!;
    const worksheet = context.workbook.worksheets.getItem(strip.sheet);
    return Array.from({ length: strip.right - strip.left + 1 }, (_, i) => {
      const col = strip.left + i;
      const fill = fillOf(worksheet.getCell(sheet.grid.top + strip.row, sheet.grid.left + col));
      return { sheet: strip.sheet, row: strip.row, col, fill };
    });
  });
  if (cells.length > 0) await context.sync();

  const complete = (sheet: SheetSnapshot) =>
    beyondWindow(sheet.grid)
      ? withFills(sheet, (fills) => {
          for (const strip of strips)
            if (strip.sheet === sheet.name && strip.fill.color !== null)
              for (let col = strip.left; col <= strip.right; col += 1)
                fills[strip.row][col] = toFill(strip.fill.color);
          for (const cell of cells)
            if (cell.sheet === sheet.name) fills[cell.row][cell.col] = toFill(cell.fill.color);
        })
      : sheet;
  return {
    snapshot: {
      ...snapshot,
      sheet: complete(snapshot.sheet),
      otherSheets: snapshot.otherSheets.map(complete),
    },
    syncs: cells.length > 0 ? 2 : 1,
  };
}
