/** Corpus: bare actuals against targets with a magnitude, and the plausibility boundary (issue 7). */
import { isPlausible } from '../../../src/engine/magnitudeReading';
import { Rational } from '../../../src/engine/rational';
import { scoreOne } from '../helpers';
import { BARE_ACTUAL_CASES } from './bareActuals.cases';
import { expectCase, title } from './expectRow';

describe('corpus: bare actuals', () => {
  test('has at least 60 real-style cells', () => {
    expect(BARE_ACTUAL_CASES.length).toBeGreaterThanOrEqual(60);
  });

  test.each(BARE_ACTUAL_CASES.map((c) => [title(c), c] as const))('%s', (_title, c) => {
    expectCase(c);
  });

  test.each([
    ['0.2', true],
    ['0.19999', false],
    ['5', true],
    ['5.00001', false],
    ['1', true],
  ])('actual ÷ target = %s is plausible: %s', (ratio, plausible) => {
    expect(isPlausible(Rational.from(ratio), Rational.ONE)).toBe(plausible);
  });

  test('the reading is a warning naming the cell, the reading and why', () => {
    const r = scoreOne({ target: '≤90万元', actual: 95 });
    expect(r.all.findings.find((f) => f.code === 'magnitude-assumed')).toEqual({
      level: 'warning',
      cell: 'E5',
      code: 'magnitude-assumed',
      message:
        'E5：实现值“95”未写单位，按D5“≤90万元”的数量级读作950000（按原数值两者之比为0.01%，不合理），请确认',
      text: expect.objectContaining({ code: 'magnitude-assumed' }),
    });
  });

  test('a bare target read in the actual’s magnitude warns on the target cell', () => {
    const r = scoreOne({ target: '≥90', actual: '95万元' });
    expect(r.all.findings.find((f) => f.code === 'magnitude-assumed')?.cell).toBe('D5');
  });
});
