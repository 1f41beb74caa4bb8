/**
 * Which sheets are the scorer's outputs is one rule (src/workbook/outputLocation.ts): the hosts read
 * by it (Office, .xlsx, WPS), the panes show the summary by it, the command line skips those sheets by
 * it. Here the rule itself, and a guard that no other source file resolves PE_Out* names on its own.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { outputSheetNames, outputSheetOf, outputSheetsOfWorkbook } from '../../src/workbook/outputLocation';
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

describe('outputSheetNames and outputSheetsOfWorkbook', () => {
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

  it('every output of the workbook once; a workbook-scoped name makes none', () => {
    expect(outputSheetsOfWorkbook(names, SHEETS)).toEqual(['评分汇总', '扣分明细', '评分汇总 (2)']);
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
