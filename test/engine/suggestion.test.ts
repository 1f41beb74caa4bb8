/**
 * Next year's targets (docs/scoring-rules.md §15): the seed's two over-150% rows, and the rounding
 * rule on magnitudes, percentages, reverse indicators and PE_History trends up and down.
 */
import { scoreEvaluation, type CellValue, type IndicatorResult } from '../../src/engine';
import { toStep } from '../../src/engine/rounding';
import { cell, inputOf, pct, type RowSpec } from './helpers';
import { seedInput } from './seedInput';

function suggest(spec: RowSpec, history: CellValue[] = []): IndicatorResult {
  const input = inputOf([spec]);
  input.indicators[0].history = history.map((v, i) => cell(`K${i}`, v));
  return scoreEvaluation(input).indicators[0];
}

describe('next year target on the seed', () => {
  const result = scoreEvaluation(seedInput());
  const suggested = result.indicators.filter((r) => r.suggestedTarget !== undefined);

  it('suggests for exactly the two over-150% rows, in their own operator, magnitude and unit', () => {
    expect(suggested.map((r) => [r.name, r.flag, r.suggestedTarget])).toEqual([
      ['区政务服务中心服务人数', 'over150', '≥170万'],
      ['"天河e企查"系统业务量', 'over150', '≥6万件'],
    ]);
  });

  it('gives the reason in words with the figures it used', () => {
    expect(suggested[0].suggestionReason).toBe(
      '指标值原则上不低于上年实际水平：本年实际171.87万，按目标值的书写精度（10万）向下取整，建议下年目标≥170万',
    );
    expect(suggested[1].suggestionReason).toContain('本年实际6.7194万件');
  });

  it('leaves every other row without a suggestion and never changes the score', () => {
    expect(result.total).toBe(94.46);
    expect(result.indicators.filter((r) => r.flag !== 'over150').every((r) => !r.suggestedTarget)).toBe(true);
  });
});

describe('rounding rule', () => {
  it('toStep floors and ceils to a power of ten', () => {
    expect(toStep('171.87', 1, 'down').toDecimalString()).toBe('170');
    expect(toStep('3.2', 0, 'up').toDecimalString()).toBe('4');
    expect(toStep('0.80364', -2, 'down').toDecimalString()).toBe('0.8');
    expect(toStep('5', 0, 'up').toDecimalString()).toBe('5');
  });

  it.each<[string, CellValue, CellValue, string]>([
    ['magnitude with unit', '≥3万人次', '7.85万人次', '≥7万人次'],
    ['hundreds', '≥300个', '650个', '≥600个'],
    ['written decimals', '≥2.5亿元', '4.86亿元', '≥4.8亿元'],
    ['bare actual in the target magnitude', '≥80万', 1718700, '≥170万'],
    ['percent target', '≥40%', '80.36%', '≥80%'],
    ['no operator', '1000份', '1999份', '1900份'],
    ['words operator kept', '不少于10场', '27场', '不少于20场'],
  ])('%s: %s with %s -> %s', (_label, target, actual, expected) => {
    expect(suggest({ target, actual }).suggestedTarget).toBe(expected);
  });

  it('a percent-formatted number target keeps its percent', () => {
    expect(suggest({ target: pct('D5', 0.3), actual: pct('E5', 0.6789) }).suggestedTarget).toBe('60%');
  });

  it('a reverse indicator flagged review rounds UP (never below what was achieved)', () => {
    const row = suggest({ target: '≤10天', actual: '3.2天' });
    expect(row.flag).toBe('review');
    expect(row.suggestedTarget).toBe('≤4天');
    expect(row.suggestionReason).toContain('向上取整');
    expect(suggest({ target: '≤50万元', actual: '12.3万元' }).suggestedTarget).toBe('≤20万元');
  });

  it('no suggestion on an ok, under100 or qualitative row', () => {
    expect(suggest({ target: '≥80万', actual: '100万' }).suggestedTarget).toBeUndefined();
    expect(suggest({ target: '≥80万', actual: '70万' }).suggestedTarget).toBeUndefined();
    expect(suggest({ target: '良好以上', actual: '优秀' }).suggestedTarget).toBeUndefined();
  });
});

describe('PE_History trends', () => {
  it('an upward trend adds the average yearly change to this year and says so', () => {
    // 120万 -> 150万 -> 171.87万: (171.87 − 120) ÷ 2 = 25.935 a year; 197.805 -> 190.
    const row = suggest({ target: '≥80万', actual: '171.87万' }, ['120万', '150万']);
    expect(row.suggestedTarget).toBe('≥190万');
    expect(row.suggestionReason).toContain('历年实际120万、150万至本年171.87万，年均变化+25.935万');
    expect(row.suggestionReason).toContain('按趋势推算下年197.805万');
  });

  it('a downward trend keeps this year’s level for an at-least indicator', () => {
    const row = suggest({ target: '≥80万', actual: '171.87万' }, ['260万', null, '200万']);
    expect(row.suggestedTarget).toBe('≥170万');
    expect(row.suggestionReason).toContain('趋势向下，仍按本年实际水平设定');
  });

  it('a reverse indicator follows a downward trend, rounded up, never below zero', () => {
    const row = suggest({ target: '≤10天', actual: '3.2天' }, ['6天', '4.6天']);
    // (3.2 − 6) ÷ 2 = −1.4 a year: 1.8 -> up to 2.
    expect(row.suggestedTarget).toBe('≤2天');
    expect(suggest({ target: '≤10天', actual: '1天' }, ['9天']).suggestedTarget).toBe('≤0天');
  });

  it('unreadable history years are left out', () => {
    expect(suggest({ target: '≥80万', actual: '171.87万' }, ['很多', '150万']).suggestedTarget).toBe(
      '≥190万',
    );
  });
});
