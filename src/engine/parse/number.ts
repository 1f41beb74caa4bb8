/**
 * Plain numbers and rates in cells other than targets/actuals: weights, manual scores, budget
 * amounts, management values, reported rates. Same cell rules (§4): errors, blanks, negatives.
 */
import { Rational } from '../rational';
import { msg } from '../messages';
import type { InputCell } from '../types';
import type { ParseOutcome } from './cell';
import { parseQuantity, quantityFromNumber, type Quantity } from './quantity';
import { DATE_CELL_REASON, isBlank, cellErrorOf, isDateFormat, isPercentFormat, normalizeText } from './text';

const HUNDRED = Rational.int(100);
const FRACTION_LIMIT = Rational.from('1.5');

function readQuantity(cell: InputCell | null | undefined): ParseOutcome<Quantity> {
  if (!cell || isBlank(cell)) return { kind: 'unreadable', why: msg('why.blank', {}) };
  const v = cell.value;
  const error = cellErrorOf(v);
  if (error) return { kind: 'unreadable', why: msg('why.error', { error }) };
  if (typeof v === 'boolean') return { kind: 'unreadable', why: msg('why.not-number', {}) };
  if (typeof v === 'number' && isDateFormat(cell.numberFormat))
    return { kind: 'unreadable', why: DATE_CELL_REASON };
  const q =
    typeof v === 'number'
      ? quantityFromNumber(v, isPercentFormat(cell.numberFormat))
      : parseQuantity(normalizeText(String(v)));
  if (!q) return { kind: 'unreadable', why: msg('why.unrecognised', {}) };
  if (q.value.sign() < 0) return { kind: 'unreadable', why: msg('why.negative', {}) };
  return q;
}

/**
 * A non-negative number (weights, points, counts, amounts). Magnitudes scale (1.2万 -> 12000) and
 * a noun unit is allowed (2分, 13752.09万元); a percentage is not a plain number.
 */
export function parseNumberCell(
  cell: InputCell | null | undefined,
): ParseOutcome<{ kind: 'number'; value: Rational; unit: string | null }> {
  const q = readQuantity(cell);
  if (q.kind === 'unreadable') return q;
  if (q.kind === 'percent') return { kind: 'unreadable', why: msg('why.percent', {}) };
  return { kind: 'number', value: q.value, unit: q.unit };
}

/**
 * A rate as a fraction: a percent-formatted number or "86.79%" as is; a bare number ≤ 1.5 is a
 * fraction (0.8679), a larger one percentage points (86.79).
 */
export function parseRateCell(
  cell: InputCell | null | undefined,
): ParseOutcome<{ kind: 'rate'; value: Rational; percent: boolean }> {
  const q = readQuantity(cell);
  if (q.kind === 'unreadable') return q;
  if (q.kind === 'percent') return { kind: 'rate', value: q.value, percent: true };
  if (q.unit) return { kind: 'unreadable', why: msg('why.not-rate', {}) };
  return {
    kind: 'rate',
    value: q.value.lte(FRACTION_LIMIT) ? q.value : q.value.div(HUNDRED),
    percent: false,
  };
}
