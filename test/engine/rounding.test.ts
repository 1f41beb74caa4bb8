/** The one rounding helper (§10) and exact number conversion. */
import { formatPercent, Rational, roundHalfUp2 } from '../../src/engine';
import { fixed, percentTrimmed, trimmed } from '../../src/engine/format';
import { roundHalfUp } from '../../src/engine/rounding';

describe('roundHalfUp2: half-up to 2 decimals on exact values', () => {
  test.each([
    ['1.005', 1.01],
    ['0.125', 0.13],
    ['0.124999', 0.12],
    ['2.675', 2.68], // 2.675 as a double is 2.67499999…; exact decimal rounds up
    ['0.985', 0.99],
    ['-1.005', -1.01],
    ['0', 0],
    ['18.98', 18.98],
  ])('%s -> %s', (text, expected) => {
    expect(roundHalfUp2(text)).toBe(expected);
  });

  test('2 × 201/400 = 1.005 exactly -> 1.01', () => {
    expect(roundHalfUp2(Rational.of(201n, 400n).mul(Rational.int(2)))).toBe(1.01);
  });

  test('numbers go through 15 significant digits first, like Excel: 1.005 (double) -> 1.01', () => {
    expect(roundHalfUp2(1.005)).toBe(1.01);
    expect(roundHalfUp2(0.1 + 0.2)).toBe(0.3);
  });

  test('roundHalfUp keeps the value exact at other precisions', () => {
    expect(roundHalfUp('2.148375', 4).toDecimalString()).toBe('2.1484');
    expect(roundHalfUp(Rational.of(1n, 3n), 2).toDecimalString()).toBe('0.33');
  });
});

describe('Rational conversions', () => {
  test.each([
    [0.999, '999/1000'],
    [80568, '80568'],
    [0.9990000000000001, '999/1000'],
    [1e-7, '1/10000000'],
  ])('fromNumber(%s) = %s', (x, expected) => {
    expect(Rational.fromNumber(x)!.toString()).toBe(expected);
  });

  test('fromNumber rejects NaN and infinities', () => {
    expect(Rational.fromNumber(NaN)).toBeNull();
    expect(Rational.fromNumber(Infinity)).toBeNull();
  });

  test.each(['13670.54', '-0.5', '.5', '1e3', '2.148375'])('parseDecimal(%s) round-trips', (text) => {
    expect(Rational.parseDecimal(text)!.toNumber()).toBe(Number(text));
  });

  test.each(['', '.', 'abc', '1.2.3', '1,000'])('parseDecimal(%j) is null', (text) => {
    expect(Rational.parseDecimal(text)).toBeNull();
  });

  test('a repeating fraction becomes the nearest double', () => {
    expect(Rational.of(8n, 7n).toNumber()).toBe(8 / 7);
  });
});

describe('formatting', () => {
  test.each([
    [2.148375, '214.84%'],
    [0.9799, '97.99%'],
    [1, '100.00%'],
    [0.999, '99.90%'],
    [1.00005, '100.01%'],
  ])('formatPercent(%s) = %s', (fraction, text) => {
    expect(formatPercent(fraction)).toBe(text);
  });

  test('fixed prints 2 decimals, trimmed drops trailing zeros', () => {
    expect(fixed('0.5')).toBe('0.50');
    expect(fixed('20')).toBe('20.00');
    expect(trimmed('2.00')).toBe('2');
    expect(trimmed('0.46')).toBe('0.46');
    expect(percentTrimmed('1.05')).toBe('105%');
    expect(percentTrimmed('1.0098')).toBe('100.98%');
  });
});
