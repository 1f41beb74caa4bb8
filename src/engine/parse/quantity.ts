/**
 * Numbers with magnitude and unit, as typed in a cell (§4): "9.9735万套", "8万人次" (after the
 * operator is split off), "99.90%", "5个百分点", "1.2万亿元", "十万", "人均2.5万元", "13670.54".
 * Values come out exact and already scaled: 9.9735万 -> 99735, 98% -> 0.98 (a fraction).
 * Every word list comes from vocabulary.ts.
 */
import { Rational } from '../rational';
import { NUMERAL_CHARS, parseChineseInteger } from './numerals';
import {
  APPROXIMATE_WORDS,
  LEAD_WORDS,
  MAGNITUDES,
  MEASURE_WORDS,
  PERCENT_PREFIXES,
  PERCENT_UNITS,
  PREFIX_UNIT,
  TRAILING_PUNCTUATION,
} from './vocabulary';

export type QuantityKind = 'percent' | 'number';

export interface Quantity {
  value: Rational;
  kind: QuantityKind;
  /** Noun unit after the magnitude (套, 人次, 元), null when none. 万元 has unit 元. */
  unit: string | null;
  /** Unit written before the number (每亩, 人均), null when none. */
  perUnit: string | null;
  /** The magnitude the text applied (万 -> 10000), 1 when none. */
  scale: bigint;
  /** A plain number: no unit, no magnitude, no percent sign (80568, 0.98, 98). */
  bare: boolean;
}

const DIGITS = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(.*)$/;
const UNIT_TEXT = /^[^\d.%‰+\-=<>≥≤]*$/;
const LEADS = [...LEAD_WORDS].sort((a, b) => b.length - a.length);
const PERCENT_SUFFIXES = [...PERCENT_UNITS].sort((a, b) => b[0].length - a[0].length);
const MEASURES = new Set(MEASURE_WORDS);

function percentUnitOf(text: string): { divisor: bigint; rest: string } | null {
  for (const [word, divisor] of PERCENT_SUFFIXES) {
    if (text.startsWith(word)) return { divisor, rest: text.slice(word.length) };
  }
  return null;
}

function percent(value: Rational, divisor: bigint): Quantity {
  return {
    value: value.div(Rational.of(divisor)),
    kind: 'percent',
    unit: null,
    perUnit: null,
    scale: 1n,
    bare: false,
  };
}

const GROUP = /^\d+(?:\.\d+)?/;

/** The magnitude characters at the start of `text` (万, 千万, 万亿), multiplied; scale 1 when none. */
function magnitudeRun(text: string): { scale: bigint; length: number } {
  let scale = 1n;
  let length = 0;
  while (length < text.length && Object.prototype.hasOwnProperty.call(MAGNITUDES, text[length])) {
    scale *= MAGNITUDES[text[length]];
    length++;
  }
  return { scale, length };
}

/** Digits, then an optional percent unit, or magnitude characters and a noun unit. */
function fromDigits(text: string, perUnit: string | null): Quantity | null {
  const m = DIGITS.exec(text);
  if (!m) return null;
  const value = Rational.parseDecimal(m[1]);
  if (!value) return null;
  const tail = m[2];
  const pct = percentUnitOf(tail);
  if (pct) return pct.rest === '' ? percent(value, pct.divisor) : null;
  const first = magnitudeRun(tail);
  const scale = first.scale;
  let total = value.mul(Rational.of(scale));
  let rest = tail.slice(first.length);
  // 3万5千 / 2亿3千万: each further digit group carries a smaller magnitude; the groups add up.
  for (let smaller = scale, group = GROUP.exec(rest); group && smaller > 1n; group = GROUP.exec(rest)) {
    const run = magnitudeRun(rest.slice(group[0].length));
    if (run.scale === 1n || run.scale >= smaller) return null;
    total = total.add((Rational.parseDecimal(group[0]) ?? Rational.ZERO).mul(Rational.of(run.scale)));
    smaller = run.scale;
    rest = rest.slice(group[0].length + run.length);
  }
  const unit = rest;
  if (!UNIT_TEXT.test(unit)) return null;
  return {
    value: total,
    kind: 'number',
    unit: unit || null,
    perUnit,
    scale,
    bare: !unit && scale === 1n && !perUnit,
  };
}

/** A number in Chinese numerals (十万, 三千次, 五万元), followed by nothing, a percent unit or a measure word. */
function fromNumerals(text: string, perUnit: string | null): Quantity | null {
  let end = 0;
  while (end < text.length && NUMERAL_CHARS.has(text[end])) end++;
  const integer = parseChineseInteger(text.slice(0, end));
  if (integer === null) return null;
  const value = Rational.of(integer);
  const tail = text.slice(end);
  const pct = percentUnitOf(tail);
  if (pct) return pct.rest === '' && !perUnit ? percent(value, pct.divisor) : null;
  if (tail !== '' && !MEASURES.has(tail)) return null;
  return { value, kind: 'number', unit: tail || null, perUnit, scale: 1n, bare: false };
}

function stripLead(text: string): string {
  for (const word of LEADS) {
    if (text.startsWith(word) && text.length > word.length) return text.slice(word.length);
  }
  return text;
}

/** Parses normalised text; null when it is not a single number with optional magnitude and units. */
export function parseQuantity(input: string): Quantity | null {
  const text = stripLead(input.replace(TRAILING_PUNCTUATION, ''));
  if (text === '' || APPROXIMATE_WORDS.some((w) => text.includes(w))) return null;
  for (const [word, divisor] of PERCENT_PREFIXES) {
    if (!text.startsWith(word)) continue;
    const q = parseQuantity(text.slice(word.length));
    return q && q.kind === 'number' && !q.unit && !q.perUnit ? percent(q.value, divisor) : null;
  }
  if (DIGITS.test(text)) return fromDigits(text, null);
  if (NUMERAL_CHARS.has(text[0])) return fromNumerals(text, null);
  const prefix = PREFIX_UNIT.exec(text);
  if (!prefix || prefix[0].length === text.length) return null;
  const rest = text.slice(prefix[0].length);
  return DIGITS.test(rest) ? fromDigits(rest, prefix[0]) : fromNumerals(rest, prefix[0]);
}

/** A number cell: a percentage when its number format shows one, otherwise a bare number. */
export function quantityFromNumber(x: number, percentFormat: boolean): Quantity | null {
  const value = Rational.fromNumber(x);
  if (!value) return null;
  return percentFormat
    ? { value, kind: 'percent', unit: null, perUnit: null, scale: 1n, bare: false }
    : { value, kind: 'number', unit: null, perUnit: null, scale: 1n, bare: true };
}
