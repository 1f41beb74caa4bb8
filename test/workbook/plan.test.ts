import { HIGHLIGHT, OUTPUT_NAMES, planScoring } from '../../src/workbook';
import { planRun } from '../../src/workbook/plan';
import type { PlannedRun, WritePlan } from '../../src/workbook/types';
import { applyPlan, cellIn, exampleWorkbook, snapshotOf, type FakeWorkbook } from './helpers/fakeWorkbook';

function run(workbook: FakeWorkbook, sheet = '绩效指标'): PlannedRun {
  const planned = planScoring(snapshotOf(workbook, sheet));
  if (!planned.ok) throw new Error(planned.refusal.message);
  return planned.run;
}

describe('the example sheet (2023 天河), end to end through the mapping', () => {
  const workbook = exampleWorkbook();
  const first = run(workbook);
  const after = applyPlan(workbook, first.plan);

  test('scores as the seed report: 94.46 优, complete, 2 over150, 1 under100', () => {
    expect(first.result).toMatchObject({ total: 94.46, grade: '优', complete: true });
    expect(first.result.counts).toMatchObject({ indicators: 24, over150: 2, under100: 1, errors: 0 });
  });

  test('outputs go right of the 备注 column (H is the user’s): I 完成率, J 得分, K 标记, L 说明', () => {
    expect(first.plan.names.filter((n) => !n.hidden)).toEqual([
      { name: OUTPUT_NAMES.rates, scope: { sheet: '绩效指标' }, formula: "'绩效指标'!$I$3:$I$26" },
      { name: OUTPUT_NAMES.scores, scope: { sheet: '绩效指标' }, formula: "'绩效指标'!$J$3:$J$26" },
      { name: OUTPUT_NAMES.flags, scope: { sheet: '绩效指标' }, formula: "'绩效指标'!$K$3:$K$26" },
      { name: OUTPUT_NAMES.notes, scope: { sheet: '绩效指标' }, formula: "'绩效指标'!$L$3:$L$26" },
      { name: OUTPUT_NAMES.summary, scope: { sheet: '绩效指标' }, formula: "'评分汇总'!$A$1" },
      { name: OUTPUT_NAMES.deductions, scope: { sheet: '绩效指标' }, formula: "'扣分明细'!$A$1" },
    ]);
    // The scorer's memory: hidden names of the scored sheet (its four columns, the fills it replaced).
    const memory = first.plan.names.filter((n) => n.hidden);
    expect(memory.map((n) => [n.name, n.formula])).toEqual([
      ['_PerfScore_OutRates', "'绩效指标'!$I$3:$I$26"],
      ['_PerfScore_OutScores', "'绩效指标'!$J$3:$J$26"],
      ['_PerfScore_OutFlags', "'绩效指标'!$K$3:$K$26"],
      ['_PerfScore_OutNotes', "'绩效指标'!$L$3:$L$26"],
      // Each highlighted run with its guard cells below and right (memoryNames.ts: Excel's Insert
      // copies the formats of the row above / column left into a new line).
      [
        '_PerfScore_Fill_F4B183_NONE_1',
        "'绩效指标'!$D$13:$E$14,'绩效指标'!$D$21:$E$22,'绩效指标'!$K$13:$L$14,'绩效指标'!$K$21:$L$22",
      ],
      // The cells it filled, without the guard cells: a guard cell is never the scorer's.
      [
        '_PerfScore_Filled_F4B183_NONE_1',
        "'绩效指标'!$D$13,'绩效指标'!$D$21,'绩效指标'!$K$13,'绩效指标'!$K$21",
      ],
      ['_PerfScore_Fill_FFE699_NONE_1', "'绩效指标'!$K$17:$L$18"],
      ['_PerfScore_Filled_FFE699_NONE_1', "'绩效指标'!$K$17"],
    ]);
    expect(memory.every((n) => n.scope !== 'workbook' && n.scope.sheet === '绩效指标')).toBe(true);
    expect(['I2', 'J2', 'K2', 'L2'].map((a) => cellIn(after, '绩效指标', a).value)).toEqual([
      '完成率',
      '得分',
      '标记',
      '说明',
    ]);
  });

  test.each([
    ['I13', 2.1484, '0.00%'],
    ['J13', 0.5, '0.00'],
    ['K13', '需调整目标', 'General'],
    ['L13', '完成率214.84%，超过150%，按分值的一半计0.50分', 'General'],
    ['I17', 0.9799, '0.00%'],
    ['J17', 0.98, '0.00'],
    ['K17', '未完成', 'General'],
    ['K3', null, 'General'],
    ['J3', 2.5, '0.00'],
  ])('%s = %j (%s)', (address, value, format) => {
    expect(cellIn(after, '绩效指标', address)).toMatchObject({ value, numberFormat: format });
  });

  test('highlights: targets D13 and D21 and their flag cells strong, K17 light', () => {
    expect(first.plan.fills.map((f) => [f.row, f.col, f.color])).toEqual([
      [12, 3, HIGHLIGHT.strong],
      [12, 10, HIGHLIGHT.strong],
      [16, 10, HIGHLIGHT.light],
      [20, 3, HIGHLIGHT.strong],
      [20, 10, HIGHLIGHT.strong],
    ]);
  });

  test('the summary sheet carries total, grade, counts and every finding with its cell', () => {
    const summary = first.plan.sheets.find((s) => s.name === '评分汇总')!;
    expect(summary.create).toBe(true);
    expect(summary.rows).toContainEqual(['总分', '自评得分', 100, 94.46]);
    expect(summary.rows).toContainEqual(['等级', '优', null, null]);
    expect(summary.rows).toContainEqual(['需调整目标（完成率超过150%，目标设置偏低）', 2, null, null]);
    expect(summary.rows).toContainEqual(['警告', 'F8', '报告完成率105%与重算105.16%不一致', null]);
  });

  test('the deductions sheet lists the four 管理效率 items: 4.46 points in all', () => {
    const deductions = first.plan.sheets.find((s) => s.name === '扣分明细')!;
    expect(
      deductions.rows.filter((r) => r[3] === '比例' || r[3] === '是否').map((r) => [r[0], r[4]]),
    ).toEqual([
      ['采购政策效能', 0.46],
      ['资产盘点情况', 1],
    ]);
    expect(deductions.rows).toContainEqual(['合计', 5, null, null, 4.46, null, null]);
  });
});

describe('scoring twice in a row', () => {
  const comparable = (plan: WritePlan) => ({
    ...plan,
    names: [],
    sheets: plan.sheets.map((s) => ({ ...s, create: false })),
  });

  test('the second plan is the first one minus the new names, and applying it changes nothing', () => {
    const workbook = exampleWorkbook();
    const first = run(workbook);
    const once = applyPlan(workbook, first.plan);
    const second = run(once);
    expect(second.plan.names).toEqual([]);
    expect(second.plan.sheets.map((s) => s.create)).toEqual([false, false]);
    expect(comparable(second.plan)).toEqual(comparable(first.plan));
    expect(applyPlan(once, second.plan)).toEqual(once);
    expect(second.result.total).toBe(first.result.total);
  });
});

describe('several scored sheets in one workbook', () => {
  function twoSheets(): FakeWorkbook {
    const a = exampleWorkbook('2023');
    const b = exampleWorkbook('2024');
    const scoped = (w: FakeWorkbook, sheet: string) => w.names.map((n) => ({ ...n, scope: { sheet } }));
    return { sheets: [...a.sheets, ...b.sheets], names: [...scoped(a, '2023'), ...scoped(b, '2024')] };
  }

  test('each keeps its own output names and sheets; re-running one leaves the other’s alone', () => {
    let workbook = twoSheets();
    const first = run(workbook, '2023');
    workbook = applyPlan(workbook, first.plan);
    const second = run(workbook, '2024');
    expect(second.plan.sheets.map((s) => [s.name, s.create])).toEqual([
      ['评分汇总 (2)', true],
      ['扣分明细 (2)', true],
    ]);
    expect(second.plan.names.every((n) => n.scope !== 'workbook' && n.scope.sheet === '2024')).toBe(true);
    workbook = applyPlan(workbook, second.plan);
    const again = run(workbook, '2023');
    expect(again.plan.names).toEqual([]);
    expect(again.plan.sheets.map((s) => s.name)).toEqual(['评分汇总', '扣分明细']);
    expect(applyPlan(workbook, again.plan)).toEqual(workbook);
  });
});

describe('planRun: the session’s rule choices by sheet', () => {
  it('a sheet named like an object member ("constructor", "toString") finds no choice but its own', () => {
    for (const sheet of ['constructor', 'toString', '__proto__']) {
      const snapshot = snapshotOf(exampleWorkbook(sheet), sheet);
      const chosen = planRun(snapshot, { profileBySheet: { 其他表: 'national-project' } });
      const plain = planRun(snapshot, {});
      if (!chosen.ok || !plain.ok) throw new Error(`${sheet}: not scored`);
      expect(chosen.run.result.total).toBe(plain.run.result.total);
      const own = planRun(snapshot, { profileBySheet: Object.fromEntries([[sheet, 'national-project']]) });
      if (!own.ok) throw new Error(`${sheet}: not scored`);
      expect(own.run.result.profile).toBe('national-project');
    }
  });
});
