/**
 * The scorer's sheets (workbook-contract.md §2.3–2.5): which sheet each goes to, and the rows of
 * 评分汇总 and 扣分明细 (自评报告's rows are reportSheet.ts').
 *
 * A sheet is the scorer's by the one ownership rule of outputLocation.ts (outputSheetProblem): the
 * scored sheet's own (sheet-scoped) PE_OutSummary / PE_OutDeductions / PE_OutReport name points at it,
 * it holds no PE input name, AND its title cell (A1) names this scored sheet ("绩效自评评分汇总：S",
 * "扣分明细：S", "自评报告：S"). The same rule tells 评分全部工作表 and the command line which sheets
 * not to score. Any other sheet with the wanted name — the user's, a department's a copied name points
 * at, or another scored sheet's output — is left alone and the output goes to "评分汇总 (2)", "(3)"...
 */
import { FLAG_HEADINGS } from '../engine/flags';
import { workbookFinding, wmsg } from './messages';
import type { Finding, Profile, ScoreResult } from '../engine/types';
import { outputSheetProblem } from './outputLocation';
import { DEDUCTIONS_TITLE, SUMMARY_TITLE, type OutputSheetName } from './outputNames';
import { formatReference, parseReference, sameText } from './references';
import {
  COUNT_FORMAT,
  RATE_FORMAT,
  SCORE_FORMAT,
  buildSheetContent,
  sum2,
  type TableRow,
} from './sheetTable';
import { cellAt } from './grid';
import { DEDUCTIONS_WIDTHS, SUMMARY_WIDTHS } from './outputPresentation';
import type { DefinedName, NameAdd, SheetSnapshot, SheetWrite, WriteValue } from './types';

export const SUMMARY_SHEET = '评分汇总';
export const DEDUCTIONS_SHEET = '扣分明细';
export const REPORT_SHEET = '自评报告';
export { DEDUCTIONS_TITLE, REPORT_TITLE, SUMMARY_TITLE } from './outputNames';

/**
 * A1 of a sheet the host read; undefined when it did not (such a sheet says nothing, so it is not
 * the scorer's: outputSheetProblem).
 */
function titleOf(sheets: SheetSnapshot[], sheetName: string) {
  const sheet = sheets.find((s) => sameText(s.name, sheetName));
  return sheet === undefined ? undefined : cellAt(sheet.grid, 0, 0).value;
}
const MAX_SHEET_NAME = 31;

export interface OutputSheetChoice {
  name: string;
  create: boolean;
  nameAdd: NameAdd | null;
  findings: Finding[];
}

/**
 * Picks the sheet for one output. `taken` holds sheet names already chosen in this run, so the two
 * outputs never land on one sheet.
 */
export function chooseOutputSheet(
  scoredSheet: string,
  outName: OutputSheetName,
  baseName: string,
  names: DefinedName[],
  sheetNames: string[],
  taken: string[],
  sheets: SheetSnapshot[],
): OutputSheetChoice {
  const findings: Finding[] = [];
  const own = names.find(
    (n) => sameText(n.name, outName) && n.scope !== 'workbook' && sameText(n.scope.sheet, scoredSheet),
  );
  if (own) {
    const parsed = parseReference(own.formula);
    const target = 'error' in parsed || parsed.areas.length !== 1 ? null : parsed.areas[0].sheet;
    const existing = target === null ? undefined : sheetNames.find((s) => sameText(s, target));
    // Taken by another output of this run, else the one ownership rule (outputLocation.ts).
    const problem =
      existing !== undefined && taken.some((t) => sameText(t, existing))
        ? wmsg('output-sheet.taken', {})
        : outputSheetProblem(
            names,
            scoredSheet,
            outName,
            existing,
            existing === undefined ? undefined : titleOf(sheets, existing),
          );
    if (!problem) return { name: existing!, create: false, nameAdd: null, findings };
    const text = wmsg('output-sheet.ignored', { name: outName, formula: own.formula, problem });
    findings.push(workbookFinding('warning', outName, 'output-name-ignored', text));
  }
  const name = freeSheetName(baseName, [...sheetNames, ...taken]);
  return {
    name,
    create: true,
    nameAdd: {
      name: outName,
      scope: { sheet: scoredSheet },
      formula: formatReference({ sheet: name, top: 0, left: 0, bottom: 0, right: 0 }),
    },
    findings,
  };
}

/** "评分汇总", else "评分汇总 (2)", "(3)"...: at most 31 characters, no clash (case-insensitive). */
export function freeSheetName(base: string, existing: string[]): string {
  const clash = (candidate: string) => existing.some((s) => sameText(s, candidate));
  if (!clash(base) && base.length <= MAX_SHEET_NAME) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!clash(candidate)) return candidate;
  }
}

const LEVEL_WORDS: Record<Finding['level'], string> = { error: '错误', warning: '警告', info: '提示' };

export function summarySheet(
  choice: { name: string; create: boolean },
  scoredSheet: string,
  result: ScoreResult,
  profile: Profile,
  findings: Finding[],
  /** The 评分区域（自动识别） block (detectRecord.ts), when the ranges were detected. */
  detectedRows: WriteValue[][] = [],
): SheetWrite {
  const score = [null, null, SCORE_FORMAT, SCORE_FORMAT];
  const line = (level: '分组' | '部分', name: string): TableRow | null => {
    const item = (level === '分组' ? result.groups : result.sections).find((l) => l.name === name);
    return item ? { values: [level, item.name, item.points, item.score], formats: score } : null;
  };
  // Sections in the engine's order, each group's row before its first section. A section the
  // profile does not list (the engine's single block when PE_Categories is absent) stands in for
  // the indicator sections it replaced, so it sits in their group.
  const present = new Set(result.sections.map((s) => s.name));
  const listed = new Set(profile.sections.map((s) => s.name));
  const groupOf = (section: string) =>
    listed.has(section)
      ? profile.groups.find((g) => g.sections.includes(section))
      : profile.groups.find((g) => g.sections.some((name) => !present.has(name)));
  const scoreRows: TableRow[] = [];
  const emitted = new Set<string>();
  for (const section of result.sections) {
    const group = groupOf(section.name);
    if (group && !emitted.has(group.name)) {
      emitted.add(group.name);
      const groupRow = line('分组', group.name);
      if (groupRow) scoreRows.push(groupRow);
    }
    scoreRows.push(line('部分', section.name)!);
  }
  const counts = result.counts;
  const countRows: [string, number][] = [
    ['指标数', counts.indicators],
    ['满分指标', counts.fullMarks],
    [FLAG_HEADINGS.over150['zh-CN'], counts.over150],
    [FLAG_HEADINGS.under100['zh-CN'], counts.under100],
    [FLAG_HEADINGS.review['zh-CN'], counts.review],
    [FLAG_HEADINGS.error['zh-CN'], counts.errors],
  ];
  const rows: TableRow[] = [
    { values: [`${SUMMARY_TITLE}${scoredSheet}`] },
    { values: ['评分规则', `${profile.label['zh-CN']}（${profile.id}）`] },
    // PE_Rules: every setting that differs from the base, one row each (none for the base as it is).
    ...result.rules.changed.map((change) => ({ values: [`规则调整：${change.label}`, change.text] })),
    { values: [] },
    { values: ['层级', '名称', '分值', '得分'], header: true },
    ...scoreRows,
    {
      values: ['总分', '自评得分', sum2(result.sections.map((s) => s.points)), result.total],
      formats: score,
    },
    { values: ['等级', result.grade] },
    { values: ['是否完整', result.complete ? '是' : '否（部分内容未能评分，总分只含已评分部分）'] },
    ...(result.budget.note ? [{ values: ['预算执行率', result.budget.note] }] : []),
    { values: [] },
    ...(detectedRows.length === 0
      ? []
      : [...detectedRows.map((values, i) => ({ values, header: i === 1 })), { values: [] }]),
    { values: ['统计', '数量'], header: true },
    ...countRows.map(([label, n]) => ({ values: [label, n], formats: [null, COUNT_FORMAT] })),
    { values: [] },
    ...suggestionRows(result),
    { values: ['提示与错误'] },
    { values: ['级别', '单元格', '说明'], header: true },
    ...(findings.length === 0
      ? [{ values: ['（无）'] }]
      : findings.map((f) => ({ values: [LEVEL_WORDS[f.level], f.cell ?? '', f.message] }))),
    // The scorer's memory (its output columns, the fills it replaced) is not here: it is kept in
    // hidden names of the scored sheet (memoryNames.ts), away from what officers read and edit.
  ];
  return { name: choice.name, create: choice.create, ...buildSheetContent(rows, SUMMARY_WIDTHS) };
}

/** 下年目标建议 (engine/suggestion.ts): one row per suggestion, none when there is none. Never in the target cells. */
function suggestionRows(result: ScoreResult): TableRow[] {
  const suggested = result.indicators.filter((i) => i.suggestedTarget !== undefined);
  if (suggested.length === 0) return [];
  return [
    { values: ['下年目标建议（不写入目标值单元格）'] },
    { values: ['指标', '目标值单元格', '建议下年目标', '理由'], header: true },
    ...suggested.map((i) => ({
      values: [i.name, i.targetCell, i.suggestedTarget ?? '', i.suggestionReason ?? ''],
    })),
    { values: [] },
  ];
}

export function deductionsSheet(
  choice: { name: string; create: boolean },
  scoredSheet: string,
  result: ScoreResult,
): SheetWrite {
  const lostRows = result.indicators.filter((i) => i.flag !== 'error' && i.score !== null && i.lost > 0);
  const rows: TableRow[] = [
    { values: [`${DEDUCTIONS_TITLE}${scoredSheet}`] },
    { values: [] },
    { values: ['管理效率扣分'] },
    { values: ['项目', '分值', '实际值', '规则', '扣分', '原因'], header: true },
    ...(result.deductions.length === 0
      ? [{ values: ['（未填写管理效率项目）'] }]
      : [
          ...result.deductions.map((d) => ({
            values: [d.item, d.points, d.value, d.rule, d.deducted, d.reason],
            formats: [null, SCORE_FORMAT, null, null, SCORE_FORMAT, null],
          })),
          {
            values: [
              '合计',
              sum2(result.deductions.map((d) => d.points)),
              null,
              null,
              sum2(result.deductions.map((d) => d.deducted)),
            ],
            formats: [null, SCORE_FORMAT, null, null, SCORE_FORMAT],
          },
        ]),
    { values: [] },
    { values: ['指标失分'] },
    { values: ['指标', '单元格', '完成率', '分值', '得分', '失分', '原因'], header: true },
    ...(lostRows.length === 0
      ? [{ values: ['（无失分指标）'] }]
      : [
          ...lostRows.map((i) => ({
            values: [i.name, i.cell, i.displayRate, i.weight, i.score, i.lost, i.note],
            formats: [null, null, RATE_FORMAT, SCORE_FORMAT, SCORE_FORMAT, SCORE_FORMAT, null],
          })),
          {
            values: ['合计', null, null, null, null, sum2(lostRows.map((i) => i.lost))],
            formats: [null, null, null, null, null, SCORE_FORMAT],
          },
        ]),
  ];
  return {
    name: choice.name,
    create: choice.create,
    ...buildSheetContent(rows, DEDUCTIONS_WIDTHS),
  };
}
