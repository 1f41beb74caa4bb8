/**
 * The budget block, in either published form, above or below the indicator table:
 * - columns (project form; 部门整体 form 年度部门整体支出预算执行情况): a header row with 全年预算数 /
 *   全年执行数 / 执行率 (or 调整后预算数 / 预算执行数 / 预算执行率), and the 年度资金总额 (总额) row under
 *   it holding the whole budget;
 * - label–value pairs (Guangzhou department form): 年度预算（万元） | 13752.09, 决算支出（万元） | 13670.54.
 * Amounts (planned and spent) are preferred; the rate alone when the amounts are not there.
 */
import { wmsg, workbookFinding } from '../messages';
import type { Finding } from '../../engine/types';
import { a1 } from '../references';
import { isNumeric, keyStartsWith, type SheetView } from './text';
import { BUDGET_COLUMN_WORDS, BUDGET_LABEL_WORDS, BUDGET_TOTAL_ROW_WORDS } from './vocabulary';

export type BudgetPart = 'planned' | 'spent' | 'rate';

export interface BudgetCell {
  row: number;
  col: number;
  /** The header or label the cell was found by, as written. */
  header: string;
  headerCell: string;
}

export interface BudgetBlock {
  cells: Partial<Record<BudgetPart, BudgetCell>>;
  findings: Finding[];
}

const MAX_ROWS_BELOW_HEADER = 6;

/** The top-left cell of the cell's merged area (a name must point at the cell holding the value). */
function anchor(view: SheetView, row: number, col: number): { row: number; col: number } {
  const area = view.mergeAt(row, col);
  return area ? { row: area.top, col: area.left } : { row, col };
}

function columnsOfRow(view: SheetView, row: number) {
  const found: Partial<Record<BudgetPart | 'initial', { col: number; rank: number; header: string }>> = {};
  for (let col = view.left; col <= view.right; col += 1) {
    if (view.blankRaw(row, col)) continue;
    const key = view.key(row, col);
    for (const part of ['planned', 'initial', 'spent', 'rate'] as const) {
      const rank = (BUDGET_COLUMN_WORDS[part] as readonly string[]).indexOf(key);
      if (rank < 0) continue;
      const current = found[part];
      if (!current || rank < current.rank) found[part] = { col, rank, header: view.text(row, col) };
      break;
    }
  }
  return found;
}

/** A header row of the column form and the row under it that holds the whole budget. */
function valueRowOf(
  view: SheetView,
  row: number,
  found: ReturnType<typeof columnsOfRow>,
  byLabel: boolean,
): number {
  const planned = (found.planned ?? found.initial)!;
  const firstCol = Math.min(...[planned, found.spent, found.rate].filter((c) => c).map((c) => c!.col));
  const last = Math.min(view.bottom, row + MAX_ROWS_BELOW_HEADER);
  for (let next = row + 1; next <= last; next += 1) {
    if (byLabel) {
      for (let col = view.left; col < firstCol; col += 1) {
        if (keyStartsWith(view.key(next, col), BUDGET_TOTAL_ROW_WORDS, 4)) return next;
      }
    } else if (isNumeric(view.value(next, planned.col))) {
      return next;
    }
  }
  return -1;
}

/**
 * The column form: a header row whose 年度资金总额 (总额, 合计) row follows — the first such on the sheet;
 * failing any, the first header row with a number under its planned column (a task list such as
 * 年度主要任务 | 预算数 | 执行数 has no total row, so a real budget block below it wins).
 */
function columnForm(view: SheetView): BudgetBlock | null {
  const headers: { row: number; found: ReturnType<typeof columnsOfRow> }[] = [];
  for (let row = view.top; row <= view.bottom; row += 1) {
    const found = columnsOfRow(view, row);
    const planned = found.planned ?? found.initial;
    if (!planned || (!found.spent && !found.rate)) continue;
    // 年度预算（万元） | 5000 | 决算支出（万元） | 4800 is the label–value form, not a header row.
    if (isNumeric(view.value(row, planned.col + 1))) continue;
    headers.push({ row, found });
  }
  for (const byLabel of [true, false]) {
    for (const [index, { row, found }] of headers.entries()) {
      const valueRow = valueRowOf(view, row, found, byLabel);
      // A value row belongs to the nearest header row above it.
      const nextHeader = headers[index + 1]?.row ?? Infinity;
      if (valueRow >= 0 && valueRow < nextHeader) return columnCells(view, row, valueRow, found);
    }
  }
  return null;
}

function columnCells(
  view: SheetView,
  row: number,
  valueRow: number,
  found: ReturnType<typeof columnsOfRow>,
): BudgetBlock {
  const planned = (found.planned ?? found.initial)!;
  const cells: BudgetBlock['cells'] = {};
  const findings: Finding[] = [];
  const take = (part: BudgetPart, column: { col: number; header: string } | undefined) => {
    if (!column) return;
    const at = anchor(view, valueRow, column.col);
    cells[part] = { ...at, header: column.header, headerCell: a1(row, column.col) };
  };
  const amounts =
    found.spent && !view.blankRaw(valueRow, planned.col) && !view.blankRaw(valueRow, found.spent.col);
  if (amounts || !found.rate || view.blankRaw(valueRow, found.rate.col)) {
    take('planned', planned);
    take('spent', found.spent);
    if (!found.planned && found.initial) {
      const text = wmsg('budget.initial', { header: found.initial.header });
      findings.push(workbookFinding('warning', a1(row, found.initial.col), 'detect-budget-initial', text));
    }
  }
  take('rate', found.rate);
  return { cells, findings };
}

/** The label–value form: a label cell, its amount the first non-blank cell to its right. */
function labelForm(view: SheetView, skipRows: ReadonlySet<number>): BudgetBlock | null {
  const cells: BudgetBlock['cells'] = {};
  for (let row = view.top; row <= view.bottom; row += 1) {
    if (skipRows.has(row)) continue;
    for (let col = view.left; col <= view.right; col += 1) {
      if (view.blankRaw(row, col)) continue;
      const key = view.key(row, col);
      const part = (['rate', 'planned', 'spent'] as const).find((p) =>
        (BUDGET_LABEL_WORDS[p] as readonly string[]).includes(key),
      );
      if (!part || cells[part]) continue;
      const labelMerge = view.mergeAt(row, col);
      let valueCol = (labelMerge ? labelMerge.right : col) + 1;
      const limit = Math.min(view.right, valueCol + 2);
      while (valueCol <= limit && view.blankRaw(row, valueCol)) valueCol += 1;
      if (valueCol > view.right || !isNumeric(view.raw(row, valueCol))) continue;
      cells[part] = { row, col: valueCol, header: view.text(row, col), headerCell: a1(row, col) };
    }
  }
  if (!cells.planned && !cells.spent && !cells.rate) return null;
  if (cells.planned && cells.spent) return { cells, findings: [] };
  if (cells.rate) return { cells: { rate: cells.rate }, findings: [] };
  return { cells, findings: [] };
}

/** `tableRows`: rows of the indicator table and the 管理效率 block (never budget labels). */
export function findBudgetBlock(view: SheetView, tableRows: ReadonlySet<number>): BudgetBlock | null {
  return columnForm(view) ?? labelForm(view, tableRows);
}
