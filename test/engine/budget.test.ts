/** Budget execution (§8). */
import { scoreEvaluation, type BudgetInput } from '../../src/engine';
import { cell, inputOf, pct } from './helpers';

function withBudget(budget: BudgetInput | null) {
  const input = inputOf([{ target: '≥1', actual: 1, weight: 20 }]);
  input.budget = budget;
  return scoreEvaluation(input);
}

describe('budget execution rate and score', () => {
  test.each([
    ['the seed', 13752.09, 13670.54, 9.94, '支出率99.41%（13670.54÷13752.09），按分值10分×99.41%计9.94分'],
    ['text with separators', '13,752.09', '13,670.54', 9.94, null],
    ['万元 vs 元 scaled', '13752.09万元', '136705400元', 9.94, null],
    ['overspent is capped', 100, 120, 10, '支出率120.00%（120÷100），得满分10.00分'],
    ['nothing spent', 100, 0, 0, null],
  ])('%s', (_label, planned, spent, score, note) => {
    const result = withBudget({ kind: 'amounts', planned: cell('J2', planned), spent: cell('J3', spent) });
    expect(result.budget.score).toBe(score);
    expect(result.sections.find((s) => s.name === '预算执行率')?.score).toBe(score);
    if (note) expect(result.budget.note).toBe(note);
    expect(result.complete).toBe(true);
  });

  test('a rate cell is used directly', () => {
    const result = withBudget({ kind: 'rate', rate: pct('J4', 0.9941) });
    expect([result.budget.rate, result.budget.score]).toEqual([0.9941, 9.94]);
    expect(withBudget({ kind: 'rate', rate: cell('J4', '99.41%') }).budget.score).toBe(9.94);
  });

  test.each([
    ['no budget names', null, null],
    ['zero budget', { kind: 'amounts', planned: cell('J2', 0), spent: cell('J3', 5) }, 'J2'],
    ['missing planned', { kind: 'amounts', planned: null, spent: cell('J3', 5) }, null],
    ['blank spent', { kind: 'amounts', planned: cell('J2', 10), spent: cell('J3', null) }, 'J3'],
    ['error rate', { kind: 'rate', rate: cell('J4', { error: '#DIV/0!' }) }, 'J4'],
  ] as Array<[string, BudgetInput | null, string | null]>)(
    '%s: error finding, total incomplete',
    (_l, budget, at) => {
      const result = withBudget(budget);
      expect([result.budget.rate, result.budget.score]).toEqual([null, null]);
      expect(result.complete).toBe(false);
      expect(result.sections.find((s) => s.name === '预算执行率')?.score).toBe(0);
      const error = result.findings.find((f) => f.level === 'error');
      expect(error?.cell ?? null).toBe(at);
      expect(error?.message).toBeTruthy();
    },
  );
});
