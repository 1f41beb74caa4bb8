/**
 * The bureau's view (issue 10 §3), pure part: one row per scored sheet — the department or project
 * name from the sheet's head block (else the sheet's name), total, grade, over-150% count, under-100%
 * count, errors, complete — sorted by total, highest first (ties: file, then sheet, in order given),
 * and the 各表评分汇总 sheet's contents. Where the rows come from (one workbook's sheets, a batch of
 * files) is the caller's.
 */
import type { ScoreResult } from '../engine/types';
import { COUNT_FORMAT, SCORE_FORMAT, buildSheetContent, type TableRow } from './sheetTable';
import type { SheetWrite } from './types';

export const LEAGUE_SHEET = '各表评分汇总';

export interface LeagueEntry {
  /** The file the sheet is in ('' within one workbook). */
  file: string;
  sheet: string;
  /** 部门 / 项目名称 from the head block (headFacts.ts), when there is one. */
  organisation?: string;
  result: ScoreResult;
}

export interface LeagueRow {
  file: string;
  sheet: string;
  name: string;
  total: number;
  grade: string;
  over150: number;
  under100: number;
  errors: number;
  complete: boolean;
}

export function leagueRows(entries: LeagueEntry[]): LeagueRow[] {
  const rows = entries.map((e, index) => ({
    index,
    row: {
      file: e.file,
      sheet: e.sheet,
      name: e.organisation ?? e.sheet,
      total: e.result.total,
      grade: e.result.grade,
      over150: e.result.counts.over150,
      under100: e.result.counts.under100,
      errors: e.result.counts.errors,
      complete: e.result.complete,
    },
  }));
  // Highest total first; equal totals keep the order they were given (file, then sheet order).
  rows.sort((a, b) => b.row.total - a.row.total || a.index - b.index);
  return rows.map((r) => r.row);
}

const HEADERS = [
  '名次',
  '部门/项目',
  '工作表',
  '总分',
  '等级',
  '超过150%',
  '低于100%',
  '无法评分',
  '是否完整',
];

/** 各表评分汇总: a title, then one row per sheet (with the file when the rows span several files). */
export function leagueSheetContent(rows: LeagueRow[]): Omit<SheetWrite, 'name' | 'create'> {
  const withFile = rows.some((r) => r.file !== '');
  const table: TableRow[] = [
    { values: [LEAGUE_SHEET] },
    { values: withFile ? [...HEADERS, '文件'] : HEADERS, header: true },
    ...rows.map((r, i) => ({
      values: [
        i + 1,
        r.name,
        r.sheet,
        r.total,
        r.grade,
        r.over150,
        r.under100,
        r.errors,
        r.complete ? '是' : '否',
        ...(withFile ? [r.file] : []),
      ],
      formats: [COUNT_FORMAT, null, null, SCORE_FORMAT, null, COUNT_FORMAT, COUNT_FORMAT, COUNT_FORMAT, null],
    })),
  ];
  return buildSheetContent(table, [6, 36, 20, 10, 6, 10, 10, 10, 10, ...(withFile ? [40] : [])]);
}
