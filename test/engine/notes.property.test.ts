/**
 * Every note reproduces its score by hand (issue 7: "按分值2.5分×99.00%计2.47分" contradicted itself).
 * Over random targets, actuals, weights, decimals and rounding modes, the numbers are parsed out of
 * the note and the score is recomputed from them with decimal arithmetic written here (not the
 * engine's), then rounded as the rules say; it must be the score the engine gave.
 */
import fc from 'fast-check';
import { scoreEvaluation, type EngineInput, type RoundingMode } from '../../src/engine';
import { cell, inputOf, scoreOne } from './helpers';

const SETTINGS = { seed: 20240607, numRuns: 600 };

/** A decimal as an exact pair (units, scale 10^k). */
interface Dec {
  units: bigint;
  digits: number;
}

function dec(text: string): Dec {
  const [int, frac = ''] = text.split('.');
  return { units: BigInt(int + frac), digits: frac.length };
}

const mul = (a: Dec, b: Dec): Dec => ({ units: a.units * b.units, digits: a.digits + b.digits });
const shift = (a: Dec, places: number): Dec => ({ units: a.units, digits: a.digits + places });

/** Rounds to `decimals` places (non-negative values): half-up or cut down, by hand. */
function roundDec(a: Dec, decimals: number, mode: RoundingMode): Dec {
  if (a.digits <= decimals) return a;
  const drop = 10n ** BigInt(a.digits - decimals);
  let units = a.units / drop;
  if (mode === 'half-up' && (a.units % drop) * 2n >= drop) units += 1n;
  return { units, digits: decimals };
}

const cmp = (a: Dec, b: Dec): number => {
  const digits = Math.max(a.digits, b.digits);
  const x = a.units * 10n ** BigInt(digits - a.digits);
  const y = b.units * 10n ** BigInt(digits - b.digits);
  return x < y ? -1 : x > y ? 1 : 0;
};

const minDec = (a: Dec, b: Dec): Dec => (cmp(a, b) <= 0 ? a : b);

/** The score a person computes from the note (weight from the note, or the row's when it says 一半). */
function fromNote(note: string, weight: string, decimals: number, mode: RoundingMode): Dec | null {
  const product = /按分值([\d.]+)分×([\d.]+)…?(%?)(?:=([\d.]+)分，)?计([\d.]+)分/.exec(note);
  if (product) {
    const [, w, factor, percent, exact] = product;
    const raw = exact ? dec(exact) : mul(dec(w), percent ? shift(dec(factor), 2) : dec(factor));
    return minDec(roundDec(raw, decimals, mode), dec(w));
  }
  if (/按分值的一半计/.test(note)) return roundDec(mul(dec(weight), dec('0.5')), decimals, mode);
  if (/满分/.test(note)) return dec(weight);
  return null;
}

/** The score the note states (its last "计S分" / "满分S分"). */
function statedScore(note: string): Dec {
  const all = [...note.matchAll(/(?:计|满分)([\d.]+)分/g)];
  return dec(all[all.length - 1][1]);
}

const hundredths = (min: number, max: number) =>
  fc
    .integer({ min: min * 100, max: max * 100 })
    .map((n) => (n / 100).toFixed(2).replace(/\.?0+$/, '') || '0');
const decimals = fc.constantFrom<0 | 1 | 2>(0, 1, 2);
const rounding = fc.constantFrom<RoundingMode>('half-up', 'down');

describe('notes reproduce their scores by hand', () => {
  test('the issue case: 2.5 × 98.996% is 2.47, and the note shows 98.996%', () => {
    const r = scoreOne({ target: '≥100000', actual: 98996, weight: 2.5 });
    expect(r.score).toBe(2.47);
    expect(r.note).toBe('完成率98.996%，按分值2.5分×98.996%计2.47分');
  });

  test('a repeating rate whose exact product is on a rounding boundary shows the product', () => {
    // 6 × 1/1200 = 0.005 exactly -> 0.01; 6 × 0.0833…% shown to any number of digits gives 0.0049…
    const r = scoreOne({ target: '≥1200', actual: 1, weight: 6 });
    expect(r.score).toBe(0.01);
    expect(r.note).toBe('完成率0.083333…%，按分值6分×0.083333…%=0.005分，计0.01分');
    expect(fromNote(r.note, '6', 2, 'half-up')).toEqual(dec('0.01'));
  });

  test('indicators: random targets, actuals, weights, decimals, rounding, over-150% factors', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('≥', '≤', ''),
        fc.integer({ min: 1, max: 2000000 }),
        fc.integer({ min: 0, max: 4000000 }),
        hundredths(0.01, 20),
        decimals,
        rounding,
        fc.constantFrom(undefined, '0.5', '1', '0.8', '0.25'),
        (op, target, actual, weight, d, mode, factor) => {
          const input: EngineInput = {
            ...inputOf([{ target: `${op}${target}`, actual, weight: Number(weight) }]),
            rules: { decimals: d, rounding: mode, ...(factor ? { overAchievementFactor: factor } : {}) },
          };
          const row = scoreEvaluation(input).indicators[0];
          expect(row.flag).not.toBe('error');
          const recomputed = fromNote(row.note, weight, d, mode);
          expect({ note: row.note, parsed: recomputed !== null }).toEqual({ note: row.note, parsed: true });
          expect(cmp(statedScore(row.note), dec(String(row.score)))).toBe(0);
          expect({ note: row.note, score: cmp(recomputed!, dec(String(row.score))) }).toEqual({
            note: row.note,
            score: 0,
          });
        },
      ),
      SETTINGS,
    );
  });

  test('budget: random amounts and points', () => {
    fc.assert(
      fc.property(
        hundredths(1, 100000),
        hundredths(0, 100000),
        fc.integer({ min: 1, max: 30 }),
        decimals,
        rounding,
        (planned, spent, points, d, mode) => {
          const input: EngineInput = {
            ...inputOf([{ target: '≥1', actual: 1 }]),
            budget: {
              kind: 'amounts',
              planned: cell('J2', Number(planned)),
              spent: cell('J3', Number(spent)),
            },
            rules: { decimals: d, rounding: mode, sections: { 预算执行率: points, 管理效率: 60 - points } },
          };
          const budget = scoreEvaluation(input).budget;
          const recomputed = fromNote(budget.note, String(points), d, mode);
          expect(recomputed).not.toBeNull();
          expect({ note: budget.note, score: cmp(recomputed!, dec(String(budget.score))) }).toEqual({
            note: budget.note,
            score: 0,
          });
        },
      ),
      SETTINGS,
    );
  });
});
