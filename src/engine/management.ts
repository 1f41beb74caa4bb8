/**
 * Management efficiency (管理效率, §9), by deduction: points − Σ deductions, each between 0 and its
 * item's weight (扣完为止). Rules are data: a name (English or Chinese), an optional parameter, a
 * function from (weight, value, parameter) to the exact deduction and its reason.
 */
import { explainRule, type RuleOutcome } from './managementRules';
import { errorAt, warningAt } from './findings';
import { percentTrimmed, trimmed } from './format';
import { unreadableMessage } from './parse/cell';
import { msg, zh } from './messages';
import { parseNumberCell } from './parse/number';
import { displayValue, isBlank, isPercentFormat } from './parse/text';
import { Rational } from './rational';
import { roundScoreOf } from './rounding';
import type { DeductionResult, Finding, ManagementItemInput, Precision } from './types';

export interface ManagementScore {
  deductions: DeductionResult[];
  score: Rational;
  complete: boolean;
}

/** The value as the officer sees it: "86.79%" for a percent-formatted 0.8679, else as typed. */
function shownValue(item: ManagementItemInput): string {
  const v = item.value.value;
  if (typeof v === 'number' && isPercentFormat(item.value.numberFormat)) {
    const r = Rational.fromNumber(v);
    if (r) return percentTrimmed(r);
  }
  return displayValue(item.value);
}

function itemIsEmpty(item: ManagementItemInput): boolean {
  return isBlank(item.item) && isBlank(item.weight) && isBlank(item.value) && isBlank(item.rule);
}

export function scoreManagement(
  items: ManagementItemInput[] | null,
  points: number,
  precision: Precision,
  findings: Finding[],
): ManagementScore {
  const total = Rational.from(points);
  if (items === null) {
    findings.push(warningAt(null, msg('management-missing', { points }), 'management-missing'));
    return { deductions: [], score: total, complete: true };
  }
  const deductions: DeductionResult[] = [];
  let deducted = Rational.ZERO;
  let complete = true;
  for (const item of items) {
    if (itemIsEmpty(item)) continue;
    const name = isBlank(item.item) ? item.value.address : displayValue(item.item);
    const base = {
      item: name,
      value: shownValue(item),
      rule: displayValue(item.rule),
      cell: item.value.address,
    };
    const weight = parseNumberCell(item.weight);
    const outcome: RuleOutcome =
      weight.kind === 'unreadable'
        ? {
            error: unreadableMessage(item.weight, msg('field.weight', {}), weight),
            cell: item.weight.address,
          }
        : explainRule(item, weight.value, base.value);
    const points = weight.kind === 'unreadable' ? 0 : weight.value.toNumber();
    if ('error' in outcome) {
      // Not deducted: the total covers only what could be scored, and says so (complete = false).
      const text = msg('management-error', { error: outcome.error, item: name });
      findings.push(errorAt(outcome.cell, text, 'management-error'));
      complete = false;
      deductions.push({ ...base, points, deducted: 0, reason: zh(outcome.error), reasonText: outcome.error });
      continue;
    }
    // A deduction is a scored figure: the rules' precision and mode (去尾 cuts deductions too).
    const rounded =
      weight.kind === 'unreadable'
        ? outcome.deduction
        : roundScoreOf(outcome.deduction, weight.value, precision);
    deducted = deducted.add(rounded);
    const reasonText = outcome.reason(rounded);
    deductions.push({ ...base, points, deducted: rounded.toNumber(), reason: zh(reasonText), reasonText });
  }
  let score = total.sub(deducted);
  if (score.sign() < 0) {
    findings.push(
      warningAt(
        null,
        msg('management-overdrawn', { deducted: trimmed(deducted), points }),
        'management-overdrawn',
      ),
    );
    score = Rational.ZERO;
  }
  return { deductions, score, complete };
}
