/**
 * What the summary sheet says about detected ranges, and how a later run recognises them:
 *   评分区域（自动识别）
 *   名称          | 引用                 | 表头       | 说明
 *   PE_Targets    | '绩效'!$D$4:$D$27     | 年度目标值 | 自动识别
 *   PE_BudgetRate | 未找到               |            | 未找到预算执行数据：预算执行率不计分，总分不完整
 *   评分规则      | national-project     |            | 项目支出表（…），按财政部项目支出规则
 *   提示          | A12                  |            | 第12行重复了表头（分页），表格在其下继续…
 * The first run on a sheet without names writes it (and defines the names, with their hidden twins,
 * detectNames.ts). A later run writes it again — the same rows with each name's reference as it is
 * now, and the same profile when the sheet has no PE_Profile — while the sheet's input names equal
 * their twins (an inserted or deleted row or column moves both alike); once the officer changes, adds
 * or removes a name the ranges are theirs: the block and the twins are dropped. So scoring twice
 * equals scoring once. The block is only read for its words (headers, what is missing, why the
 * profile, notices), except on a workbook scored before the twins (laterDetectedRecord).
 */
import { parseProfileId } from '../engine';
import { caseKey } from '../engine/caseKey';
import type { ProfileId } from '../engine/types';
import type { Detection } from './detect';
import { detectedNameChanges, readDetectedNames, twinsStillMatch } from './detectNames';
import { inputNamesOnSheet, lookupName, type InputName } from './names';
import { formatReference, sameText } from './references';
import type { Area, DefinedName, NameAdd, NameRef, SheetGrid, WriteValue } from './types';

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

/** The old rule (workbooks scored before the twins): the recorded names at the recorded references. */
function oldRecordStillMatches(record: { found: Map<string, string> }, names: DefinedName[], sheet: string) {
  if (record.found.size === 0) return false;
  const present = inputNamesOnSheet(names, sheet);
  if (present.length !== record.found.size) return false;
  return present.every((name) => {
    const recorded = record.found.get(caseKey(name));
    const lookup = lookupName(names, sheet, name);
    return (
      recorded !== undefined &&
      lookup.kind === 'ok' &&
      lookup.definition.scope !== 'workbook' &&
      sameText(formatReference(lookup.area), recorded)
    );
  });
}

/**
 * The block as this run writes it: the recorded rows with each detected name's reference as it is
 * now (Excel moved the names, not the text); rebuilt from the names when the block is gone.
 */
function refreshedRows(
  record: { rows: WriteValue[][] } | null,
  areas: Map<InputName, Area>,
  profile: ProfileId | null,
): WriteValue[][] {
  const now = new Map([...areas].map(([name, area]) => [caseKey(name), formatReference(area)]));
  if (record) {
    return record.rows.flatMap((row, i) => {
      if (i < 2 || row[3] !== DETECTED_WORD || typeof row[0] !== 'string') return [row];
      const reference = now.get(caseKey(row[0]));
      return reference === undefined ? [] : [[row[0], reference, row[2], row[3]]];
    });
  }
  const rows: WriteValue[][] = [[DETECTED_TITLE], [...DETECTED_HEADERS]];
  for (const [name, area] of areas) rows.push([name, formatReference(area), null, DETECTED_WORD]);
  if (profile) rows.push([PROFILE_ROW, profile, null, null]);
  return rows;
}

/**
 * What a later run (one that reads names) knows of an earlier detection: the block to write and the
 * profile to use while the detected ranges are still the sheet's (detectNames.ts: the input names
 * equal their hidden twins), and the name writes that keep the detection memory so — none when
 * nothing changed; all of it deleted once the officer changed, added or removed a name (the ranges
 * are theirs). A sheet without twins but with the old text-only block (a workbook scored before the
 * twins) is taken over while the block's references are exactly the names' (the old rule, sheet
 * names compared ignoring case): the twins and the profile name are then written, and the block with
 * the references as the names spell them now, as every later run writes it.
 */
export function laterDetectedRecord(
  summary: SheetGrid | null,
  names: DefinedName[],
  sheet: string,
): { record: DetectedRecord | null; adds: NameAdd[]; deletes: NameRef[] } {
  const memory = readDetectedNames(names, sheet);
  const block = readRecord(summary);
  if (memory.own.length > 0) {
    const areas = twinsStillMatch(names, sheet, memory);
    if (!areas) return { record: null, ...detectedNameChanges(names, sheet, null) };
    const profile = memory.profile ?? block?.profile ?? null;
    return { record: { rows: refreshedRows(block, areas, profile), profile }, adds: [], deletes: [] };
  }
  if (!block || !oldRecordStillMatches(block, names, sheet)) return { record: null, adds: [], deletes: [] };
  const areas = new Map<InputName, Area>();
  for (const name of inputNamesOnSheet(names, sheet)) {
    const lookup = lookupName(names, sheet, name);
    if (lookup.kind === 'ok') areas.set(name, lookup.area);
  }
  const twins = [...areas].map(([name, area]) => ({ name, formula: formatReference(area) }));
  const changes = detectedNameChanges(names, sheet, { twins, profile: block.profile });
  // The block as every later run writes it (the references as the names spell them now): the text
  // may differ from the names only in the sheet's letter case (matched case-insensitively above,
  // after a case-only rename), and the next run, reading the twins, would rewrite it.
  return { record: { rows: refreshedRows(block, areas, block.profile), profile: block.profile }, ...changes };
}

/** The detection memory the detecting run writes: a twin of each name it defines, and its profile. */
export function detectedRunNames(
  detection: Detection,
  names: DefinedName[],
  sheet: string,
): { adds: NameAdd[]; deletes: NameRef[] } {
  const twins = detection.parts.flatMap((part) =>
    part.status === 'found' && part.reference !== null ? [{ name: part.name, formula: part.reference }] : [],
  );
  return detectedNameChanges(names, sheet, { twins, profile: detection.profile.id });
}
