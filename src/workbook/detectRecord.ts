/**
 * What the summary sheet says about detected ranges, and how a later run recognises them:
 *   评分区域（自动识别）
 *   名称          | 引用                 | 表头       | 说明
 *   PE_Targets    | '绩效'!$D$4:$D$27     | 年度目标值 | 自动识别
 *   PE_BudgetRate | 未找到               |            | 未找到预算执行数据：预算执行率不计分，总分不完整
 *   评分规则      | national-project     |            | 项目支出表（…），按财政部项目支出规则
 *   提示          | A12                  |            | 第12行重复了表头（分页），表格在其下继续…
 * The first run on a sheet without names writes it (and defines the names). A later run keeps saying
 * so — the same rows, and the same profile when the sheet has no PE_Profile — while the sheet's input
 * names are exactly the recorded ones with the recorded references; once the officer changes a name
 * the ranges are theirs and the block is dropped. So scoring twice equals scoring once.
 */
import { parseProfileId } from '../engine';
import { caseKey } from '../engine/caseKey';
import type { ProfileId } from '../engine/types';
import type { Detection } from './detect';
import { inputNamesOnSheet, lookupName } from './names';
import { formatReference, sameText } from './references';
import type { DefinedName, SheetGrid, WriteValue } from './types';

export const DETECTED_TITLE = '评分区域（自动识别）';
export const DETECTED_HEADERS = ['名称', '引用', '表头', '说明'] as const;
export const DETECTED_WORD = '自动识别';
export const NOT_FOUND_WORD = '未找到';
const PROFILE_ROW = '评分规则';
const NOTICE_ROW = '提示';

export interface DetectedRecord {
  rows: WriteValue[][];
  profile: ProfileId | null;
}

/** The block's rows for a detection. */
export function detectedRows(detection: Detection): WriteValue[][] {
  const rows: WriteValue[][] = [[DETECTED_TITLE], [...DETECTED_HEADERS]];
  for (const part of detection.parts) {
    if (part.status === 'found') rows.push([part.name, part.reference, part.header || null, DETECTED_WORD]);
    else if (part.consequence) rows.push([part.name, NOT_FOUND_WORD, null, part.consequence]);
  }
  rows.push([PROFILE_ROW, detection.profile.id, null, detection.profile.reason]);
  // What detection noticed lives here (not in the findings table) so later runs, which read the
  // names instead of detecting, write the same summary.
  for (const finding of detection.findings) rows.push([NOTICE_ROW, finding.cell, null, finding.message]);
  return rows;
}

/** Reads the block from the scorer's own summary sheet (column A), null when absent. */
function readRecord(
  summary: SheetGrid | null,
): { rows: WriteValue[][]; found: Map<string, string>; profile: ProfileId | null } | null {
  if (!summary || summary.left !== 0) return null;
  const values = summary.values;
  const titleRow = values.findIndex((row) => row[0] === DETECTED_TITLE);
  if (titleRow < 0) return null;
  const rows: WriteValue[][] = [[DETECTED_TITLE], [...DETECTED_HEADERS]];
  const found = new Map<string, string>();
  let profile: ProfileId | null = null;
  for (let r = titleRow + 2; r < values.length; r += 1) {
    const cells = values[r] ?? [];
    const row = [0, 1, 2, 3].map((i) => {
      const v = cells[i];
      return v === undefined || v === null || v === '' || typeof v === 'object' ? null : v;
    });
    const [name, reference, , note] = row;
    if (typeof name !== 'string') break;
    rows.push(row);
    if (name === PROFILE_ROW) profile = typeof reference === 'string' ? parseProfileId(reference) : null;
    else if (note === DETECTED_WORD && typeof reference === 'string') found.set(caseKey(name), reference);
  }
  return { rows, found, profile };
}

/**
 * The record, when it still describes the sheet: the sheet's input names are exactly the recorded
 * ones, each (sheet-scoped) at its recorded reference.
 */
export function currentDetectedRecord(
  summary: SheetGrid | null,
  names: DefinedName[],
  sheet: string,
): DetectedRecord | null {
  const record = readRecord(summary);
  if (!record || record.found.size === 0) return null;
  const present = inputNamesOnSheet(names, sheet);
  if (present.length !== record.found.size) return null;
  for (const name of present) {
    const recorded = record.found.get(caseKey(name));
    const lookup = lookupName(names, sheet, name);
    if (!recorded || lookup.kind !== 'ok' || lookup.definition.scope === 'workbook') return null;
    if (!sameText(formatReference(lookup.area), recorded)) return null;
  }
  return { rows: record.rows, profile: record.profile };
}
