/**
 * PE_History (workbook-contract.md §1): an optional block of earlier years' actuals, one column per
 * year (oldest on the left), its rows on the same sheet rows as the indicator block. Read only to
 * suggest next year's targets (engine/suggestion.ts): never scored, never written.
 *
 * Decisions: a row of the block is the indicator on the same sheet row as PE_Actuals (rows above or
 * below the indicator block, such as a 2021年 | 2022年 header, are not read); blank cells are years
 * without a figure and are left out; a whole-column reference is read over the indicator rows only.
 */
import { wmsg, workbookFinding } from './messages';
import type { Finding, InputCell } from '../engine/types';
import { cellAt, isEmptyCell } from './grid';
import { lookupName } from './names';
import type { IndicatorBlock } from './readInput';
import { a1 } from './references';
import type { Area, ScoringSnapshot } from './types';

export const HISTORY_NAME = 'PE_History';

export interface HistoryInput {
  /** The block as named (null when the sheet has no usable PE_History). */
  area: Area | null;
  /** Per indicator row (index within the block): the earlier years' cells, oldest first. */
  rows: InputCell[][];
  findings: Finding[];
}

const NONE: HistoryInput = { area: null, rows: [], findings: [] };

export function readHistory(snapshot: ScoringSnapshot, block: IndicatorBlock | null): HistoryInput {
  const found = lookupName(snapshot.names, snapshot.sheet.name, HISTORY_NAME);
  if (found.kind === 'none') return NONE;
  if (found.kind === 'bad') {
    const text = wmsg('name.unused', { problem: found.text });
    return { ...NONE, findings: [workbookFinding('error', HISTORY_NAME, 'name-invalid', text)] };
  }
  const area = found.area;
  if (!block) return { area, rows: [], findings: [] };
  const grid = snapshot.sheet.grid;
  const rows: InputCell[][] = [];
  for (let row = block.top; row <= block.bottom; row += 1) {
    const years: InputCell[] = [];
    if (row >= area.top && row <= area.bottom) {
      for (let col = area.left; col <= area.right; col += 1) {
        const cell = cellAt(grid, row, col);
        if (!isEmptyCell(cell))
          years.push({ address: a1(row, col), value: cell.value, numberFormat: cell.numberFormat });
      }
    }
    rows.push(years);
  }
  return { area, rows, findings: [] };
}
