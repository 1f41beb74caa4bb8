/**
 * The record of the PE_Out* references the scorer itself defined, kept in its own summary sheet:
 *   输出区域（评分程序使用，请勿修改）
 *   名称        | 引用
 *   PE_OutRates | 'Sheet1'!$G$3:$G$5
 * A PE_Out* name is the scorer's (its cells may be cleared, the name redefined) only when its current
 * reference is the recorded one, or the recorded one moved by Excel together with the block (rows
 * inserted above it: same column, same height, now starting where the block starts). Any other
 * PE_Out* range is the user's: the scorer writes only the block's rows inside it and never redefines it.
 */
import { OUTPUT_KEYS, OUTPUT_NAMES, type OutputKey } from './outputNames';
import { parseReference, sameText } from './references';
import type { Area, SheetGrid, WriteValue } from './types';

export const RECORD_TITLE = '输出区域（评分程序使用，请勿修改）';
export const RECORD_HEADERS = ['名称', '引用'] as const;

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

/** The record block as summary-sheet rows (title, header, one row per name the scorer defined). */
export function outputRecordRows(entries: { key: OutputKey; formula: string }[]): WriteValue[][] {
  return [[RECORD_TITLE], [...RECORD_HEADERS], ...entries.map((e) => [OUTPUT_NAMES[e.key], e.formula])];
}
