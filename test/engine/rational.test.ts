/** The Rational type agrees with plain BigInt fraction arithmetic, on small and huge values alike. */
import fc from 'fast-check';
import { Rational } from '../../src/engine';

const SETTINGS = { seed: 7, numRuns: 500 };

/** Integers around the 2^53 boundary where the representation switches, and ordinary ones. */
const bigish = fc.oneof(
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }),
  fc.bigInt({ min: 2n ** 53n - 5n, max: 2n ** 53n + 5n }),
);
const positive = fc.oneof(fc.bigInt({ min: 1n, max: 1000n }), fc.bigInt({ min: 1n, max: 2n ** 60n }));
const rational = fc.tuple(bigish, positive);

/** Reference: cross-multiplied BigInt comparisons, no reduction needed. */
function sameValue(r: Rational, n: bigint, d: bigint): boolean {
  return r.n * d === n * r.d;
}

describe('Rational arithmetic matches BigInt fractions', () => {
  test('add, sub, mul, div, cmp', () => {
    fc.assert(
      fc.property(rational, rational, ([an, ad], [bn, bd]) => {
        const a = Rational.of(an, ad);
        const b = Rational.of(bn, bd);
        expect(sameValue(a.add(b), an * bd + bn * ad, ad * bd)).toBe(true);
        expect(sameValue(a.sub(b), an * bd - bn * ad, ad * bd)).toBe(true);
        expect(sameValue(a.mul(b), an * bn, ad * bd)).toBe(true);
        if (bn !== 0n) expect(sameValue(a.div(b), an * bd, ad * bn)).toBe(true);
        const l = an * bd;
        const r = bn * ad;
        expect(a.cmp(b)).toBe(l < r ? -1 : l > r ? 1 : 0);
        expect(a.eq(b)).toBe(l === r);
      }),
      SETTINGS,
    );
  });

  test('results are reduced with a positive denominator', () => {
    fc.assert(
      fc.property(rational, ([n, d]) => {
        const r = Rational.of(n * 6n, d * 4n);
        expect(r.d > 0n).toBe(true);
        let x = r.n < 0n ? -r.n : r.n;
        let y = r.d;
        while (y) [x, y] = [y, x % y];
        expect(x === 1n || r.n === 0n).toBe(true);
      }),
      SETTINGS,
    );
  });

  test('roundHalfUp matches the BigInt formula at every size', () => {
    fc.assert(
      fc.property(rational, fc.integer({ min: 0, max: 6 }), ([n, d], k) => {
        const scale = 10n ** BigInt(k);
        const abs = n < 0n ? -n : n;
        const units = (2n * abs * scale + d) / (2n * d);
        const expected = Rational.of(n < 0n ? -units : units, scale);
        expect(Rational.of(n, d).roundHalfUp(k).eq(expected)).toBe(true);
      }),
      SETTINGS,
    );
  });

  test('fromNumber reads every double through 15 significant digits', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (x) => {
        const expected = Rational.parseDecimal(String(Number(x.toPrecision(15))))!;
        expect(Rational.fromNumber(x)!.eq(expected)).toBe(true);
      }),
      SETTINGS,
    );
  });

  test('toDecimalString and toNumber agree with the value', () => {
    expect(Rational.of(2n ** 60n + 1n, 4n).toDecimalString()).toBe('288230376151711744.25');
    expect(Rational.of(-1n, 8n).toDecimalString()).toBe('-0.125');
    expect(Rational.of(171870n, 80000n).toNumber()).toBe(2.148375);
    expect(Rational.of(10n ** 30n, 3n).toNumber()).toBeCloseTo(1e30 / 3, -15);
  });
});
