/**
 * 100,000 indicators score linearly. The bound is generous: under jest's sandbox on a loaded shared
 * machine this takes several seconds (plain node: about 1.5 s of CPU). A quadratic step (e.g.
 * duplicate detection by scanning) would take minutes and fail it.
 */
import { scoreEvaluation, type EngineInput } from '../../src/engine';
import { cell, pct, rowInput } from './helpers';

function bigInput(rows: number): EngineInput {
  const indicators = [];
  for (let i = 0; i < rows; i++) {
    const k = i % 4;
    const spec =
      k === 0
        ? { target: '≥7万套', actual: `${9 + (i % 100) / 100}万套`, name: `数量${i}` }
        : k === 1
          ? {
              target: '≥95%',
              actual: pct(`E${i + 5}`, 0.9 + (i % 10) / 100),
              category: '效益指标',
              name: `比率${i}`,
            }
          : k === 2
            ? { target: '良好以上', actual: '优秀', category: null, name: `等级${i}` }
            : { target: '≤5天', actual: `${i % 7}天`, category: '时效指标', name: `时效${i}` };
    indicators.push(rowInput({ ...spec, weight: 0.0004, reported: pct(`F${i + 5}`, 1.05) }, i + 5));
  }
  return {
    profile: 'guangzhou-dept',
    indicators,
    hasWeights: true,
    hasCategories: true,
    budget: { kind: 'amounts', planned: cell('J2', 100), spent: cell('J3', 99) },
    management: [],
  };
}

test('100,000 indicators score in well under the bound', () => {
  const input = bigInput(100000);
  const started = Date.now();
  const result = scoreEvaluation(input);
  const elapsed = Date.now() - started;
  expect(result.indicators).toHaveLength(100000);
  expect(result.counts.errors).toBe(0);
  expect(elapsed).toBeLessThan(30000);
}, 60000);
