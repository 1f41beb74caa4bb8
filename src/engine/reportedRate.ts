/**
 * The department's own 完成率 against the recomputed rate (§11), compared as the officer sees it:
 *
 * - The reported figure is what its cell DISPLAYS: the value rounded half-up to the decimals of its
 *   number format ("0.00%" shows 1.051579 as 105.16%), or as typed for text ("105%").
 * - It is compared with the recomputed rate rounded to the same decimals, but never fewer than 2
 *   decimals of a percent: 105.16% shown as 105% (a "0%" cell) is still a different figure from
 *   105.16%, as the seed's six warnings say.
 * - A bare number (General cell, or text without %) has two readings: a fraction (2.1484 -> 214.84%)
 *   or percentage points (98 -> 98%). The reading that matches wins; when neither does, the message
 *   uses the usual one (≤ 1.5 a fraction, above that points).
 */
import { warningAt } from './findings';
import { msg } from './messages';
import { fixed, percentTrimmed } from './format';
import type { ScoredRow } from './indicators';
import { parseRateCell } from './parse/number';
import { parseQuantity } from './parse/quantity';
import {
  cellErrorOf,
  displayValue,
  isBlank,
  isDateFormat,
  isPercentFormat,
  normalizeText,
} from './parse/text';
import { Rational } from './rational';
import { roundHalfUp } from './rounding';
import type { Finding, InputCell } from './types';

const HUNDRED = Rational.int(100);
const QUOTED_OR_ESCAPED = /"[^"]*"|\\.|\[[^\]]*\]/g;

/**
 * Decimals a number format shows: "0.00%" -> 2, "0%" -> 0, "#,##0.0" -> 1; null for General (the
 * value shows as it is). Only the first section (positive numbers) counts.
 */
export function formatDecimals(format: string | undefined): number | null {
  if (!format || /^general$/i.test(format.trim())) return null;
  const section = format.replace(QUOTED_OR_ESCAPED, '').split(';')[0];
  const m = /\.([0#?]+)/.exec(section);
  if (m) return m[1].length;
  return /[0#?]/.test(section) ? 0 : null;
}

/** Digits after the decimal point of an exact value (a double read through 15 significant digits). */
function decimalsOf(value: Rational): number {
  const text = value.toDecimalString(20);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** One way to read the reported cell: the percent it stands for, and how many decimals it shows. */
interface Reading {
  percent: Rational;
  decimals: number;
}

/** The readings of the reported cell, the usual one first; null when it is not a rate at all. */
function readingsOf(cell: InputCell): Reading[] | null {
  const v = cell.value;
  if (cellErrorOf(v)) return null;
  if (typeof v === 'number') {
    if (isDateFormat(cell.numberFormat)) return null;
    const value = Rational.fromNumber(v);
    if (!value || value.sign() < 0) return null;
    const shown = formatDecimals(cell.numberFormat);
    if (isPercentFormat(cell.numberFormat)) return [{ percent: value.mul(HUNDRED), decimals: shown ?? 2 }];
    return bareReadings(value, shown ?? decimalsOf(value));
  }
  const q = parseQuantity(normalizeText(displayValue(cell)));
  if (!q || q.unit !== null || q.value.sign() < 0) return null;
  const typed = normalizeText(displayValue(cell)).replace(/[%‰]$/, '');
  const dot = typed.indexOf('.');
  const digits = dot < 0 ? 0 : typed.length - dot - 1;
  if (q.kind === 'percent') return [{ percent: q.value.mul(HUNDRED), decimals: digits }];
  return bareReadings(q.value, digits);
}

/** A bare number as a fraction and as percentage points, the usual reading (≤ 1.5 a fraction) first. */
function bareReadings(value: Rational, digits: number): Reading[] {
  const fraction = { percent: value.mul(HUNDRED), decimals: Math.max(0, digits - 2) };
  const points = { percent: value, decimals: digits };
  return value.lte(Rational.from('1.5')) ? [fraction, points] : [points, fraction];
}

/** The figure the cell shows and the recomputed figure at the precision they are compared at. */
function compare(
  reading: Reading,
  rate: Rational,
): { shown: Rational; recomputed: Rational; digits: number } {
  const digits = Math.max(reading.decimals, 2);
  return {
    shown: roundHalfUp(reading.percent, reading.decimals),
    recomputed: roundHalfUp(rate.mul(HUNDRED), digits),
    digits,
  };
}

/** "报告完成率105%与重算105.16%不一致", on the reported-rate cell. */
export function checkReportedRate(row: ScoredRow, findings: Finding[]): void {
  const cell = row.work.input.reportedRate;
  if (!cell || isBlank(cell) || !row.rate) return;
  const readings = readingsOf(cell);
  if (!readings) {
    const parsed = parseRateCell(cell);
    const why = parsed.kind === 'unreadable' ? parsed.why : msg('why.not-rate', {});
    const text = msg('reported-rate-unreadable', { cell: cell.address, value: displayValue(cell), why });
    findings.push(warningAt(cell.address, text, 'reported-rate-unreadable'));
    return;
  }
  const rate = row.rate;
  if (readings.some((r) => compare(r, rate).shown.eq(compare(r, rate).recomputed))) return;
  const { shown, recomputed, digits } = compare(readings[0], rate);
  const message = msg('reported-rate-mismatch', {
    reported: percentTrimmed(shown.div(HUNDRED)),
    recomputed: fixed(recomputed, digits),
  });
  findings.push(warningAt(cell.address, message, 'reported-rate-mismatch'));
}
