/**
 * The stderr report prints rates and scores with the engine's exact half-up helpers, not float
 * arithmetic (Math.round(0.00145 * 10000) is 14: "0.14%" where half-up gives "0.15%").
 */
import { sheetReport } from '../../src/cli/report-text';
import { PROFILES } from '../../src/engine/profiles';
import type { IndicatorResult, ScoreResult } from '../../src/engine/types';

function row(cell: string, displayRate: number, flag: IndicatorResult['flag']): IndicatorResult {
  return {
    cell,
    targetCell: cell,
    row: 0,
    name: `指标${cell}`,
    section: '产出指标',
    rate: displayRate,
    displayRate,
    weight: 1,
    score: 1,
    lost: 0,
    flag,
    manual: false,
    note: '',
  };
}

function result(indicators: IndicatorResult[], total: number): ScoreResult {
  return {
    profile: 'guangzhou-dept',
    rules: { base: 'guangzhou-dept', changed: [], profile: PROFILES['guangzhou-dept'] },
    total,
    grade: '优',
    complete: true,
    groups: [],
    sections: [{ name: '产出指标', score: 1.005, points: 2 }],
    indicators,
    findings: [],
  } as unknown as ScoreResult;
}

describe('sheetReport numbers', () => {
  it.each([
    [0.00145, '0.15%'],
    [0.00815, '0.82%'],
    [2.1484, '214.84%'],
    [0.999, '99.90%'],
  ])('a rate of %s reads %s', (rate, text) => {
    const report = sheetReport('a.xlsx', 'S', 'out.xlsx', result([row('E5', rate, 'under100')], 90));
    expect(report).toContain(`E5 指标E5 ${text}`);
  });

  it("scores and the total are half-up to 2 decimals exactly (1.005 -> 1.01, not toFixed's 1.00)", () => {
    const report = sheetReport('a.xlsx', 'S', 'out.xlsx', result([], 94.455));
    expect(report).toContain('产出 1.01 / 2');
    expect(report).toContain('总分 94.46 优');
  });
});
