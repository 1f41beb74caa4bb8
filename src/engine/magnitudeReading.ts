/**
 * A bare number facing a number with a magnitude (§4): real tables often leave the unit (万元) in
 * the header, so `95` against `≤90万元` means 95万元. The plain reading stays unless it is
 * implausible and the reading in the other side's magnitude is plausible (PLAUSIBLE_RATIO, data).
 */
import type { Quantity } from './parse/quantity';
import { PLAUSIBLE_RATIO } from './parse/vocabulary';
import { Rational } from './rational';

const LOW = Rational.from(PLAUSIBLE_RATIO.low);
const HIGH = Rational.from(PLAUSIBLE_RATIO.high);

/** actual ÷ target within the plausible bounds (inclusive). */
export function isPlausible(actual: Rational, target: Rational): boolean {
  if (target.isZero()) return false;
  const ratio = actual.div(target);
  return ratio.gte(LOW) && ratio.lte(HIGH);
}

export interface MagnitudeReading {
  target: Rational;
  actual: Rational;
  /** Set when the bare side was read in the other side's magnitude. */
  assumed: { side: 'actual' | 'target'; scale: bigint; read: Rational; plainRatio: Rational } | null;
}

export function readMagnitudes(t: Quantity, a: Quantity): MagnitudeReading {
  const plain: MagnitudeReading = { target: t.value, actual: a.value, assumed: null };
  if (t.kind !== 'number' || a.kind !== 'number') return plain;
  const side = a.bare && t.scale > 1n ? 'actual' : t.bare && a.scale > 1n ? 'target' : null;
  if (!side || isPlausible(a.value, t.value)) return plain;
  const scale = side === 'actual' ? t.scale : a.scale;
  const k = Rational.of(scale);
  const target = side === 'target' ? t.value.mul(k) : t.value;
  const actual = side === 'actual' ? a.value.mul(k) : a.value;
  if (!isPlausible(actual, target)) return plain;
  const plainRatio = t.value.isZero() ? Rational.ZERO : a.value.div(t.value);
  return { target, actual, assumed: { side, scale, read: side === 'actual' ? actual : target, plainRatio } };
}
