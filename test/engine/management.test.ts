/** 管理效率 by deduction (§9): every rule in English and Chinese, caps, errors. */
import { scoreEvaluation, type CellValue, type InputCell, type ManagementItemInput } from '../../src/engine';
import { cell, inputOf, pct } from './helpers';

function item(
  r: number,
  name: string,
  weight: CellValue,
  value: CellValue | InputCell,
  rule: CellValue,
): ManagementItemInput {
  const valueCell =
    value !== null && typeof value === 'object' && 'address' in value ? value : cell(`N${r}`, value);
  return {
    item: cell(`L${r}`, name),
    weight: cell(`M${r}`, weight),
    value: valueCell,
    rule: cell(`O${r}`, rule),
  };
}

function scoreItems(items: ManagementItemInput[] | null) {
  const input = inputOf([{ target: '≥1', actual: 1, weight: 20 }]);
  input.management = items;
  return scoreEvaluation(input);
}

function one(weight: CellValue, value: CellValue | InputCell, rule: CellValue) {
  const result = scoreItems([item(2, '检查项', weight, value, rule)]);
  return { d: result.deductions[0], result };
}

describe('rules and their deductions', () => {
  test.each([
    // [rule, weight, value, deducted, reason]
    ['比例', 1, pct('N2', 0.5407), 0.46, '比例54.07%，得0.54分，扣0.46分'],
    ['ratio', 1, pct('N2', 0.5407), 0.46, '比例54.07%，得0.54分，扣0.46分'],
    ['RATIO', 2, '100%', 0, '比例100.00%，得2分，不扣分'],
    ['比例', 2, pct('N2', 1.2), 0, '比例120.00%，得2分，不扣分'],
    ['达标 100%', 2, pct('N2', 0.8679), 2, '实际值86.79%，未达100%，扣2分'],
    ['threshold 100%', 2, pct('N2', 0.8679), 2, '实际值86.79%，未达100%，扣2分'],
    ['达标 90%', 2, pct('N2', 0.9), 0, '实际值90.00%，达到90%，不扣分'],
    ['threshold 10', 1, 12, 0, '实际值12，达到10，不扣分'],
    ['计数 1', 1, 37, 1, '计数37，每个扣1分，扣1分（扣完为止）'],
    ['per-count 0.2', 1, 2, 0.4, '计数2，每个扣0.2分，扣0.4分'],
    ['per-count 0.5', 1, 0, 0, '计数0，每个扣0.5分，不扣分'],
    ['是否', 1, '否', 1, '否，扣1分'],
    ['yes-no', 1, '是', 0, '是，不扣分'],
    ['是否', 1, '有', 0, '有，不扣分'],
    ['是否', 1, '无', 1, '无，扣1分'],
    ['扣分', 3, 1.5, 1.5, '人工扣分1.5分，扣1.5分'],
    ['manual', 2, 5, 2, '人工扣分5分，扣2分（扣完为止）'],
    ['计数１', 1, '37', 1, '计数37，每个扣1分，扣1分（扣完为止）'],
  ] as const)('%s (w %s, value %j) deducts %s', (rule, weight, value, deducted, reason) => {
    const { d } = one(weight, value as CellValue | InputCell, rule);
    expect([d.deducted, d.reason]).toEqual([deducted, reason]);
  });

  test('deductions are capped at the item weight (扣完为止) and never negative', () => {
    expect(one(1, 100, '计数 1').d.deducted).toBe(1);
    expect(one(2, 10, 'manual').d.deducted).toBe(2);
  });
});

describe('the section score', () => {
  test('seed items: 50 − (2 + 1 + 0.46 + 1) = 45.54', () => {
    const result = scoreItems([
      item(2, '采购合同签订时效性', 2, pct('N2', 0.8679), '达标 100%'),
      item(3, '合同备案时效性', 1, 37, '计数 1'),
      item(4, '采购政策效能', 1, pct('N4', 0.5407), '比例'),
      item(5, '资产盘点情况', 1, '否', '是否'),
    ]);
    expect(result.sections.find((s) => s.name === '管理效率')?.score).toBe(45.54);
    expect(result.deductions.map((d) => d.value)).toEqual(['86.79%', '37', '54.07%', '否']);
    expect(result.deductions.map((d) => d.cell)).toEqual(['N2', 'N3', 'N4', 'N5']);
    expect(result.complete).toBe(true);
  });

  test('no management names: full points with a warning', () => {
    const result = scoreItems(null);
    expect(result.sections.find((s) => s.name === '管理效率')?.score).toBe(50);
    expect(result.findings.find((f) => f.code === 'management-missing')?.level).toBe('warning');
    expect(result.complete).toBe(true);
  });

  test('an empty list loses nothing and warns nothing; empty item rows are skipped', () => {
    const result = scoreItems([item(2, '', null, null, null)]);
    expect(result.deductions).toEqual([]);
    expect(result.sections.find((s) => s.name === '管理效率')?.score).toBe(50);
  });

  test('deductions beyond the points leave 0, with a warning', () => {
    const result = scoreItems([item(2, '大项', 60, 60, '扣分')]);
    expect(result.sections.find((s) => s.name === '管理效率')?.score).toBe(0);
    expect(result.findings.some((f) => f.code === 'management-overdrawn')).toBe(true);
  });
});

describe('errors: item not deducted, total incomplete', () => {
  test('an unknown rule names the rule cell', () => {
    const { d, result } = one(1, 5, '按情况');
    expect(d.deducted).toBe(0);
    expect(result.complete).toBe(false);
    expect(result.sections.find((s) => s.name === '管理效率')?.score).toBe(50);
    expect(result.findings.find((f) => f.code === 'management-error')).toMatchObject({
      level: 'error',
      cell: 'O2',
    });
    expect(d.reason).toContain('扣分规则“按情况”无法识别');
  });

  test.each([
    ['bad weight', '一分', 5, '扣分', 'M2'],
    ['bad yes/no value', 1, '也许', '是否', 'N2'],
    ['bad rate', 1, '约50%', '比例', 'N2'],
    ['bad count', 1, { error: '#VALUE!' }, '计数 1', 'N2'],
    ['bad threshold', 1, 0.5, '达标 高', 'O2'],
  ])('%s', (_label, weight, value, rule, at) => {
    const { d, result } = one(weight, value as CellValue, rule);
    expect(d.deducted).toBe(0);
    expect(result.complete).toBe(false);
    expect(result.findings.find((f) => f.code === 'management-error')?.cell).toBe(at);
  });
});

describe('national-project has no 管理效率', () => {
  test('items are ignored with an info finding', () => {
    const input = inputOf([{ target: '≥1', actual: 1, weight: 50 }], 'national-project');
    input.management = [item(2, '检查项', 1, '否', '是否')];
    const result = scoreEvaluation(input);
    expect(result.sections.map((s) => s.name)).toEqual(['产出指标', '效益指标', '满意度指标', '预算执行率']);
    expect(result.groups).toEqual([]);
    expect(result.deductions).toEqual([]);
    expect(result.findings.some((f) => f.code === 'management-ignored')).toBe(true);
  });
});
