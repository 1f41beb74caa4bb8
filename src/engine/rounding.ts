/**
 * The ONE rounding rule of the project: half-up (half away from zero) on exact values.
 * 1.005 -> 1.01, 0.125 -> 0.13, 2 × 201/400 -> 1.01. Never `toFixed` on a float.
 */
import { Rational } from './rational';

export type Exact = Rational | string | number;

/** Rounds an exact value half-up to `decimals` places and returns it still exact. */
export function roundHalfUp(value: Exact, decimals = 2): Rational {
  return Rational.from(value).roundHalfUp(decimals);
}

/** Half-up to 2 decimals, as the number written to cells and JSON (e.g. 0.98, 9.94). */
export function roundHalfUp2(value: Exact): number {
  return roundHalfUp(value, 2).toNumber();
}
