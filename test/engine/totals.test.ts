/** Sections, groups, totals (§10), grades (§12), equal split and missing categories (§3, contract §1). */
import {
  FLAG_LABELS,
  getProfile,
  parseProfileId,
  PROFILES,
  Rational,
  scoreEvaluation,
} from '../../src/engine';
import { gradeFor } from '../../src/engine/sections';
import { equalShares } from '../../src/engine/weights';
import { inputOf } from './helpers';

describe('grade bands are half-open', () => {
  test.each([
    ['100', '优'],
    ['90', '优'],
    ['89.99', '良'],
    ['80', '良'],
    ['79.99', '中'],
    ['60', '中'],
    ['59.99', '差'],
    ['0', '差'],
  ])('%s -> %s', (total, grade) => {
    expect(gradeFor(Rational.from(total), getProfile('guangzhou-dept'))).toBe(grade);
    expect(gradeFor(Rational.from(total), getProfile('national-project'))).toBe(grade);
  });
});

describe('equal split when there are no weights', () => {
  test.each([
    [20, 3, ['6.67', '6.67', '6.66']],
    [20, 4, ['5', '5', '5', '5']],
    [10, 6, ['1.67', '1.67', '1.67', '1.67', '1.67', '1.65']],
    [1, 1, ['1']],
  ])('%s points over %s rows', (points, count, shares) => {
    expect(equalShares(Rational.from(points), count).map((s) => s.toDecimalString())).toEqual(shares);
  });

  test('many tiny shares never leave a negative remainder', () => {
    const shares = equalShares(Rational.from(20), 3000);
    expect(shares.every((s) => s.sign() >= 0)).toBe(true);
    expect(Rational.sum(shares).eq(Rational.from(20))).toBe(true);
  });

  test('rows get per-section shares and a warning per section', () => {
    const input = inputOf([
      { target: '≥1', actual: 1 },
      { target: '≥1', actual: 1 },
      { target: '≥1', actual: 1 },
      { target: '≥1', actual: 1, category: '效益指标' },
    ]);
    input.hasWeights = false;
    const result = scoreEvaluation(input);
    expect(result.indicators.map((r) => r.weight)).toEqual([6.67, 6.67, 6.66, 20]);
    expect(result.sections.slice(0, 2).map((s) => s.score)).toEqual([20, 20]);
    expect(result.findings.filter((f) => f.code === 'equal-split').map((f) => f.message)).toEqual([
      '未提供分值，产出指标的3个指标平均分配20分（末项取余数）',
      '未提供分值，效益指标的1个指标平均分配20分（末项取余数）',
    ]);
    expect(result.findings.some((f) => f.code === 'section-weights')).toBe(false);
  });
});

describe('no categories: one synthetic block worth the indicator sections', () => {
  test('guangzhou: 40 points in 绩效指标（未分类）, groups still add up', () => {
    const input = inputOf([
      { target: '≥1', actual: 1, weight: 30 },
      { target: '≥1', actual: 0.5, weight: 10 },
    ]);
    input.hasCategories = false;
    const result = scoreEvaluation(input);
    expect(result.sections.map((s) => [s.name, s.points, s.score])).toEqual([
      ['绩效指标（未分类）', 40, 35],
      ['预算执行率', 10, 10],
      ['管理效率', 50, 50],
    ]);
    expect(result.groups).toEqual([
      { name: '履职效能', points: 50, score: 45 },
      { name: '管理效率', points: 50, score: 50 },
    ]);
    expect(result.total).toBe(95);
    expect(result.findings.find((f) => f.code === 'no-categories')?.message).toBe(
      '未提供指标类别，全部指标合为“绩效指标（未分类）”一部分，共40分',
    );
  });

  test('national: 90 points, equal split across all rows', () => {
    const input = inputOf(
      [
        { target: '≥1', actual: 1 },
        { target: '≥1', actual: 1 },
        { target: '≥1', actual: 1 },
      ],
      'national-project',
    );
    input.hasCategories = false;
    input.hasWeights = false;
    const result = scoreEvaluation(input);
    expect(result.sections[0]).toEqual({ name: '绩效指标（未分类）', points: 90, score: 90 });
    expect(result.total).toBe(100);
  });
});

describe('sums of rounded parts', () => {
  test('three rows of 1/3 each score 0.33 + 0.33 + 0.33 = 0.99, not 1', () => {
    const result = scoreEvaluation(
      inputOf([
        { target: '≥3', actual: 1, weight: 1 },
        { target: '≥3', actual: 1, weight: 1 },
        { target: '≥3', actual: 1, weight: 1 },
      ]),
    );
    expect(result.sections[0].score).toBe(0.99);
    expect(result.total).toBe(60.99);
    expect(result.grade).toBe('中');
  });
});

describe('profiles and labels', () => {
  test.each([
    ['guangzhou-dept', 'guangzhou-dept'],
    ['  National-Project ', 'national-project'],
    ['GUANGZHOU-DEPT', 'guangzhou-dept'],
    ['shanghai', null],
    [42, null],
    [null, null],
  ])('parseProfileId(%j) = %j', (text, id) => {
    expect(parseProfileId(text)).toBe(id);
  });

  test('profiles are data: sections, points and factors as the spec table says', () => {
    expect(PROFILES['guangzhou-dept'].sections.map((s) => [s.name, s.points])).toEqual([
      ['产出指标', 20],
      ['效益指标', 20],
      ['预算执行率', 10],
      ['管理效率', 50],
    ]);
    expect(PROFILES['national-project'].sections.map((s) => [s.name, s.points])).toEqual([
      ['产出指标', 50],
      ['效益指标', 30],
      ['满意度指标', 10],
      ['预算执行率', 10],
    ]);
    expect(PROFILES['guangzhou-dept'].overAchievementFactor).toBe('0.5');
    expect(PROFILES['national-project'].overAchievementFactor).toBe('1');
    expect(PROFILES['guangzhou-dept'].qualitativeFactors).toEqual({
      oneLevelShort: '0.6',
      twoOrMoreShort: '0',
    });
    expect(PROFILES['national-project'].qualitativeFactors).toEqual({
      oneLevelShort: '0.8',
      twoOrMoreShort: '0',
    });
    expect(() => getProfile('nope' as never)).toThrow();
  });

  test('flag labels in words', () => {
    expect(Object.fromEntries(Object.entries(FLAG_LABELS).map(([k, v]) => [k, v['zh-CN']]))).toEqual({
      ok: '',
      over150: '需调整目标',
      review: '建议复核',
      under100: '未完成',
      error: '错误',
    });
  });
});
