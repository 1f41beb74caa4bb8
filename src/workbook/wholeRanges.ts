/**
 * Whole-column ($D:$D) and whole-row ($3:$3) input references, cut down to the cells that hold input.
 *
 * They are trimmed to the extent of the input columns themselves — never to the sheet's used range,
 * which grows when the scorer writes its own header row above the block, so that a second run would
 * read one more row than the first. Whole-column names of one group (the indicator columns, the
 * management columns) share one extent, so they stay aligned row for row. A whole-column indicator
 * block then loses its LEADING rows whose PE_Targets cell is a header word (年度目标值 …): the
 * table's header row is not an indicator row, only an info finding says so.
 */
import type { Message } from '../engine/messages/message';
import { wmsg, workbookFinding } from './messages';
import type { Finding } from '../engine/types';
import { cellAt, isEmptyCell, usedCols, usedRows } from './grid';
import { MAX_COLS, MAX_ROWS, a1 } from './references';
import { findHeaderLines } from './detect/header';
import { SheetView, classifyHeader } from './detect/text';
import type { Area, SheetGrid } from './types';

/** How far below the top of a whole-column block its header line is looked for. */
const HEADER_SEARCH_ROWS = 60;

export const isWholeColumn = (area: Area) => area.top === 0 && area.bottom === MAX_ROWS - 1;
export const isWholeRow = (area: Area) => area.left === 0 && area.right === MAX_COLS - 1;

/** First and last row holding content in any of these columns (within the grid), or null. */
function contentRows(grid: SheetGrid, cols: number[]): { top: number; bottom: number } | null {
  const rows = usedRows(grid);
  if (!rows) return null;
  let top = -1;
  let bottom = -1;
  for (let row = rows.top; row <= rows.bottom; row += 1) {
    if (cols.some((col) => !isEmptyCell(cellAt(grid, row, col)))) {
      if (top < 0) top = row;
      bottom = row;
    }
  }
  return top < 0 ? null : { top, bottom };
}

/** First and last column holding content in these rows (within the grid), or null. */
function contentCols(grid: SheetGrid, top: number, bottom: number): { left: number; right: number } | null {
  const cols = usedCols(grid);
  if (!cols) return null;
  let left = -1;
  let right = -1;
  for (let col = cols.left; col <= cols.right; col += 1) {
    for (let row = top; row <= bottom; row += 1) {
      if (isEmptyCell(cellAt(grid, row, col))) continue;
      if (left < 0) left = col;
      right = col;
      break;
    }
  }
  return left < 0 ? null : { left, right };
}

/**
 * Trims the whole-column / whole-row areas of one group of names. Whole columns share the rows
 * holding content in any of the group's whole columns; a whole row keeps the columns holding content
 * in its own rows. Areas that are neither are returned as they are. A group with no content at all
 * keeps row 1 / column A, as an empty used range did.
 */
export function trimWholeGroup<K>(areas: Map<K, Area>, group: readonly K[], grid: SheetGrid): void {
  const wholeColumns = group.filter((name) => {
    const area = areas.get(name);
    return area !== undefined && isWholeColumn(area);
  });
  const cols = wholeColumns.flatMap((name) => {
    const area = areas.get(name)!;
    return Array.from(
      { length: Math.min(area.right, MAX_COLS - 1) - area.left + 1 },
      (_, i) => area.left + i,
    );
  });
  const rows = wholeColumns.length > 0 ? (contentRows(grid, cols) ?? { top: 0, bottom: 0 }) : null;
  for (const name of group) {
    const area = areas.get(name);
    if (!area) continue;
    let trimmed = area;
    if (rows && isWholeColumn(area)) trimmed = { ...trimmed, top: rows.top, bottom: rows.bottom };
    if (isWholeRow(area)) {
      const found = contentCols(grid, trimmed.top, trimmed.bottom) ?? { left: 0, right: 0 };
      trimmed = { ...trimmed, left: found.left, right: found.right };
    }
    areas.set(name, trimmed);
  }
}

/**
 * Whether a cell holds a header wording of the indicator table (detect/vocabulary.ts: 年度目标值,
 * 指标名称, the short 目标 / 实际 …), compared as detection compares them. A target such as "≥10个"
 * has digits, and a qualitative one (达标, 完成, 优) is no header wording.
 */
export function isHeaderWord(value: unknown): boolean {
  return typeof value === 'string' && classifyHeader(value) !== null;
}

/**
 * The table's header line among the block's leading rows: the first header line (detection's, at
 * least two parts named, one a target or an actual) that names the PE_Targets or PE_Actuals column,
 * with no indicator row above it (a row whose target holds a digit and whose actual is filled).
 */
function headerLineAbove(
  grid: SheetGrid,
  top: number,
  bottom: number,
  targetCol: number,
  actualCol: number | null,
) {
  // The header of a table sits near its top: a title, a head block and a budget block at most.
  const line = findHeaderLines(new SheetView('', grid), top, Math.min(bottom, top + HEADER_SEARCH_ROWS)).find(
    (candidate) =>
      candidate.top >= top &&
      candidate.bottom < bottom &&
      candidate.columns.some(
        (c) =>
          (c.col === targetCol || c.col === actualCol) &&
          ['targets', 'actuals', 'targetNature', 'targetUnit'].includes(c.role),
      ),
  );
  if (!line) return null;
  for (let row = top; row < line.top; row += 1) {
    const target = cellAt(grid, row, targetCol).value;
    const actual = actualCol === null ? null : cellAt(grid, row, actualCol).value;
    const targetText = target === null || typeof target === 'object' ? '' : String(target);
    if (/\d/.test(targetText) && actual !== null && actual !== '' && !isHeaderWord(actual)) return null;
  }
  return line;
}

/**
 * Drops the leading rows of a whole-column indicator block down to the table's header: through its
 * header line when there is one (a title row and a head block above it go too), else while the first
 * PE_Targets cell is a header word. One row is always kept. Returns an info finding per skipped row.
 */
export function skipLeadingHeaderRows<K>(
  areas: Map<K, Area>,
  group: readonly K[],
  targets: K,
  wholeColumn: ReadonlySet<K>,
  grid: SheetGrid,
  actuals?: K,
): Finding[] {
  const findings: Finding[] = [];
  const target = areas.get(targets);
  if (!target || !wholeColumn.has(targets)) return findings;
  const actualArea = actuals === undefined ? undefined : areas.get(actuals);
  const line = headerLineAbove(
    grid,
    target.top,
    target.bottom,
    target.left,
    actualArea ? actualArea.left : null,
  );
  let top = target.top;
  const skip = (why: Message) => {
    const address = a1(top, target.left);
    const text = wmsg('row-skipped', { cell: address, why });
    findings.push(workbookFinding('info', address, 'header-row-skipped', text));
    top += 1;
  };
  if (line) {
    while (top < line.top) skip(wmsg('skip.above-header', {}));
  }
  while (top < target.bottom && isHeaderWord(cellAt(grid, top, target.left).value)) {
    skip(wmsg('skip.header-text', { text: String(cellAt(grid, top, target.left).value) }));
  }
  if (line) {
    while (top <= line.bottom && top < target.bottom) skip(wmsg('skip.header', {}));
  }
  for (const name of group) {
    const area = areas.get(name);
    if (area && wholeColumn.has(name) && area.top < top) areas.set(name, { ...area, top });
  }
  return findings;
}
