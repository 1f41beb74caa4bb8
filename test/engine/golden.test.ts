/** The seed (天河区 2023) reproduces every published figure (scoring-rules.md §10, §11). */
import { scoreEvaluation } from '../../src/engine';
import { seedInput } from './seedInput';

const result = scoreEvaluation(seedInput('guangzhou-dept'));
const byName = new Map(result.indicators.map((r) => [r.name, r]));

describe('tianhe 2023 seed, guangzhou-dept', () => {
  test('section, group and total scores and grade', () => {
    expect(result.sections).toEqual([
      { name: '产出指标', points: 20, score: 20 },
      { name: '效益指标', points: 20, score: 18.98 },
      { name: '预算执行率', points: 10, score: 9.94 },
      { name: '管理效率', points: 50, score: 45.54 },
    ]);
    expect(result.groups).toEqual([
      { name: '履职效能', points: 50, score: 48.92 },
      { name: '管理效率', points: 50, score: 45.54 },
    ]);
    expect(result.total).toBe(94.46);
    expect(result.grade).toBe('优');
    expect(result.complete).toBe(true);
  });

  test('over150 on exactly the two published rows, cut to half their weight', () => {
    const over = result.indicators.filter((r) => r.flag === 'over150');
    expect(over.map((r) => r.name)).toEqual(['区政务服务中心服务人数', '"天河e企查"系统业务量']);
    const people = byName.get('区政务服务中心服务人数')!;
    expect(people.rate).toBe(2.148375);
    expect(people.displayRate).toBe(2.1484);
    expect(people.score).toBe(0.5);
    expect(people.lost).toBe(0.5);
    expect(people.note).toBe('完成率214.84%，超过150%，按分值的一半计0.50分');
    expect(people.cell).toBe('E12');
    expect(people.targetCell).toBe('D12');
    expect(byName.get('"天河e企查"系统业务量')!.displayRate).toBe(2.2398);
  });

  test('under100 on exactly 区政务服务事项可网办率, 0.98 of 1', () => {
    const under = result.indicators.filter((r) => r.flag === 'under100');
    expect(under.map((r) => r.name)).toEqual(['区政务服务事项可网办率']);
    expect(under[0].score).toBe(0.98);
    expect(under[0].note).toBe('完成率97.99%，按分值1分×97.99%计0.98分');
  });

  test('bare 80568 against ≥8万人次 is 100.71%, full marks', () => {
    const row = byName.get('自助终端服务人次')!;
    expect(row.displayRate).toBe(1.0071);
    expect(row.score).toBe(1);
    expect(row.note).toBe('完成率100.71%，得满分1.00分');
  });

  test('qualitative 优秀 against 良好以上 is met', () => {
    const row = byName.get('区政府门户网站年度考核成绩')!;
    expect(row.rate).toBe(1);
    expect(row.flag).toBe('ok');
  });

  test('exactly six reported-rate warnings, on the reported-rate cells', () => {
    const mismatches = result.findings.filter((f) => f.code === 'reported-rate-mismatch');
    expect(mismatches.map((f) => f.message)).toEqual([
      '报告完成率105%与重算105.16%不一致',
      '报告完成率101%与重算101.01%不一致',
      '报告完成率146%与重算146.11%不一致',
      '报告完成率100.98%与重算100.99%不一致',
      '报告完成率105%与重算105.26%不一致',
      '报告完成率105%与重算105.05%不一致',
    ]);
    expect(mismatches.every((f) => f.level === 'warning' && /^F\d+$/.test(f.cell ?? ''))).toBe(true);
    expect(mismatches[0].cell).toBe('F7');
  });

  test('budget execution 99.41% -> 9.94', () => {
    expect(result.budget.score).toBe(9.94);
    expect(result.budget.rate).toBeCloseTo(13670.54 / 13752.09, 12);
  });

  test('management deductions 2, 1, 0.46, 1 with their reasons', () => {
    expect(result.deductions.map((d) => [d.item, d.points, d.value, d.deducted, d.reason])).toEqual([
      ['采购合同签订时效性', 2, '86.79%', 2, '实际值86.79%，未达100%，扣2分'],
      ['合同备案时效性', 1, '37', 1, '计数37，每个扣1分，扣1分（扣完为止）'],
      ['采购政策效能', 1, '54.07%', 0.46, '比例54.07%，得0.54分，扣0.46分'],
      ['资产盘点情况', 1, '否', 1, '否，扣1分'],
    ]);
  });

  test('counts are computed from the table: 24 indicators, 2 over 150%, 1 under 100%', () => {
    expect(result.counts).toEqual({
      indicators: 24,
      fullMarks: 21,
      over150: 2,
      review: 0,
      under100: 1,
      errors: 0,
    });
  });

  test('no errors and no warnings besides the six reported rates', () => {
    expect(result.findings.filter((f) => f.code !== 'reported-rate-mismatch')).toEqual([]);
  });
});
