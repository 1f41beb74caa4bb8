/**
 * The reported-rate check compares what the reported cell DISPLAYS with the recomputed rate
 * (docs/scoring-rules.md §11). The first two cases are the false warnings issue 7 found.
 */
import { formatDecimals } from '../../src/engine/reportedRate';
import { cell, pct, scoreOne } from './helpers';
import type { InputCell } from '../../src/engine';

const mismatch = (target: string, actual: number, reported: InputCell | string | number) => {
  const r = scoreOne({ target, actual, reported });
  return r.all.findings.find((f) => f.code === 'reported-rate-mismatch')?.message ?? null;
};

describe('reported rate, compared at the precision its cell displays', () => {
  test.each<[string, string, number, InputCell | string | number, string | null]>([
    [
      'a formula result in a 0.00% cell (105.1579% shows 105.16%)',
      '≥1000000',
      1051579,
      pct('F5', 1.051579),
      null,
    ],
    ['2.1484 in a General cell is 214.84% (a fraction)', '≥80万', 1718700, cell('F5', 2.1484), null],
    ['2.1484 in a General cell is 2.1484% when that matches', '≥1000000', 21484, cell('F5', 2.1484), null],
    ['1.2 in a General cell is 1.2% when that matches', '≥1000', 12, cell('F5', 1.2), null],
    ['text 2.1484 reads like a General number', '≥80万', 1718700, '2.1484', null],
    ['text 105.16% shows what it says', '≥1000000', 1051579, '105.16%', null],
    [
      'a 0.000% cell compares at 3 decimals',
      '≥1000000',
      1051579,
      { address: 'F5', value: 1.051579, numberFormat: '0.000%' },
      null,
    ],
    [
      '105% typed into a 0% cell is not 105.16% (the seed)',
      '≥10000',
      10516,
      { address: 'F5', value: 1.05, numberFormat: '0%' },
      '报告完成率105%与重算105.16%不一致',
    ],
    [
      '105.16% shown as 105% is still not 105.16%',
      '≥10000',
      10516,
      { address: 'F5', value: 1.0516, numberFormat: '0%' },
      '报告完成率105%与重算105.16%不一致',
    ],
    ['a 0.00% cell that differs', '≥100', 105, pct('F5', 1.0516), '报告完成率105.16%与重算105.00%不一致'],
    [
      'neither reading matches: the usual one (≤ 1.5 a fraction)',
      '≥100',
      50,
      cell('F5', 1.2),
      '报告完成率120%与重算50.00%不一致',
    ],
    [
      'neither reading matches: above 1.5, points',
      '≥100',
      50,
      cell('F5', 60),
      '报告完成率60%与重算50.00%不一致',
    ],
    [
      'a 0.000% cell that differs shows 3 decimals',
      '≥1000000',
      1051579,
      { address: 'F5', value: 1.0515, numberFormat: '0.000%' },
      '报告完成率105.15%与重算105.158%不一致',
    ],
  ])('%s', (_name, target, actual, reported, expected) => {
    expect(mismatch(target, actual, reported)).toBe(expected);
  });

  test('a date-formatted number is unreadable, not a rate', () => {
    const r = scoreOne({
      target: '≥1',
      actual: 1,
      reported: { address: 'F5', value: 45000, numberFormat: 'yyyy-mm-dd' },
    });
    expect(r.all.findings.map((f) => f.code)).toContain('reported-rate-unreadable');
  });

  test.each<[string | undefined, number | null]>([
    ['0.00%', 2],
    ['0%', 0],
    ['0.0%', 1],
    ['#,##0.0', 1],
    ['0', 0],
    ['General', null],
    [undefined, null],
    ['0.00%;[Red]-0.00%', 2],
    ['"约"0.0"%"', 1],
    ['[$-804]0.000', 3],
  ])('format %j shows %j decimals', (format, decimals) => {
    expect(formatDecimals(format)).toBe(decimals);
  });
});
