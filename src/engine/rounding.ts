/**
 * The ONE rounding rule of the project, on exact values: `round(value, decimals, mode)`.
 *   half-up (四舍五入, half away from zero): 1.005 -> 1.01, 0.125 -> 0.13, 2 × 201/400 -> 1.01
 *   down (去尾, toward zero):                 19.882 -> 19 (0 decimals), 2.475 -> 2.4 (1 decimal)
 * Scored figures (indicator, budget, deduction) go through `roundScore` with the rules' precision;
 * rates shown to the officer are always half-up to 2 decimals of a percent. Never `toFixed` on a float.
 */
import { Rational } from './rational';
import type { Precision, RoundingMode } from './types';

export type Exact = Rational | string | number;

/** Precision of the built-in profiles: 2 decimals, half-up. */
export const DEFAULT_PRECISION: Precision = { decimals: 2, mode: 'half-up' };

/** Rounds an exact value to `decimals` places with `mode` and returns it still exact. */
export function round(value: Exact, decimals: number, mode: RoundingMode): Rational {
  const exact = Rational.from(value);
  if (mode === 'half-up') return exact.roundHalfUp(decimals);
  const scale = 10n ** BigInt(decimals);
  // BigInt division truncates toward zero: exactly 去尾 for the non-negative figures scored here.
  return Rational.of((exact.n * scale) / exact.d, scale);
}

/** A scored figure at the rules' precision. */
export function roundScore(value: Exact, precision: Precision): Rational {
  return round(value, precision.decimals, precision.mode);
}

/**
 * A score out of `full` points: `full` itself when the exact score is full marks (the table's own
 * figure is never rounded away: 2.5 stays 2.5 under whole points), otherwise the rounded score,
 * never above `full` (half-up could lift 2.6 × 99% = 2.574 to 3).
 */
export function roundScoreOf(exact: Rational, full: Rational, precision: Precision): Rational {
  if (exact.gte(full)) return full;
  return Rational.min(roundScore(exact, precision), full);
}

/** Rounds an exact value half-up to `decimals` places and returns it still exact. */
export function roundHalfUp(value: Exact, decimals = 2): Rational {
  return round(value, decimals, 'half-up');
}

/** Half-up to 2 decimals, as the number written to cells and JSON (e.g. 0.98, 9.94). */
export function roundHalfUp2(value: Exact): number {
  return roundHalfUp(value, 2).toNumber();
}

/**
 * A value floored ('down') or ceiled ('up') to a multiple of 10^exponent, for non-negative values
 * (next year's targets, suggestion.ts): toStep(171.87, 1, 'down') -> 170, toStep(2.31, 0, 'up') -> 3.
 */
export function toStep(value: Exact, exponent: number, direction: 'down' | 'up'): Rational {
  const step =
    exponent >= 0 ? Rational.of(10n ** BigInt(exponent)) : Rational.of(1n, 10n ** BigInt(-exponent));
  const units = Rational.from(value).div(step);
  let whole = round(units, 0, 'down');
  if (direction === 'up' && whole.lt(units)) whole = whole.add(Rational.ONE);
  return whole.mul(step);
}
