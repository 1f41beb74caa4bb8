/**
 * The bureau's view (issue 10 §3), pure part: one row per sheet — the department or project name
 * from the sheet's head block (else the sheet's name), total, grade, over-150% count, under-100%
 * count, errors, complete, a link to the sheet's 评分汇总 — scored sheets sorted by total, highest
 * first (ties: file, then sheet, in the order given), then the sheets that could not be scored with
 * the reason; and the 各表评分汇总 sheet's contents. ONE builder for the pane (Office, WPS) and the
 * command line's --league; where the entries come from (one workbook's sheets, a batch of files) is
 * the caller's.
 */
import type { Message } from '../engine/messages/message';
import type { ScoreResult } from '../engine/types';
import { COUNT_FORMAT, SCORE_FORMAT, buildSheetContent, type TableRow } from './sheetTable';
import type { FormulaWrite, SheetWrite, WriteValue } from './types';

export const LEAGUE_SHEET = '各表评分汇总';
/** The league sheet's title cell (A1): the scorer recognises its own league sheet by it. */
export const LEAGUE_TITLE = LEAGUE_SHEET;
/** 等级 of a sheet that could not be scored. */
export const NOT_SCORED = '未评分';

/** Where a row's link goes: a sheet's 评分汇总, in this workbook (`file` absent) or in another file. */
export interface LeagueLink {
  sheet: string;
  /** Path of the workbook that holds the sheet, relative to the league's own file; absent: this workbook. */
  file?: string;
}

interface EntryBase {
  /** The file the sheet is in ('' within one workbook). */
  file: string;
  sheet: string;
  /** 部门 / 项目名称 from the head block (headFacts.ts), when there is one. */
  organisation?: string;
}

export type LeagueEntry =
  | (EntryBase & { result: ScoreResult; summary?: LeagueLink })
  | (EntryBase & { refusal: string; refusalText?: Message });

export interface LeagueRow {
  file: string;
  sheet: string;
  name: string;
  /** null: the sheet could not be scored (`reason` says why). */
  total: number | null;
  grade: string;
  over150: number | null;
  under100: number | null;
  errors: number | null;
  complete: boolean;
  summary: LeagueLink | null;
  /** Why the sheet was not scored; '' for a scored sheet. */
  reason: string;
  /** The same as a message, for the pane to word in its language. */
  reasonText?: Message;
}

function rowOf(entry: LeagueEntry): LeagueRow {
  const base = { file: entry.file, sheet: entry.sheet, name: entry.organisation ?? entry.sheet };
  if ('refusal' in entry)
    return {
      ...base,
      total: null,
      grade: NOT_SCORED,
      over150: null,
      under100: null,
      errors: null,
      complete: false,
      summary: null,
      reason: entry.refusal,
      ...(entry.refusalText ? { reasonText: entry.refusalText } : {}),
    };
  const { result } = entry;
  return {
    ...base,
    total: result.total,
    grade: result.grade,
    over150: result.counts.over150,
    under100: result.counts.under100,
    errors: result.counts.errors,
    complete: result.complete,
    summary: entry.summary ?? null,
    reason: '',
  };
}

export function leagueRows(entries: LeagueEntry[]): LeagueRow[] {
  const rows = entries.map((entry, index) => ({ index, row: rowOf(entry) }));
  // Highest total first; equal totals keep the order they were given (file, then sheet order);
  // sheets not scored last, in the order given.
  const key = (total: number | null) => (total === null ? -Infinity : total);
  rows.sort((a, b) => key(b.row.total) - key(a.row.total) || a.index - b.index);
  return rows.map((r) => r.row);
}

export const LEAGUE_HEADERS = [
  '名次',
  '部门/项目',
  '工作表',
  '总分',
  '等级',
  '超过150%',
  '低于100%',
  '无法评分',
  '是否完整',
  '评分汇总',
  '说明',
] as const;

/** Excel refuses a HYPERLINK argument longer than 255 characters. */
const MAX_LINK = 255;

/** A formula's string literal: quotes doubled. */
const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The link to a sheet's summary as a HYPERLINK formula, the text shown being the summary sheet's
 * name. The place is the sheet always quoted, its apostrophes doubled: `'Sheet ''x'''!A1`. In this
 * workbook it follows a `#` (`#'评分汇总'!A1`: Excel reads everything after the first `#` as the
 * place, so a `#` or `%` in the sheet name is harmless). In another file it follows the file in
 * brackets, Excel's documented form for a place in another workbook (the HYPERLINK function's own
 * examples: `[C:\My Documents\Mybook.xlsx]Totals`), e.g. `[out/a 100%.scored.xlsx]'评分汇总'!A1`.
 * Both are string literals (quotes doubled), so no name can turn into formula code. null (the cell
 * then holds the sheet's name as text) when the location is longer than Excel accepts (a long path),
 * when the path holds a bracket (it cannot be written in that form; Excel itself never saves such a
 * file name), or a `#`: Microsoft documents `#` as valid in a file name but not accepted in Office
 * hyperlinks, so a link to such a path may open nothing, and a plain name is better than a dead link.
 */
export function summaryLink(link: LeagueLink): FormulaWrite | null {
  const place = `'${link.sheet.replace(/'/g, "''")}'!A1`;
  if (link.file !== undefined && /[[\]#]/.test(link.file)) return null;
  const location = link.file === undefined ? `#${place}` : `[${link.file}]${place}`;
  if (location.length > MAX_LINK) return null;
  return { formula: `=HYPERLINK(${literal(location)},${literal(link.sheet)})` };
}

/**
 * 各表评分汇总: a title, the header, then one row per sheet (ranked rows, then rows not scored), with
 * a 文件 column only when the rows span several files. User text (names, sheet names, reasons) is
 * always written as text; only the link is a formula.
 */
export function leagueSheetContent(rows: LeagueRow[]): Omit<SheetWrite, 'name' | 'create'> {
  const withFile = rows.some((r) => r.file !== '');
  let rank = 0;
  const table: TableRow[] = [
    { values: [LEAGUE_TITLE] },
    { values: withFile ? [...LEAGUE_HEADERS, '文件'] : [...LEAGUE_HEADERS], header: true },
    ...rows.map((r) => {
      const link: WriteValue = r.summary ? (summaryLink(r.summary) ?? r.summary.sheet) : null;
      return {
        values: [
          r.total === null ? null : (rank += 1),
          r.name,
          r.sheet,
          r.total,
          r.grade,
          r.over150,
          r.under100,
          r.errors,
          r.complete ? '是' : '否',
          link,
          r.reason || null,
          ...(withFile ? [r.file] : []),
        ],
        formats: [
          COUNT_FORMAT,
          null,
          null,
          SCORE_FORMAT,
          null,
          COUNT_FORMAT,
          COUNT_FORMAT,
          COUNT_FORMAT,
          null,
        ],
      };
    }),
  ];
  return buildSheetContent(table, [6, 36, 20, 10, 8, 10, 10, 10, 10, 16, 40, ...(withFile ? [40] : [])]);
}
