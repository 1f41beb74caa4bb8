/**
 * Which sheets are the scorer's outputs is one rule (src/workbook/outputLocation.ts): the hosts read
 * by it (Office, .xlsx, WPS), the panes show the summary by it, the command line skips those sheets by
 * it. Here the rule itself, and a guard that no other source file resolves PE_Out* names on its own.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { isOutputOfSomeSheet, outputSheetNames, outputSheetOf } from '../../src/workbook/outputLocation';
import { isScorerSheet } from '../../src/workbook/leagueSheet';
import type { DefinedName } from '../../src/workbook/types';

const SHEETS = ['绩效指标', '项目二', '评分汇总', '扣分明细', '评分汇总 (2)'];
const scoped = (sheet: string, name: string, formula: string): DefinedName => ({
  name,
  scope: { sheet },
  formula,
});

describe('outputSheetOf', () => {
  test.each<[string, DefinedName[], string | null]>([
    ['its own sheet-scoped name', [scoped('绩效指标', 'PE_OutSummary', "'评分汇总'!$A$1")], '评分汇总'],
    [
      'spelled in another case, as the workbook spells the sheet',
      [scoped('绩效指标', 'pe_outsummary', '评分汇总!A1')],
      '评分汇总',
    ],
    [
      'a workbook-scoped name is nobody’s output',
      [{ name: 'PE_OutSummary', scope: 'workbook', formula: "'评分汇总'!$A$1" }],
      null,
    ],
    ['another sheet’s name', [scoped('项目二', 'PE_OutSummary', "'评分汇总 (2)'!$A$1")], null],
    ['pointing at the scored sheet itself', [scoped('绩效指标', 'PE_OutSummary', "'绩效指标'!$A$1")], null],
    ['a sheet that no longer exists', [scoped('绩效指标', 'PE_OutSummary', "'旧汇总'!$A$1")], null],
    ['#REF!', [scoped('绩效指标', 'PE_OutSummary', '#REF!')], null],
    ['several areas', [scoped('绩效指标', 'PE_OutSummary', "'评分汇总'!$A$1,'扣分明细'!$A$1")], null],
  ])('%s', (_case, names, expected) => {
    expect(outputSheetOf(names, '绩效指标', SHEETS, 'PE_OutSummary')).toBe(expected);
  });
});

describe('outputSheetNames', () => {
  const names: DefinedName[] = [
    scoped('绩效指标', 'PE_OutSummary', "'评分汇总'!$A$1"),
    scoped('绩效指标', 'PE_OutDeductions', "'扣分明细'!$A$1"),
    scoped('项目二', 'PE_OutSummary', "'评分汇总 (2)'!$A$1"),
    scoped('项目二', 'PE_OutDeductions', "'扣分明细'!$A$1"),
    { name: 'PE_OutSummary', scope: 'workbook', formula: "'项目二'!$A$1" },
  ];

  it('a sheet’s outputs, summary first', () => {
    expect(outputSheetNames(names, '绩效指标', SHEETS)).toEqual(['评分汇总', '扣分明细']);
    expect(outputSheetNames(names, '项目二', SHEETS)).toEqual(['评分汇总 (2)', '扣分明细']);
  });
});

describe('isOutputOfSomeSheet: the name AND the title naming its sheet, as the run overwrites by', () => {
  const names: DefinedName[] = [
    scoped('绩效指标', 'PE_OutSummary', "'评分汇总'!$A$1"),
    scoped('绩效指标', 'PE_OutReport', "'局属中心'!$A$1"),
    scoped('项目二', 'PE_OutDeductions', "'分局'!$A$1"),
    scoped('分局', 'PE_Targets', "'分局'!$D$4:$D$9"),
    scoped('Sheet1', 'PE_OutDeductions', "'明细'!$A$1"),
    { name: 'PE_OutSummary', scope: 'workbook', formula: "'汇总'!$A$1" },
  ];
  test.each<[string, string, string | undefined, boolean]>([
    ['the summary titled for its sheet', '评分汇总', '绩效自评评分汇总：绩效指标', true],
    ['titled with the sheet’s name in another case', '明细', '扣分明细：SHEET1', true],
    ['titled for another sheet', '评分汇总', '绩效自评评分汇总：项目二', false],
    ['the title of another output', '评分汇总', '扣分明细：绩效指标', false],
    ['not read: no title', '评分汇总', undefined, false],
    ['an officer’s table PE_OutReport points at', '局属中心', '2023年度部门整体支出绩效自评表', false],
    ['the same sheet titled as the report', '局属中心', '自评报告：绩效指标', true],
    ['a sheet holding input names, whatever its title', '分局', '扣分明细：项目二', false],
    ['a workbook-scoped name claims nothing', '汇总', '绩效自评评分汇总：绩效指标', false],
  ])('%s', (_case, sheet, title, expected) => {
    expect(isOutputOfSomeSheet(names, sheet, title)).toBe(expected);
  });

  it('isScorerSheet: an officer’s table a PE_Out* name points at is not ours; our titled outputs are', () => {
    expect(isScorerSheet(names, '局属中心', '2023年度部门整体支出绩效自评表')).toBe(false);
    expect(isScorerSheet(names, '局属中心', undefined)).toBe(false);
    expect(isScorerSheet(names, '评分汇总', '绩效自评评分汇总：绩效指标')).toBe(true);
    expect(isScorerSheet(names, '分局', '扣分明细：项目二')).toBe(false);
  });
});

it('no other source file resolves the PE_Out* names itself', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  const src = join(__dirname, '..', '..', 'src');
  const spelled = files(src).filter(
    (path) =>
      !path.endsWith('outputNames.ts') &&
      /['"`]PE_Out(Summary|Deductions)['"`]/.test(readFileSync(path, 'utf8')),
  );
  expect(spelled).toEqual([]);
});
