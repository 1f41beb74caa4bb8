/**
 * Next year's target (docs/scoring-rules.md §15) for a row whose target was set too low: an
 * at-least indicator over 150% (over150) or a reverse indicator flagged review. The national
 * guidance: 指标值原则上不低于上年实际水平.
 *
 * The one rule, on exact values, in the target's written units (80 in ≥80万):
 * - this year's actual A in those units comes from the completion itself (rate × 80 for at-least,
 *   80 ÷ (target ÷ actual) for at-most), so magnitudes, units and percent readings are the engine's;
 * - the step is the precision the target was written in: 10^-decimals when it has decimals (2.5 ->
 *   0.1), else the place of its last non-zero digit (80 -> 10, 300 -> 100, 7 -> 1);
 * - at-least: A rounded DOWN to the step (never above what was achieved: 171.87 -> 170); at-most:
 *   A rounded UP (never below what was achieved: ≤10天 with 3.2天 -> ≤4天);
 * - when that does not move the target (≥1000 with 1999 -> 1000), the step goes one place finer
 *   until it does (at most to 4 decimals); no suggestion if it never does;
 * - with PE_History (earlier actuals, oldest first): the average yearly change from the oldest year
 *   to this year, d = (A − oldest) ÷ years, is added to A when it goes the indicator's way (up for
 *   at-least, down for at-most) and rounded the same way; a trend the other way keeps A (the target
 *   never falls below this year's level), and the reason says so.
 * The suggestion is the target's own text with its number replaced: operator, magnitude, unit stay.
 */
import { completionRate } from './completion';
import { msg, zh, type Message } from './messages';
import { trimmed } from './format';
import { parseActual } from './parse/cell';
import { isPercentFormat, normalizeText } from './parse/text';
import { Rational } from './rational';
import { toStep } from './rounding';
import type { RowWork } from './rows';
import type { Flag, InputCell, Profile } from './types';

export interface Suggestion {
  target: string;
  /** Why, in Chinese (zh of reasonText: what the workbook, the JSON and the report carry). */
  reason: string;
  reasonText: Message;
}

/** The finest step a suggestion goes to (10^-4). */
const FINEST_EXPONENT = -4;
const WRITTEN_NUMBER = /\d+(?:\.\d+)?/;

/** The target as written, with its number: "≥80万"; a number cell in a percent format reads "55%". */
function writtenTarget(cell: InputCell): string | null {
  const v = cell.value;
  if (typeof v === 'string') return normalizeText(v.trim());
  if (typeof v !== 'number') return null;
  const exact = Rational.fromNumber(v);
  if (!exact) return null;
  return isPercentFormat(cell.numberFormat)
    ? `${trimmed(exact.mul(Rational.int(100)), 6)}%`
    : trimmed(exact, 6);
}

/** The exponent of the step the number was written in: "2.5" -> -1, "80" -> 1, "300" -> 2, "7" -> 0. */
function writtenExponent(digits: string): number {
  const dot = digits.indexOf('.');
  if (dot >= 0) return -(digits.length - dot - 1);
  const trailing = /0*$/.exec(digits)![0].length;
  return trailing === digits.length ? 0 : trailing;
}

/** A value of the row's kind (an earlier year's actual) in the target's written units; null if unreadable. */
function inWrittenUnits(
  row: RowWork,
  actual: InputCell,
  written: Rational,
  profile: Profile,
): Rational | null {
  if (!row.target) return null;
  const parsed = parseActual(actual, row.target);
  if (parsed.kind === 'unreadable') return null;
  const c = completionRate(row.target, parsed, profile);
  if (c.kind !== 'quantity') return null;
  if (c.direction === 'atMost') return c.reverseRatio === null ? Rational.ZERO : written.div(c.reverseRatio);
  return c.rate.mul(written);
}

function rounded(value: Rational, exponent: number, atLeast: boolean): Rational {
  return toStep(Rational.max(value, Rational.ZERO), exponent, atLeast ? 'down' : 'up');
}

/** The step at which this year's actual, rounded, moves the target; null when none does. */
function movingExponent(actual: Rational, written: Rational, start: number, atLeast: boolean): number | null {
  for (let e = start; e >= FINEST_EXPONENT; e -= 1) {
    const s = rounded(actual, e, atLeast);
    if (atLeast ? s.gt(written) : s.lt(written)) return e;
  }
  return null;
}

function stepText(exponent: number, unit: string): string {
  const step =
    exponent >= 0 ? Rational.of(10n ** BigInt(exponent)) : Rational.of(1n, 10n ** BigInt(-exponent));
  return `${step.toDecimalString(Math.max(0, -exponent))}${unit}`;
}

export function suggestTarget(row: RowWork, flag: Flag, profile: Profile): Suggestion | null {
  if ((flag !== 'over150' && flag !== 'review') || row.target?.kind !== 'quantity') return null;
  const atLeast = row.target.direction !== 'atMost';
  const text = writtenTarget(row.input.target);
  const match = text ? WRITTEN_NUMBER.exec(text) : null;
  if (!text || !match) return null;
  const written = Rational.parseDecimal(match[0]);
  if (!written || written.isZero()) return null;
  const actual = inWrittenUnits(row, row.input.actual, written, profile);
  if (!actual) return null;
  const exponent = movingExponent(actual, written, writtenExponent(match[0]), atLeast);
  if (exponent === null) return null;
  const unit = text.slice(match.index + match[0].length);
  const shown = (value: Rational) => `${trimmed(value, 4)}${unit}`;

  const history = (row.input.history ?? [])
    .map((cell) => inWrittenUnits(row, cell, written, profile))
    .filter((v): v is Rational => v !== null);
  let base = actual;
  const step = stepText(exponent, unit);
  const direction = atLeast ? 'down' : 'up';
  let why = msg('suggestion.actual', { actual: shown(actual), step, direction });
  if (history.length > 0) {
    const change = actual.sub(history[0]).div(Rational.int(history.length));
    const trend = {
      history: history.map(shown),
      actual: shown(actual),
      change: `${change.sign() > 0 ? '+' : ''}${trimmed(change, 4)}${unit}`,
    };
    const withTrend = atLeast ? change.sign() > 0 : change.sign() < 0;
    if (withTrend) {
      base = actual.add(change);
      const next = shown(Rational.max(base, Rational.ZERO));
      why = msg('suggestion.trend', { ...trend, next, step, direction });
    } else {
      why = msg('suggestion.against-trend', { ...trend, trend: atLeast ? 'down' : 'up', why });
    }
  }
  const figure = rounded(base, exponent, atLeast);
  const target = `${text.slice(0, match.index)}${figure.toDecimalString(Math.max(0, -exponent))}${unit}`;
  const reasonText = msg('suggestion.reason', { why, target });
  return { target, reason: zh(reasonText), reasonText };
}
