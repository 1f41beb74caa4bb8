/** Corpus: category wording of real tables -> sections, per profile (issue 7). */
import { normalizeCategory, sectionForCategory } from '../../../src/engine/categories';
import { PROFILES } from '../../../src/engine';
import { scoreOne } from '../helpers';
import { CATEGORY_CASES } from './categories.cases';

describe('corpus: categories', () => {
  test('has at least 60 real-style cells', () => {
    expect(CATEGORY_CASES.length).toBeGreaterThanOrEqual(60);
  });

  test.each(CATEGORY_CASES)('%j -> %s (guangzhou), %s (national)', (text, guangzhou, national) => {
    expect(sectionForCategory(text, PROFILES['guangzhou-dept'])).toBe(guangzhou);
    expect(sectionForCategory(text, PROFILES['national-project'])).toBe(national);
  });

  test.each([
    ['产出指标（50分）', '产出'],
    ['服务对象满意度指标等', '服务对象满意度'],
    ['一、数量\n指标', '数量'],
  ])('normalises %j to %j', (text, key) => {
    expect(normalizeCategory(text)).toBe(key);
  });

  test('an unknown category is still a row error naming its cell', () => {
    const r = scoreOne({ target: '≥5', actual: 5, category: '决策指标' });
    expect(r.flag).toBe('error');
    expect(r.note).toBe('A5：类别“决策指标”无法对应到广州市部门整体支出绩效自评的评分部分');
  });

  test('a profile with a 成本指标 section scores 成本 categories there (section names come first)', () => {
    const base = PROFILES['national-project'];
    const withCost = {
      ...base,
      sections: [...base.sections, { name: '成本指标', points: 20, kind: 'indicators' as const }],
    };
    expect(sectionForCategory('经济成本指标', withCost)).toBe('成本指标');
    expect(sectionForCategory('成本指标（20分）', withCost)).toBe('成本指标');
    expect(sectionForCategory('数量指标', withCost)).toBe('产出指标');
  });
});
