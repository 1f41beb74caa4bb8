/** Properties that hold for any input (fast-check, fixed seed so failures reproduce). */
import fc from 'fast-check';
import { scoreEvaluation, type CellValue } from '../../src/engine';
import { inputOf, scoreOne, type RowSpec } from './helpers';

const SETTINGS = { seed: 20231231, numRuns: 300 };

const hundredths = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);
const operator = fc.constantFrom('≥', '≤', '=', '', '不低于', '以内');
const profile = fc.constantFrom('guangzhou-dept' as const, 'national-project' as const);

function targetText(op: string, value: number): string {
  return op === '以内' ? `${value}${op}` : `${op}${value}`;
}

const cents = (x: number) => Math.round(x * 100);

describe('properties', () => {
  test('a score is never below 0 nor above its weight', () => {
    fc.assert(
      fc.property(
        operator,
        hundredths(100000),
        hundredths(100000),
        hundredths(10),
        profile,
        (op, t, a, w, p) => {
          const r = scoreOne({ target: targetText(op, t), actual: a, weight: w }, p);
          expect(r.flag).not.toBe('error');
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score!).toBeLessThanOrEqual(w);
          expect(r.lost).toBeCloseTo(w - r.score!, 10);
        },
      ),
      SETTINGS,
    );
  });

  test('below 100% the score grows (weakly) with the actual', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        hundredths(10),
        (t, f1, f2, w) => {
          const [lo, hi] = f1 <= f2 ? [f1, f2] : [f2, f1];
          const a1 = Math.floor(lo * t * 100) / 100;
          const a2 = Math.min(Math.floor(hi * t * 100) / 100, t);
          const s1 = scoreOne({ target: `≥${t}`, actual: a1, weight: w }).score!;
          const s2 = scoreOne({ target: `≥${t}`, actual: a2, weight: w }).score!;
          expect(s1).toBeLessThanOrEqual(s2);
        },
      ),
      SETTINGS,
    );
  });

  test('sections, groups and total equal the sums of their rounded parts', () => {
    const row = fc.record({
      op: operator,
      t: hundredths(1000),
      a: hundredths(2000),
      w: hundredths(5),
      category: fc.constantFrom('产出指标', '效益指标', '满意度'),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const specs: RowSpec[] = rows.map((r) => ({
          target: targetText(r.op, r.t),
          actual: r.a,
          weight: r.w,
          category: r.category,
        }));
        const result = scoreEvaluation(inputOf(specs));
        for (const section of result.sections.filter((s) => s.name.endsWith('指标'))) {
          const parts = result.indicators.filter((i) => i.section === section.name);
          expect(cents(section.score)).toBe(parts.reduce((sum, i) => sum + cents(i.score ?? 0), 0));
        }
        const byName = new Map(result.sections.map((s) => [s.name, cents(s.score)]));
        expect(cents(result.groups[0].score)).toBe(
          byName.get('产出指标')! + byName.get('效益指标')! + byName.get('预算执行率')!,
        );
        expect(cents(result.total)).toBe([...byName.values()].reduce((a, b) => a + b, 0));
        expect(cents(result.total)).toBe(result.groups.reduce((sum, g) => sum + cents(g.score), 0));
      }),
      SETTINGS,
    );
  });
});

describe('hostile cells', () => {
  const tricky = fc.oneof(
    fc.constantFrom<CellValue>(
      null,
      '',
      ' ',
      '约7万',
      '≥',
      '%',
      '万',
      '良好以上',
      '优秀',
      '否',
      '12月31日前完成',
      '＞＝９５％',
      '≤0',
      '=0',
      '0',
      '-1',
      '1e400',
      '#N/A',
      true,
      false,
      { error: '#DIV/0!' },
      { error: '#REF!' },
      0,
      -0,
      1e300,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      NaN,
      Infinity,
    ),
    fc.double({ min: -10, max: 1e9, noNaN: true }),
    fc.string({ maxLength: 6 }),
  );
  const row = fc.record({
    target: tricky,
    actual: tricky,
    weight: tricky,
    category: fc.constantFrom<CellValue>(null, '产出指标', '效益', '满意度', '其他', '  '),
    manual: fc.oneof(fc.constant<CellValue>(null), tricky),
  });

  test('nothing throws; every failed row has an error finding on its own row; scores stay in range', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), profile, (rows, p) => {
        const result = scoreEvaluation(inputOf(rows, p));
        for (const r of result.indicators) {
          const rowNumber = r.cell.replace(/^[A-Z]+/, '');
          if (r.flag === 'error') {
            expect(r.score).toBeNull();
            const own = result.findings.filter(
              (f) => f.level === 'error' && f.cell?.replace(/^[A-Z]+/, '') === rowNumber,
            );
            expect(own.length).toBeGreaterThan(0);
          } else {
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score!).toBeLessThanOrEqual(r.weight!);
          }
        }
        expect(Number.isFinite(result.total)).toBe(true);
      }),
      { ...SETTINGS, numRuns: 200 },
    );
  });
});
