import { planScoring } from '../../src/workbook';
import { titleNames } from '../../src/workbook/outputLocation';
import { chooseOutputSheet, freeSheetName } from '../../src/workbook/outputSheets';
import type { CellValue, DefinedName, SheetSnapshot, SheetWrite } from '../../src/workbook/types';
import {
  applyPlan,
  exampleWorkbook,
  gridOf,
  sheetOf,
  snapshotOf,
  type FakeWorkbook,
} from './helpers/fakeWorkbook';
import { local, smallTable, wb } from './helpers/tables';

const titled = (name: string, title: CellValue): SheetSnapshot => ({
  name,
  protected: false,
  grid: gridOf(sheetOf(name, { A1: title })),
});
/** Every 评分汇总* sheet of these tables is Sheet1's own (its title names Sheet1). */
const summaryChoice = (names: DefinedName[], sheetNames: string[]) =>
  chooseOutputSheet(
    'Sheet1',
    'PE_OutSummary',
    '评分汇总',
    names,
    sheetNames,
    [],
    sheetNames.filter((s) => s.startsWith('评分汇总')).map((s) => titled(s, '绩效自评评分汇总：Sheet1')),
  );

describe('which sheet the summary goes to', () => {
  test.each([
    ['no such sheet: created', [], ['Sheet1'], '评分汇总', true],
    ['the user’s own 评分汇总 is left alone', [], ['Sheet1', '评分汇总'], '评分汇总 (2)', true],
    [
      'case-insensitive clash, (2) taken too',
      [],
      ['Sheet1', '评分汇总', '评分汇总 (2)'],
      '评分汇总 (3)',
      true,
    ],
    [
      'the scored sheet’s PE_OutSummary: replaced',
      [local('Sheet1', 'PE_OutSummary', "'评分汇总'!$A$1")],
      ['Sheet1', '评分汇总'],
      '评分汇总',
      false,
    ],
    [
      'its (2) kept on later runs',
      [local('Sheet1', 'PE_OutSummary', "'评分汇总 (2)'!$A$1")],
      ['Sheet1', '评分汇总', '评分汇总 (2)'],
      '评分汇总 (2)',
      false,
    ],
    [
      'another scored sheet’s summary is not taken',
      [local('Sheet2', 'PE_OutSummary', "'评分汇总'!$A$1")],
      ['Sheet1', 'Sheet2', '评分汇总'],
      '评分汇总 (2)',
      true,
    ],
    [
      'a workbook-scoped PE_OutSummary is nobody’s',
      [wb('PE_OutSummary', "'评分汇总'!$A$1")],
      ['Sheet1', '评分汇总'],
      '评分汇总 (2)',
      true,
    ],
  ])('%s -> %s', (_label, names, sheetNames, name, create) => {
    const choice = summaryChoice(names, sheetNames);
    expect(choice).toMatchObject({ name, create });
    expect(choice.nameAdd).toEqual(
      create ? { name: 'PE_OutSummary', scope: { sheet: 'Sheet1' }, formula: `'${name}'!$A$1` } : null,
    );
  });

  test.each([
    ['the sheet was deleted (#REF!)', '#REF!', ['Sheet1']],
    ['the scored sheet itself', 'Sheet1!$A$1', ['Sheet1']],
    ['a sheet with scoring inputs', "'数据'!$A$1", ['Sheet1', '数据']],
  ])('PE_OutSummary pointing at %s is ignored with a finding', (_label, formula, sheetNames) => {
    const names = [local('Sheet1', 'PE_OutSummary', formula), wb('PE_Targets', "'数据'!$A$1:$A$3")];
    const choice = summaryChoice(names, sheetNames);
    expect(choice).toMatchObject({ name: '评分汇总', create: true });
    expect(choice.findings).toEqual([
      expect.objectContaining({ cell: 'PE_OutSummary', code: 'output-name-ignored' }),
    ]);
  });

  test('names stay within 31 characters', () => {
    const base = '很长的工作表名称'.repeat(4).slice(0, 31);
    const name = freeSheetName(base, [base]);
    expect(name).toHaveLength(31);
    expect(name.endsWith(' (2)')).toBe(true);
  });

  test('the two outputs never share a sheet', () => {
    const names = [
      local('Sheet1', 'PE_OutSummary', "'评分汇总'!$A$1"),
      local('Sheet1', 'PE_OutDeductions', "'评分汇总'!$A$1"),
    ];
    const choice = chooseOutputSheet(
      'Sheet1',
      'PE_OutDeductions',
      '扣分明细',
      names,
      ['Sheet1', '评分汇总'],
      ['评分汇总'],
      [titled('评分汇总', '绩效自评评分汇总：Sheet1')],
    );
    expect(choice).toMatchObject({ name: '扣分明细', create: true });
  });
});

describe('planScoring: output sheets', () => {
  function sheets(workbook: FakeWorkbook): SheetWrite[] {
    const planned = planScoring(snapshotOf(workbook, 'Sheet1'));
    if (!planned.ok) throw new Error(planned.refusal.message);
    return planned.run.plan.sheets;
  }

  test('a user sheet named 评分汇总 is left alone: output to 评分汇总 (2), with a name pointing at it', () => {
    const workbook = smallTable();
    workbook.sheets.push(sheetOf('评分汇总', { A1: '用户自己的汇总' }));
    const planned = planScoring(snapshotOf(workbook, 'Sheet1'));
    if (!planned.ok) throw new Error(planned.refusal.message);
    expect(planned.run.plan.sheets.map((s) => [s.name, s.create])).toEqual([
      ['评分汇总 (2)', true],
      ['扣分明细', true],
    ]);
    expect(planned.run.plan.names).toContainEqual({
      name: 'PE_OutSummary',
      scope: { sheet: 'Sheet1' },
      formula: "'评分汇总 (2)'!$A$1",
    });
  });

  test('rows are rectangular, formats match them, and nothing depends on the clock', () => {
    for (const sheet of sheets(smallTable())) {
      const width = sheet.rows[0].length;
      expect(sheet.rows.every((row) => row.length === width)).toBe(true);
      expect(sheet.numberFormats!.map((row) => row.length)).toEqual(sheet.rows.map(() => width));
      const text = JSON.stringify(sheet.rows);
      expect(text).not.toMatch(/20\d\d-\d\d-\d\d|\d\d:\d\d:\d\d/);
    }
  });

  test('扣分明细 lists indicator shortfalls: below 100% and cut above 150%', () => {
    const deductions = sheets(smallTable())[1];
    const lost = deductions.rows.filter((row) => row[1] === 'E3' || row[1] === 'E4' || row[1] === 'E5');
    expect(lost.map((row) => [row[1], row[2], row[3], row[4], row[5]])).toEqual([
      ['E3', 2, 1, 0.5, 0.5],
      ['E4', 0.9, 1, 0.9, 0.1],
    ]);
    expect(deductions.rows).toContainEqual(['合计', null, null, null, null, 0.6, null]);
  });
});

test('a protected output sheet of the scorer: nothing planned, the message names it', () => {
  const workbook = smallTable();
  const first = planScoring(snapshotOf(workbook, 'Sheet1'));
  if (!first.ok) throw new Error(first.refusal.message);
  const once = applyPlan(workbook, first.run.plan);
  once.sheets.find((s) => s.name === '扣分明细')!.protected = true;
  expect(planScoring(snapshotOf(once, 'Sheet1'))).toEqual({
    ok: false,
    refusal: {
      sheet: 'Sheet1',
      code: 'protected',
      message: '工作表 扣分明细 受保护，未写入任何内容。请撤销保护后重试。',
    },
  });
});

describe('sheet contents by profile', () => {
  function planWith(workbook: FakeWorkbook, sheet: string, profile: 'guangzhou-dept' | 'national-project') {
    const planned = planScoring(snapshotOf(workbook, sheet), { profile });
    if (!planned.ok) throw new Error(planned.refusal.message);
    return planned.run.plan.sheets;
  }
  const levels = (summary: SheetWrite) =>
    summary.rows.filter((row) => row[0] === '分组' || row[0] === '部分').map((row) => `${row[0]} ${row[1]}`);

  test('national-project has no groups: one row per section', () => {
    const [summary] = planWith(exampleWorkbook(), '绩效指标', 'national-project');
    expect(levels(summary)).toEqual(['部分 产出指标', '部分 效益指标', '部分 满意度指标', '部分 预算执行率']);
    expect(summary.rows).toContainEqual([
      '评分规则',
      '财政部项目支出绩效自评（national-project）',
      null,
      null,
    ]);
  });

  test('guangzhou-dept: each group followed by its sections', () => {
    const [summary] = planWith(exampleWorkbook(), '绩效指标', 'guangzhou-dept');
    expect(levels(summary)).toEqual([
      '分组 履职效能',
      '部分 产出指标',
      '部分 效益指标',
      '部分 预算执行率',
      '分组 管理效率',
      '部分 管理效率',
    ]);
  });

  test('without PE_Categories the single indicator block sits in the group of the sections it replaces', () => {
    const [summary] = planWith(smallTable(), 'Sheet1', 'guangzhou-dept');
    expect(levels(summary)).toEqual([
      '分组 履职效能',
      '部分 绩效指标（未分类）',
      '部分 预算执行率',
      '分组 管理效率',
      '部分 管理效率',
    ]);
  });

  test('no management names: the deductions sheet says so instead of an empty table', () => {
    const [, deductions] = planWith(smallTable(), 'Sheet1', 'guangzhou-dept');
    expect(deductions.rows).toContainEqual(['（未填写管理效率项目）', null, null, null, null, null, null]);
  });
});

describe('a scorer sheet is this scored sheet’s only when its title names it', () => {
  test.each<[string, CellValue, boolean]>([
    ['the title names the scored sheet', '绩效自评评分汇总：Sheet1', true],
    ['sheet names compare case-insensitively, as in Excel', '绩效自评评分汇总：SHEET1', true],
    ['the title names another sheet (the copy’s original)', '绩效自评评分汇总：Sheet', false],
    ['extra text after the name', '绩效自评评分汇总：Sheet1 ', false],
    ['the other sheet’s title prefix', '扣分明细：Sheet1', false],
    ['the user’s own text', '用户自己的汇总', false],
    ['an empty A1', null, false],
    ['a number in A1', 1, false],
  ])('%s -> %s', (_label, title, owned) => {
    expect(titleNames(title, '绩效自评评分汇总：', 'Sheet1')).toBe(owned);
  });

  test('a sheet the host did not read says nothing: not the scorer’s', () => {
    expect(titleNames(undefined, '绩效自评评分汇总：', 'Sheet1')).toBe(false);
  });
});

describe('a copied scored sheet (Excel "Move or Copy" duplicates its sheet-scoped names)', () => {
  /** S with sheet-scoped names, scored once; then S2 = a copy of S, every S-scoped name duplicated. */
  function scoredThenCopied(): FakeWorkbook {
    const workbook: FakeWorkbook = {
      sheets: [sheetOf('S', { D3: '≥10个', E3: '20个', D4: '≥10个', E4: '9个' })],
      names: [local('S', 'PE_Targets', 'S!$D$3:$D$4'), local('S', 'PE_Actuals', 'S!$E$3:$E$4')],
    };
    const first = planScoring(snapshotOf(workbook, 'S'));
    if (!first.ok) throw new Error(first.refusal.message);
    const once = applyPlan(workbook, first.run.plan);
    const original = once.sheets.find((s) => s.name === 'S')!;
    once.sheets.splice(1, 0, { name: 'S2', cells: structuredClone(original.cells) });
    for (const n of once.names.filter((n) => n.scope !== 'workbook' && n.scope.sheet === 'S')) {
      once.names.push({ name: n.name, scope: { sheet: 'S2' }, formula: n.formula.replace(/^S!/, 'S2!') });
    }
    return once;
  }

  test('the copy gets its own 评分汇总 (2) / 扣分明细 (2) and its names are redefined to them', () => {
    const workbook = scoredThenCopied();
    expect(workbook.names).toContainEqual(local('S2', 'PE_OutSummary', "'评分汇总'!$A$1"));
    const planned = planScoring(snapshotOf(workbook, 'S2'));
    if (!planned.ok) throw new Error(planned.refusal.message);
    expect(planned.run.plan.sheets.map((s) => [s.name, s.create, s.rows[0][0]])).toEqual([
      ['评分汇总 (2)', true, '绩效自评评分汇总：S2'],
      ['扣分明细 (2)', true, '扣分明细：S2'],
    ]);
    expect(planned.run.plan.names).toEqual(
      expect.arrayContaining([
        local('S2', 'PE_OutSummary', "'评分汇总 (2)'!$A$1"),
        local('S2', 'PE_OutDeductions', "'扣分明细 (2)'!$A$1"),
      ]),
    );
  });

  test('afterwards each sheet keeps its own outputs, and the original’s are untouched by the copy', () => {
    const workbook = scoredThenCopied();
    const copyRun = planScoring(snapshotOf(workbook, 'S2'));
    if (!copyRun.ok) throw new Error(copyRun.refusal.message);
    const after = applyPlan(workbook, copyRun.run.plan);
    expect(after.sheets.find((s) => s.name === '评分汇总')).toEqual(
      workbook.sheets.find((s) => s.name === '评分汇总'),
    );
    for (const [sheet, expected] of [
      ['S', ['评分汇总', '扣分明细']],
      ['S2', ['评分汇总 (2)', '扣分明细 (2)']],
    ] as const) {
      const again = planScoring(snapshotOf(after, sheet));
      if (!again.ok) throw new Error(again.refusal.message);
      expect(again.run.plan.sheets.map((s) => [s.name, s.create])).toEqual([
        [expected[0], false],
        [expected[1], false],
      ]);
    }
  });
});
