/**
 * The 管理效率 block: a header row naming items, weights, values and rules (管理项目 | 分值 | 实际值 |
 * 规则), its rows down to a blank row, a 合计 row or the next block.
 */
import { wmsg, workbookFinding } from '../messages';
import type { Finding } from '../../engine/types';
import { a1 } from '../references';
import { isNumeric, keyStartsWith, type SheetView } from './text';
import {
  BLOCK_START_WORDS,
  BLOCK_WORD_SLACK,
  MANAGEMENT_COLUMN_WORDS,
  TOTAL_WORDS,
  TOTAL_WORD_SLACK,
} from './vocabulary';

export type ManagementPart = keyof typeof MANAGEMENT_COLUMN_WORDS;
const PARTS = Object.keys(MANAGEMENT_COLUMN_WORDS) as ManagementPart[];

export interface ManagementColumn {
  col: number;
  header: string;
  cell: string;
}

export interface ManagementBlock {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  columns: Record<ManagementPart, ManagementColumn>;
}

/** Per part, the best-worded column of the row (a column serves one part only). */
function columnsOfRow(
  view: SheetView,
  row: number,
): Partial<Record<ManagementPart, ManagementColumn & { rank: number }>> {
  const found: Partial<Record<ManagementPart, ManagementColumn & { rank: number }>> = {};
  for (let col = view.left; col <= view.right; col += 1) {
    if (view.blankRaw(row, col)) continue;
    const key = view.key(row, col);
    for (const part of PARTS) {
      const rank = (MANAGEMENT_COLUMN_WORDS[part] as readonly string[]).indexOf(key);
      if (rank < 0) continue;
      const current = found[part];
      if (!current || rank < current.rank)
        found[part] = { col, header: view.text(row, col), cell: a1(row, col), rank };
      break;
    }
  }
  return found;
}

/**
 * The first row naming all four parts. A row naming items, weights and values but no rules column
 * under a 管理效率 title is reported (the rules say how each item loses points: without them none
 * can be scored), not guessed.
 */
export function findManagementBlock(view: SheetView): {
  block: ManagementBlock | null;
  findings: Finding[];
  /** Rows that are 管理效率 headers (used or not): never an indicator-table header. */
  headerRows: Set<number>;
} {
  const findings: Finding[] = [];
  const headerRows = new Set<number>();
  for (let row = view.top; row <= view.bottom; row += 1) {
    const found = columnsOfRow(view, row);
    const present = PARTS.filter((part) => found[part]);
    if (present.length < 4) {
      const titled =
        row > view.top && keyStartsWith(view.key(row - 1, view.left), ['管理效率'], BLOCK_WORD_SLACK);
      const keyed = found.items && (found.items.header.includes('管理') || titled);
      if (keyed && found.weights && found.values && !found.rules) headerRows.add(row);
      if (keyed && found.weights && found.values && !found.rules && findings.length === 0) {
        const text = wmsg('management.no-rules', { row: row + 1 });
        findings.push(
          workbookFinding('warning', a1(row, found.items!.col), 'detect-management-no-rules', text),
        );
      }
      continue;
    }
    const columns = found as Record<ManagementPart, ManagementColumn>;
    const cols = PARTS.map((part) => columns[part].col);
    const left = Math.min(...cols);
    const right = Math.max(...cols);
    let lastRow = row;
    for (let next = row + 1; next <= view.bottom; next += 1) {
      if (view.blankRow(next, left, right)) break;
      const label = view.key(next, columns.items.col);
      if (keyStartsWith(label, TOTAL_WORDS, TOTAL_WORD_SLACK)) break;
      // An item with a weight is an item, whatever it is called (预算执行率 can be one).
      const weighted = isNumeric(view.value(next, columns.weights.col));
      if (!weighted && keyStartsWith(label, BLOCK_START_WORDS, BLOCK_WORD_SLACK)) break;
      lastRow = next;
    }
    if (lastRow === row) continue;
    headerRows.add(row);
    return { block: { headerRow: row, firstRow: row + 1, lastRow, columns }, findings, headerRows };
  }
  return { block: null, findings, headerRows };
}
