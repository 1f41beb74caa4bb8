/**
 * Completion rate (指标完成率, §5) from a parsed target and actual, on exact values.
 * Percent/bare-number alignment and unit checks (§4) happen here because they decide the rate.
 */
import { readMagnitudes } from './magnitudeReading';
import type { Answer } from './parse/answer';
import type { Direction } from './parse/operators';
import type { ParsedActual, ParsedTarget } from './parse/cell';
import type { Quantity } from './parse/quantity';
import { meetsDeadline, type TimePoint } from './parse/time';
import { UNIT_FACTORS } from './parse/vocabulary';
import { profileNumbers } from './profileNumbers';
import { Rational } from './rational';
import type { Profile } from './types';

export type CompletionWarning =
  | { code: 'unit-mismatch'; targetUnit: string; actualUnit: string }
  | { code: 'ambiguous-percent'; side: 'actual' | 'target'; read: Rational }
  | { code: 'target-zero' }
  /** A bare side read in the other side's magnitude (95 vs ≤90万元 -> 950000). */
  | {
      code: 'magnitude-assumed';
      side: 'actual' | 'target';
      scale: bigint;
      read: Rational;
      plainRatio: Rational;
    }
  /** A deadline without a year took the actual's year. */
  | { code: 'deadline-year'; year: number }
  /** A word answer (达成预期指标, 已完成) against a numeric target: scored as the answer says. */
  | { code: 'answer-for-number' };

interface CompletionBase {
  /** Exact completion as a fraction. */
  rate: Rational;
  warnings: CompletionWarning[];
}

export type Completion =
  | (CompletionBase & {
      kind: 'quantity';
      direction: Direction;
      /** At-least/equal: the rate is strictly above the profile's over-achievement cut. */
      over: boolean;
      /** Reverse (≤) indicators: target ÷ actual (null when actual is 0). */
      reverseRatio: Rational | null;
      /** Reverse indicator over-achieving beyond the profile's review ratio. */
      review: boolean;
    })
  | (CompletionBase & { kind: 'level'; levelsShort: number })
  /** A qualitative answer: met, one level short (partly) or not met. */
  | (CompletionBase & { kind: 'answer'; answer: Answer })
  /** A completion time against a deadline: met (on or before) or not. */
  | (CompletionBase & { kind: 'deadline'; met: boolean; deadline: TimePoint; actual: TimePoint });

export type CompletionOutcome = Completion | { kind: 'incomparable' };

const ONE = Rational.ONE;
const HUNDRED = Rational.int(100);
const FRACTION_LIMIT = Rational.from('1.5');
const PERCENT_TARGET_FLOOR = Rational.from('0.1');
const EQUAL_TOLERANCE = Rational.from('1e-9');

/**
 * A bare number read against a percentage on the other side: points (98 -> 98%), except a bare
 * number ≤ 1.5 against a percentage ≥ 10% is a fraction (0.98 -> 98%), with a warning.
 */
function readAgainstPercent(bare: Quantity, percent: Rational): { value: Rational; ambiguous: boolean } {
  if (bare.bare && bare.value.lte(FRACTION_LIMIT) && percent.gte(PERCENT_TARGET_FLOOR)) {
    return { value: bare.value, ambiguous: true };
  }
  return { value: bare.value.div(HUNDRED), ambiguous: false };
}

function baseOf(unit: string): [string, bigint] {
  return Object.prototype.hasOwnProperty.call(UNIT_FACTORS, unit) ? UNIT_FACTORS[unit] : [unit, 1n];
}

/** Factors that bring two units of one family to its base (公里 vs 米: 1000 and 1); null otherwise. */
function convertUnits(tu: string, au: string): { target: Rational; actual: Rational } | null {
  const [tb, tf] = baseOf(tu);
  const [ab, af] = baseOf(au);
  return tb === ab ? { target: Rational.of(tf), actual: Rational.of(af) } : null;
}

/**
 * Both sides on one scale, with the warnings the alignment raised. Null when a percentage faces a
 * number with a unit or magnitude (95% vs 5次, 95% vs 9万): not comparable, and we do not guess.
 */
function align(
  t: Quantity,
  a: Quantity,
): { target: Rational; actual: Rational; warnings: CompletionWarning[] } | null {
  if (t.kind !== a.kind && !(t.kind === 'number' ? t.bare : a.bare)) return null;
  const warnings: CompletionWarning[] = [];
  const reading = readMagnitudes(t, a);
  let target = reading.target;
  let actual = reading.actual;
  if (reading.assumed) warnings.push({ code: 'magnitude-assumed', ...reading.assumed });
  if (t.kind === 'percent' && a.kind === 'number') {
    const read = readAgainstPercent(a, t.value);
    actual = read.value;
    if (read.ambiguous) warnings.push({ code: 'ambiguous-percent', side: 'actual', read: actual });
  } else if (a.kind === 'percent' && t.kind === 'number') {
    const read = readAgainstPercent(t, a.value);
    target = read.value;
    if (read.ambiguous) warnings.push({ code: 'ambiguous-percent', side: 'target', read: target });
  }
  const tu = t.unit;
  const au = a.unit;
  const converted = tu && au && tu !== au ? convertUnits(tu, au) : null;
  if (converted) {
    target = target.mul(converted.target);
    actual = actual.mul(converted.actual);
  } else if (tu && au && tu !== au) warnings.push({ code: 'unit-mismatch', targetUnit: tu, actualUnit: au });
  else if (t.perUnit && a.perUnit && t.perUnit !== a.perUnit) {
    warnings.push({ code: 'unit-mismatch', targetUnit: t.perUnit, actualUnit: a.perUnit });
  }
  return { target, actual, warnings };
}

function quantityCompletion(
  direction: Direction,
  tq: Quantity,
  aq: Quantity,
  profile: Profile,
): CompletionOutcome {
  const aligned = align(tq, aq);
  if (!aligned) return { kind: 'incomparable' };
  const { target, actual, warnings } = aligned;
  const { overCut, reviewRatio } = profileNumbers(profile);
  const base = {
    kind: 'quantity' as const,
    direction,
    over: false,
    reverseRatio: null,
    review: false,
    warnings,
  };
  if (direction === 'atMost') {
    const reverseRatio = actual.isZero() ? null : target.div(actual);
    const met = actual.lte(target);
    // Actual 0 against a positive ceiling is the extreme of over-achievement: worth a review too.
    const review = met && (reverseRatio === null ? target.sign() > 0 : reverseRatio.gt(reviewRatio));
    return { ...base, rate: met ? ONE : (reverseRatio as Rational), reverseRatio, review };
  }
  if (direction === 'equal') {
    const tolerance = EQUAL_TOLERANCE.mul(Rational.max(ONE, target.abs()));
    if (actual.sub(target).abs().lte(tolerance)) return { ...base, rate: ONE };
    const rate = Rational.min(actual, target).div(Rational.max(actual, target));
    return { ...base, rate };
  }
  if (target.isZero()) return { ...base, rate: ONE, warnings: [...warnings, { code: 'target-zero' }] };
  const rate = actual.div(target);
  // rate > 150% is the same exact test as 2 × actual > 3 × target.
  return { ...base, rate, over: rate.gt(overCut) };
}

export function completionRate(
  target: ParsedTarget,
  actual: ParsedActual,
  profile: Profile,
): CompletionOutcome {
  if (target.kind === 'quantity' && actual.kind === 'quantity') {
    return quantityCompletion(target.direction, target.quantity, actual.quantity, profile);
  }
  if (target.kind === 'level' && actual.kind === 'level') {
    const levelsShort = Math.max(0, actual.level - target.minLevel);
    const { oneLevelShort, twoOrMoreShort } = profileNumbers(profile);
    const rate = levelsShort === 0 ? ONE : levelsShort === 1 ? oneLevelShort : twoOrMoreShort;
    return { kind: 'level', levelsShort, rate, warnings: [] };
  }
  if (actual.kind === 'answer') {
    // Against a number the officer should have written the figure; templates nonetheless tell officers
    // to answer 达成/部分达成/未达成预期指标, and published scorers give the answer's marks: so do we,
    // with a warning asking for the figure.
    const warnings: CompletionWarning[] = target.kind === 'quantity' ? [{ code: 'answer-for-number' }] : [];
    return { kind: 'answer', answer: actual.answer, rate: answerRate(actual.answer, profile), warnings };
  }
  if (target.kind === 'deadline' && actual.kind === 'time') {
    const check = meetsDeadline(target.time, actual.time);
    const warnings: CompletionWarning[] =
      check.yearAssumed === null ? [] : [{ code: 'deadline-year', year: check.yearAssumed }];
    const rate = check.met ? ONE : Rational.ZERO;
    return { kind: 'deadline', met: check.met, deadline: target.time, actual: actual.time, rate, warnings };
  }
  return { kind: 'incomparable' };
}

/** Met -> 100%; partly (基本完成) -> the profile's one-level-short factor; not met -> 0, like a binary answer. */
function answerRate(answer: Answer, profile: Profile): Rational {
  if (answer === 'yes') return ONE;
  return answer === 'partly' ? profileNumbers(profile).oneLevelShort : Rational.ZERO;
}
