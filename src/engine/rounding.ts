/**
 * The ONE rounding rule of the project: half-up (half away from zero) on exact values.
 * 1.005 -> 1.01, 0.125 -> 0.13, 2 × 201/400 -> 1.01. Never `toFixed` on a float.
 */
import { Rational } from './rational';

export type Exact = Rational | string | number;

/** Rounds an exact value half-up to `decimals` places and returns it still exact. */
export function roundHalfUp(value: Exact, decimals = 2): Rational {
  const x = Rational.from(value);
  const scale = 10n ** BigInt(decimals);
  const scaledNum = (x.n < 0n ? -x.n : x.n) * scale;
  // floor(|x| × scale + 1/2) = floor((2·|n|·scale + d) / 2d)
  const units = (2n * scaledNum + x.d) / (2n * x.d);
  return Rational.of(x.n < 0n ? -units : units, scale);
}

/** Half-up to 2 decimals, as the number written to cells and JSON (e.g. 0.98, 9.94). */
export function roundHalfUp2(value: Exact): number {
  return roundHalfUp(value, 2).toNumber();
}
