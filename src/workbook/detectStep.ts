/**
 * planScoring's detection step (docs/workbook-contract.md §5): on a sheet without any PE_* input
 * name, detect the layout and score from it as if its ranges were names — they are added to the
 * snapshot's names, so reading, placing and writing are a named sheet's very code paths — or refuse
 * with the detection when the required parts are not there. Plus carrying PE_Reasons into the result.
 */
import type { IndicatorResult, InputCell } from '../engine/types';
import { detectLayout, detectedNames, notFoundMessage, type Detection } from './detect';
import { zhText } from './messages';
import { inputNamesOnSheet, lookupName } from './names';
import { OUTPUT_NAMES } from './outputNames';
import type { NameAdd, ScoringSnapshot, SheetRefusal } from './types';

/**
 * Columns of the scorer's own per-indicator output still named on the sheet (names deleted by hand
 * after a run): detection must not read its 完成率 / 得分 headers as the table's.
 */
function outputColumnsOf(snapshot: ScoringSnapshot, sheet: string): Set<number> {
  const columns = new Set<number>();
  for (const key of ['rates', 'scores', 'flags', 'notes'] as const) {
    const found = lookupName(snapshot.names, sheet, OUTPUT_NAMES[key]);
    if (found.kind !== 'ok') continue;
    for (let col = found.area.left; col <= Math.min(found.area.right, found.area.left + 3); col += 1) {
      columns.add(col);
    }
  }
  return columns;
}

/**
 * Null when the sheet has input names (read them); else the detection with its names (sheet-scoped,
 * to define in the plan) and the snapshot carrying them; or a 'not-found' refusal.
 */
export function detectStep(
  snapshot: ScoringSnapshot,
): { detection: Detection; names: NameAdd[]; snapshot: ScoringSnapshot } | { refusal: SheetRefusal } | null {
  const sheet = snapshot.sheet.name;
  if (inputNamesOnSheet(snapshot.names, sheet).length > 0) return null;
  const detection = detectLayout(snapshot.sheet.grid, sheet, {
    ignoredColumns: outputColumnsOf(snapshot, sheet),
  });
  if (!detection.ok) {
    const text = notFoundMessage(detection);
    return { refusal: { sheet, code: 'not-found', message: zhText(text), text, detection } };
  }
  const names = detectedNames(detection);
  return { detection, names, snapshot: { ...snapshot, names: [...snapshot.names, ...names] } };
}

/** Each indicator's PE_Reasons text (read, never written), carried into the result for the report. */
export function withReasons(indicators: IndicatorResult[], reasons: (InputCell | null)[]): IndicatorResult[] {
  return indicators.map((indicator) => {
    const cell = reasons[indicator.row];
    if (!cell || cell.value === null || typeof cell.value === 'object') return indicator;
    return { ...indicator, reason: String(cell.value).trim() };
  });
}
