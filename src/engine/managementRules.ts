/**
 * The deduction rules of §9 as data: spellings (English / 中文), parameter, deduction, reason.
 *   ratio / 比例            w × (1 − min(rate, 1))
 *   threshold X / 达标 X    0 if rate ≥ X, else w
 *   per-count P / 计数 P    min(w, P × count)
 *   yes-no / 是否           0 if yes, else w
 *   manual / 扣分           min(w, value)
 */
import { deductionText } from './explain';
import { msg, type Message } from './messages';
import { percentText, percentTrimmed, trimmed } from './format';
import { unreadableMessage } from './parse/cell';
import { parseNumberCell, parseRateCell } from './parse/number';
import { splitOperator } from './parse/operators';
import { parseQuantity } from './parse/quantity';
import { parseYesNo } from './parse/qualitative';
import { displayValue, normalizeText } from './parse/text';
import { Rational } from './rational';
import type { ManagementItemInput } from './types';

export type RuleOutcome =
  { deduction: Rational; reason: (rounded: Rational) => Message } | { error: Message; cell: string };

type RuleName = 'ratio' | 'threshold' | 'per-count' | 'yes-no' | 'manual';

const RULE_NAMES: Array<[RegExp, RuleName]> = [
  [/^(?:ratio|比例)$/i, 'ratio'],
  [/^(?:threshold|达标)(.+)$/i, 'threshold'],
  [/^(?:per-count|percount|计数)(.+)$/i, 'per-count'],
  [/^(?:yes-no|yesno|是否)$/i, 'yes-no'],
  [/^(?:manual|扣分)$/i, 'manual'],
];

const ONE = Rational.ONE;

/** "扣1分（扣完为止）" when the cap applied. */
function capped(rounded: Rational, wasCapped: boolean): Message {
  const deduction = deductionText(rounded);
  return wasCapped && !rounded.isZero() ? msg('deduction.capped', { deduction }) : deduction;
}

function ruleError(item: ManagementItemInput, error: Message): RuleOutcome {
  return { error, cell: item.rule.address };
}

const VALUE = msg('field.value', {});

export function explainRule(item: ManagementItemInput, weight: Rational, shown: string): RuleOutcome {
  const ruleText = normalizeText(displayValue(item.rule));
  const match = RULE_NAMES.map(([pattern, name]) => ({ name, m: pattern.exec(ruleText) })).find((x) => x.m);
  if (!match || !match.m) {
    return ruleError(item, msg('rule.unknown', { cell: item.rule.address, rule: displayValue(item.rule) }));
  }
  const param = match.m[1];
  const value = item.value;

  if (match.name === 'yes-no') {
    const yes = parseYesNo(normalizeText(displayValue(value)));
    if (yes === null) {
      const error = msg('rule.not-yes-no', { cell: value.address, value: displayValue(value) });
      return { error, cell: value.address };
    }
    return {
      deduction: yes ? Rational.ZERO : weight,
      reason: (r) => msg('reason.yes-no', { value: shown, deduction: deductionText(r) }),
    };
  }

  if (match.name === 'ratio') {
    const rate = parseRateCell(value);
    if (rate.kind === 'unreadable')
      return { error: unreadableMessage(value, VALUE, rate), cell: value.address };
    const deduction = weight.mul(ONE.sub(Rational.min(rate.value, ONE)));
    return {
      deduction,
      reason: (r) =>
        msg('reason.ratio', {
          rate: percentText(rate.value),
          got: trimmed(weight.sub(r)),
          deduction: deductionText(r),
        }),
    };
  }

  if (match.name === 'threshold') {
    const bar = parseQuantity(splitOperator(param)?.rest ?? param);
    if (!bar) return ruleError(item, msg('rule.bad-bar', { cell: item.rule.address, param }));
    const isRate = bar.kind === 'percent';
    const parsed = isRate ? parseRateCell(value) : parseNumberCell(value);
    if (parsed.kind === 'unreadable')
      return { error: unreadableMessage(value, VALUE, parsed), cell: value.address };
    const barText = isRate ? percentTrimmed(bar.value) : trimmed(bar.value, 6);
    const valueText = isRate ? percentText(parsed.value) : trimmed(parsed.value, 6);
    const met = parsed.value.gte(bar.value);
    return {
      deduction: met ? Rational.ZERO : weight,
      reason: (r) =>
        met
          ? msg('reason.threshold-met', { value: valueText, bar: barText })
          : msg('reason.threshold-missed', { value: valueText, bar: barText, deduction: deductionText(r) }),
    };
  }

  if (match.name === 'per-count') {
    const per = parseQuantity(param);
    if (!per || per.kind !== 'number' || per.value.sign() < 0)
      return ruleError(item, msg('rule.bad-per', { cell: item.rule.address, param }));
    const count = parseNumberCell(value);
    if (count.kind === 'unreadable')
      return { error: unreadableMessage(value, msg('field.count', {}), count), cell: value.address };
    const raw = per.value.mul(count.value);
    const wasCapped = raw.gt(weight);
    return {
      deduction: Rational.min(raw, weight),
      reason: (r) =>
        msg('reason.per-count', {
          count: trimmed(count.value, 6),
          per: trimmed(per.value, 4),
          deduction: capped(r, wasCapped),
        }),
    };
  }

  // manual / 扣分: the value is the points to deduct.
  const points = parseNumberCell(value);
  if (points.kind === 'unreadable')
    return { error: unreadableMessage(value, msg('field.deduction', {}), points), cell: value.address };
  const wasCapped = points.value.gt(weight);
  return {
    deduction: Rational.min(points.value, weight),
    reason: (r) =>
      msg('reason.manual', { points: trimmed(points.value, 4), deduction: capped(r, wasCapped) }),
  };
}
