/**
 * The record of the PE_Out* references the scorer itself defined, as versions before the hidden
 * memory names (memoryNames.ts) kept it in their summary sheet; read only to take over a workbook
 * scored by such a version (it is no longer written):
 *   输出区域（评分程序使用，请勿修改）
 *   名称        | 引用
 *   PE_OutRates | 'Sheet1'!$G$3:$G$5
 * A PE_Out* name is the scorer's (its cells may be cleared, the name redefined) only when its current
 * reference is the recorded one, or the recorded one moved by Excel together with the block (rows
 * inserted above it: same column, same height, now starting where the block starts). Any other
 * PE_Out* range is the user's: the scorer writes only the block's rows inside it and never redefines it.
 */
import { OUTPUT_KEYS, OUTPUT_NAMES, type OutputKey } from './outputNames';
import { lookupName } from './names';
import { parseReference, sameText } from './references';
import type { Area, DefinedName, SheetGrid } from './types';

export const RECORD_TITLE = '输出区域（评分程序使用，请勿修改）';

export type OutputRecord = Map<OutputKey, Area>;

/** Reads the record from the summary sheet's grid (column A = names); empty when absent. */
export function readOutputRecord(summary: SheetGrid | null): OutputRecord {
  const record: OutputRecord = new Map();
  if (!summary || summary.left !== 0) return record;
  const rows = summary.values;
  const titleRow = rows.findIndex((row) => row[0] === RECORD_TITLE);
  if (titleRow < 0) return record;
  for (let r = titleRow + 2; r < rows.length; r += 1) {
    const [name, reference] = rows[r] ?? [];
    if (typeof name !== 'string' || name === '') break;
    const key = OUTPUT_KEYS.find((k) => sameText(OUTPUT_NAMES[k], name));
    if (!key || typeof reference !== 'string' || record.has(key)) continue;
    const parsed = parseReference(reference);
    if ('error' in parsed || parsed.areas.length !== 1) continue;
    record.set(key, parsed.areas[0]);
  }
  return record;
}

/** Whether `current` is the scorer's recorded reference, as it stands or moved along with the block. */
export function isScorerReference(current: Area, recorded: Area | undefined, blockTop: number): boolean {
  if (!recorded) return false;
  const sameColumn = current.left === recorded.left && current.right === recorded.right;
  if (!sameColumn) return false;
  if (current.top === recorded.top && current.bottom === recorded.bottom) return true;
  return current.top === blockTop && current.bottom - current.top === recorded.bottom - recorded.top;
}

/**
 * The old record as the PE_Out* names stand now: Excel moved those names with their cells when the
 * officer inserted or deleted rows or columns since, the text record did not move. The scorer always
 * defined them over exactly the block's rows, and Excel moves the block's names alike; so a recorded
 * name that is now one column spanning exactly the block's rows, in its recorded column moved by one
 * column shift shared by every such name, is taken as the scorer's, at its current reference.
 */
export function followOldRecord(
  record: OutputRecord,
  names: DefinedName[],
  sheet: string,
  block: { top: number; bottom: number },
): OutputRecord {
  const moved = new Map<OutputKey, Area>();
  const shifts = new Set<number>();
  for (const [key, recorded] of record) {
    const found = lookupName(names, sheet, OUTPUT_NAMES[key]);
    if (found.kind !== 'ok') continue;
    const area = found.area;
    if (area.left !== area.right || area.top !== block.top || area.bottom !== block.bottom) continue;
    moved.set(key, area);
    shifts.add(area.left - recorded.left);
  }
  if (moved.size === 0 || shifts.size !== 1) return record;
  return new Map([...record, ...moved]);
}
