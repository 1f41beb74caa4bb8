/**
 * The indicator table: which header line, which column holds each part, and its rows (first data
 * row under the header down to the row before a 合计 / 总分 row, a blank row, the next block or the
 * next table; a header repeated on a page break does not end it).
 */
import { wmsg, workbookFinding } from '../messages';
import type { Finding } from '../../engine/types';
import { a1 } from '../references';
import { findHeaderLines, sameLayout, type ColumnHeader, type HeaderLine } from './header';
import { classifyHeader, isNumeric, keyStartsWith, type SheetView } from './text';
import {
  BLOCK_START_WORDS,
  BLOCK_WORD_SLACK,
  SUBTOTAL_WORDS,
  TOTAL_WORDS,
  TOTAL_WORD_SLACK,
  type ColumnRole,
} from './vocabulary';

/** A detected column (or, for split targets, up to three adjacent columns). */
export interface TableColumn {
  left: number;
  right: number;
  header: string;
  cell: string;
}

export type TablePart =
  'targets' | 'actuals' | 'weights' | 'categories' | 'names' | 'reportedRates' | 'reasons';

export interface IndicatorTable {
  header: HeaderLine;
  firstRow: number;
  lastRow: number;
  /** Leftmost and rightmost column of the header line. */
  left: number;
  right: number;
  columns: Partial<Record<TablePart, TableColumn>>;
  findings: Finding[];
}

function best(columns: ColumnHeader[], role: ColumnRole): ColumnHeader | undefined {
  return columns
    .filter((c) => c.role === role)
    .reduce<ColumnHeader | undefined>((a, c) => (!a || c.rank < a.rank ? c : a), undefined);
}

const single = (c: ColumnHeader): TableColumn => ({
  left: c.col,
  right: c.col,
  header: c.header,
  cell: c.cell,
});

/**
 * The target column, widened to a split target: 指标性质 directly left, 度量单位 directly right, or
 * the other columns of a merged 年度指标值 cell (at most three in all).
 */
function targetColumns(view: SheetView, header: HeaderLine): TableColumn | undefined {
  const byCol = new Map(header.columns.map((c) => [c.col, c]));
  const target = best(header.columns, 'targets');
  if (!target) {
    // 指标性质 | 度量单位 with no 指标值 between them is not a target.
    return undefined;
  }
  let left = target.col;
  let right = target.col;
  const merge = view.mergeAt(header.top, target.col);
  // A merged 年度指标值 over two or three columns (with or without a sub-header row): its columns
  // together hold the target.
  if (merge && merge.right > merge.left && merge.right - merge.left <= 2 && merge.top <= header.top) {
    left = merge.left;
    right = merge.right;
  }
  if (byCol.get(left - 1)?.role === 'targetNature') left -= 1;
  if (byCol.get(right + 1)?.role === 'targetUnit') right += 1;
  if (right === left) return { left, right, header: target.header, cell: target.cell };
  // A split target names its parts: 年度指标值（指标性质 | 指标值 | 度量单位）.
  const parts: string[] = [];
  for (let col = left; col <= right; col += 1)
    parts.push(byCol.get(col)?.header ?? view.text(header.bottom, col));
  const upper = header.bottom > header.top ? view.text(header.top, left) : '';
  const text = upper && !parts.includes(upper) ? `${upper}（${parts.join(' | ')}）` : parts.join(' | ');
  return { left, right, header: text, cell: a1(header.top, left) };
}

function partColumns(view: SheetView, header: HeaderLine): Partial<Record<TablePart, TableColumn>> {
  const columns: Partial<Record<TablePart, TableColumn>> = {};
  const targets = targetColumns(view, header);
  if (targets) columns.targets = targets;
  const pick: [TablePart, ColumnRole[]][] = [
    ['actuals', ['actuals']],
    ['weights', ['weights']],
    // 二级指标 is the finer split (数量指标 / 社会效益指标) every profile maps to a section.
    ['categories', ['category2', 'category1']],
    ['names', ['names']],
    ['reportedRates', ['reportedRates']],
    ['reasons', ['reasons']],
  ];
  for (const [part, roles] of pick) {
    for (const role of roles) {
      const found = best(header.columns, role);
      if (found && !(targets && found.col >= targets.left && found.col <= targets.right)) {
        columns[part] = single(found);
        break;
      }
    }
  }
  return columns;
}

/** The first cell of the row (within the table's columns) whose key starts with one of the words. */
function rowWord(
  view: SheetView,
  row: number,
  left: number,
  right: number,
  words: readonly string[],
  slack?: number,
) {
  for (let col = left; col <= right; col += 1) {
    if (view.blankRaw(row, col)) continue;
    const word = keyStartsWith(view.key(row, col), words, slack);
    if (word) return { word, cell: a1(row, col) };
  }
  return null;
}

/** Whether the row holds a target, an actual or a weight (an indicator, not a placeholder). */
function hasIndicatorContent(view: SheetView, row: number, columns: IndicatorTable['columns']): boolean {
  for (const part of ['targets', 'actuals', 'weights'] as const) {
    const column = columns[part];
    if (!column) continue;
    for (let col = column.left; col <= column.right; col += 1) if (!view.blankRaw(row, col)) return true;
  }
  return false;
}

/** Whether a vertical merge that starts inside the data rows covers this cell (a category spanning rows). */
function continuesMerge(
  view: SheetView,
  row: number,
  firstRow: number,
  left: number,
  right: number,
): boolean {
  for (let col = left; col <= right; col += 1) {
    const area = view.mergeAt(row, col);
    if (area && area.top >= firstRow && area.top < row) return true;
  }
  return false;
}

/**
 * Picks the indicator table among the header lines (the one describing the most parts; the upper one
 * on a tie) and finds its rows. `excludedRows` are header rows of other blocks (管理效率).
 */
export function findIndicatorTable(
  view: SheetView,
  excludedRows: ReadonlySet<number>,
): IndicatorTable | null {
  const lines = findHeaderLines(view).filter((line) => !excludedRows.has(line.top));
  if (lines.length === 0) return null;
  const header = lines.reduce((a, line) => (line.score > a.score ? line : a));
  const columns = partColumns(view, header);
  const left = Math.min(...header.columns.map((c) => c.col));
  const right = Math.max(...header.columns.map((c) => c.col));
  const findings: Finding[] = [];
  const laterLines = lines.filter((line) => line.top > header.bottom);
  const firstRow = header.bottom + 1;
  let lastRow = header.bottom;
  let lastContent = header.bottom;
  const consumed = new Set<number>();
  for (let row = firstRow; row <= view.bottom; row += 1) {
    const repeated = laterLines.find((line) => line.top === row);
    if (repeated) {
      // Straight after an indicator row, the same columns again: the header repeated on a new page.
      if (sameLayout(repeated, header) && row === lastRow + 1 && lastRow >= firstRow) {
        const text = wmsg('table.repeated-header', { row: row + 1 });
        findings.push(workbookFinding('info', a1(row, left), 'detect-header-repeated', text));
        consumed.add(repeated.top);
        row = repeated.bottom;
        lastRow = row;
        continue;
      }
      break;
    }
    if (excludedRows.has(row)) break;
    // A 合计 / 总分 label, or the start of another block, may sit left of the table's own columns
    // (in the merged 绩效指标 label column): look from the sheet's left edge.
    // A total label is short (合计, 总分：, 合计（100分）); a name such as 合计培训人次 is an indicator.
    if (rowWord(view, row, view.left, right, TOTAL_WORDS, TOTAL_WORD_SLACK)) break;
    // Another block starts on a row that is no indicator: 预算执行率 or 项目资金到位率 with a target is one.
    const content = hasIndicatorContent(view, row, columns);
    if (!content && rowWord(view, row, view.left, right, BLOCK_START_WORDS, BLOCK_WORD_SLACK)) break;
    if (view.blankRow(row, left, right) && !continuesMerge(view, row, firstRow, left, right)) break;
    lastRow = row;
    if (content) lastContent = row;
  }
  // Trailing rows of the form left empty (指标2, …… with no target, actual or weight) are not taken.
  lastRow = lastContent;
  const next = laterLines.find((line) => !consumed.has(line.top));
  if (next) {
    const cell = a1(next.top, Math.min(...next.columns.map((c) => c.col)));
    const text = wmsg('table.second', { row: next.top + 1, header: header.top + 1 });
    findings.push(workbookFinding('warning', cell, 'detect-second-table', text));
  }
  return { header, firstRow, lastRow, left, right, columns, findings };
}

/** Whether a row of a named indicator block is not an indicator: a repeated header or a 小计 line. */
export function nonIndicatorRow(
  target: unknown,
  actual: unknown,
  labels: unknown[],
): 'header' | 'subtotal' | null {
  const isHeader = (value: unknown) => typeof value === 'string' && classifyHeader(value) !== null;
  if (isHeader(target) && isHeader(actual)) return 'header';
  const label = labels.find((value) => typeof value === 'string' && value.trim() !== '');
  if (typeof label === 'string' && !isNumeric(label)) {
    const key = label.replace(/[\s\u3000]+/g, '');
    if (SUBTOTAL_WORDS.some((word) => key.startsWith(word))) return 'subtotal';
  }
  return null;
}
