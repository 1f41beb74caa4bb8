/**
 * Numbers with magnitude and unit, as typed in a cell (§4): "9.9735万套", "≥8万人次" (after the
 * operator is split off), "99.90%", "13670.54", "5‰". Values come out exact and already scaled:
 * 9.9735万 -> 99735, 98% -> 0.98 (a fraction), 5‰ -> 0.005.
 */
import { Rational } from '../rational';

export type QuantityKind = 'percent' | 'number';

export interface Quantity {
  value: Rational;
  kind: QuantityKind;
  /** Noun unit after the magnitude (套, 人次, 元), null when none. 万元 has unit 元. */
  unit: string | null;
  /** A plain number: no unit, no magnitude, no percent sign (80568, 0.98, 98). */
  bare: boolean;
}

const MAGNITUDES: Record<string, bigint> = {
  千: 1000n,
  万: 10000n,
  百万: 1000000n,
  千万: 10000000n,
  亿: 100000000n,
};

const QUANTITY_PATTERN = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(百万|千万|千|万|亿)?(%|‰|[^\d.%‰+\-=<>≥≤]*)$/;
/** Words that make a number approximate ("7万左右", "100余次"): not a figure to score on. */
const HEDGES = /左右|余|多|约|近|上下|大概|不到|若干/;
const PERCENT = Rational.int(100);
const PERMILLE = Rational.int(1000);

/** Parses normalised text; null when it is not a single number with an optional magnitude and unit. */
export function parseQuantity(text: string): Quantity | null {
  const m = QUANTITY_PATTERN.exec(text);
  if (!m) return null;
  const [, digits, magnitude, suffix] = m;
  let value = Rational.parseDecimal(digits);
  if (!value) return null;
  if (magnitude) value = value.mul(Rational.of(MAGNITUDES[magnitude]));
  if (suffix === '%') return { value: value.div(PERCENT), kind: 'percent', unit: null, bare: false };
  if (suffix === '‰') return { value: value.div(PERMILLE), kind: 'percent', unit: null, bare: false };
  if (suffix && HEDGES.test(suffix)) return null;
  return { value, kind: 'number', unit: suffix || null, bare: !suffix && !magnitude };
}

/** A number cell: a percentage when its number format shows one, otherwise a bare number. */
export function quantityFromNumber(x: number, percentFormat: boolean): Quantity | null {
  const value = Rational.fromNumber(x);
  if (!value) return null;
  return percentFormat
    ? { value, kind: 'percent', unit: null, bare: false }
    : { value, kind: 'number', unit: null, bare: true };
}
