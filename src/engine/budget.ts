/**
 * Budget execution (部门预算资金支出率, §8): rate = 决算支出 ÷ 年度预算, score = points × min(rate, 1)
 * at the rules' precision. Missing or zero budget is an error finding and leaves the total incomplete.
 */
import { errorAt } from './findings';
import { percentText, scoreText, trimmed } from './format';
import { productText } from './explain';
import { msg, zh, type Message } from './messages';
import { unreadableMessage } from './parse/cell';
import { displayValue } from './parse/text';
import { parseNumberCell, parseRateCell } from './parse/number';
import { Rational } from './rational';
import { roundScoreOf } from './rounding';
import type { BudgetInput, BudgetResult, Finding, InputCell, Precision } from './types';

export interface BudgetScore {
  result: BudgetResult;
  /** Rounded score; zero when the budget could not be scored. */
  score: Rational;
  complete: boolean;
}

function failed(text: Message, cell: string | null, findings: Finding[]): BudgetScore {
  findings.push(errorAt(cell, text, cell ? 'budget-error' : 'budget-missing'));
  const result = { rate: null, score: null, note: zh(text), noteText: text };
  return { result, score: Rational.ZERO, complete: false };
}

function amount(cell: InputCell | null, field: Message): Rational | Message {
  const parsed = parseNumberCell(cell);
  if (parsed.kind === 'unreadable') return unreadableMessage(cell ?? undefined, field, parsed);
  return parsed.value;
}

function scored(rate: Rational, points: Rational, how: Message, precision: Precision): BudgetScore {
  const score = roundScoreOf(points.mul(Rational.min(rate, Rational.ONE)), points, precision);
  const noteText = rate.gte(Rational.ONE)
    ? msg('budget.full', { how, score: scoreText(score, precision.decimals) })
    : msg('budget.partial', { how, product: productText(points, rate, score, precision) });
  const result = { rate: rate.toNumber(), score: score.toNumber(), note: zh(noteText), noteText };
  return { result, score, complete: true };
}

export function scoreBudget(
  input: BudgetInput | null,
  points: number,
  precision: Precision,
  findings: Finding[],
): BudgetScore {
  const p = Rational.from(points);
  if (!input) return failed(msg('budget.missing', {}), null, findings);
  if (input.kind === 'rate') {
    const parsed = parseRateCell(input.rate);
    if (parsed.kind === 'unreadable') {
      return failed(
        unreadableMessage(input.rate, msg('field.budget-rate', {}), parsed),
        input.rate.address,
        findings,
      );
    }
    return scored(parsed.value, p, msg('budget.rate', { rate: percentText(parsed.value) }), precision);
  }
  if (!input.planned) return failed(msg('budget.no-planned', {}), null, findings);
  if (!input.spent) return failed(msg('budget.no-spent', {}), null, findings);
  const planned = amount(input.planned, msg('field.planned', {}));
  if (!(planned instanceof Rational)) return failed(planned, input.planned.address, findings);
  const spent = amount(input.spent, msg('field.spent', {}));
  if (!(spent instanceof Rational)) return failed(spent, input.spent.address, findings);
  if (planned.isZero()) {
    const cell = input.planned.address;
    return failed(msg('budget.planned-zero', { cell }), cell, findings);
  }
  const rate = spent.div(planned);
  const result = scored(
    rate,
    p,
    msg('budget.spent-rate', {
      rate: percentText(rate),
      spent: trimmed(spent, 6),
      planned: trimmed(planned, 6),
    }),
    precision,
  );
  // The amounts as the officer wrote them, for the report's 自评结论 (never re-rounded).
  const amounts = { planned: displayValue(input.planned), spent: displayValue(input.spent) };
  return { ...result, result: { ...result.result, ...amounts } };
}
