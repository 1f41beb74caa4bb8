/**
 * Budget execution (部门预算资金支出率, §8): rate = 决算支出 ÷ 年度预算, score = points × min(rate, 1)
 * at the rules' precision. Missing or zero budget is an error finding and leaves the total incomplete.
 */
import { errorAt } from './findings';
import { percentText, scoreText, trimmed } from './format';
import { productText } from './explain';
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

function failed(message: string, cell: string | null, findings: Finding[]): BudgetScore {
  findings.push(errorAt(cell, message, cell ? 'budget-error' : 'budget-missing'));
  return { result: { rate: null, score: null, note: message }, score: Rational.ZERO, complete: false };
}

function amount(cell: InputCell | null, label: string): Rational | string {
  const parsed = parseNumberCell(cell);
  if (parsed.kind === 'unreadable') return unreadableMessage(cell ?? undefined, label, parsed);
  return parsed.value;
}

function scored(rate: Rational, points: Rational, how: string, precision: Precision): BudgetScore {
  const score = roundScoreOf(points.mul(Rational.min(rate, Rational.ONE)), points, precision);
  const note = rate.gte(Rational.ONE)
    ? `${how}，得满分${scoreText(score, precision.decimals)}分`
    : `${how}，${productText(points, rate, score, precision)}`;
  return { result: { rate: rate.toNumber(), score: score.toNumber(), note }, score, complete: true };
}

export function scoreBudget(
  input: BudgetInput | null,
  points: number,
  precision: Precision,
  findings: Finding[],
): BudgetScore {
  const p = Rational.from(points);
  if (!input)
    return failed('未填写预算执行数据（年度预算、决算支出或支出率），预算执行率未计分', null, findings);
  if (input.kind === 'rate') {
    const parsed = parseRateCell(input.rate);
    if (parsed.kind === 'unreadable') {
      return failed(unreadableMessage(input.rate, '预算执行率', parsed), input.rate.address, findings);
    }
    return scored(parsed.value, p, `预算执行率${percentText(parsed.value)}`, precision);
  }
  if (!input.planned) return failed('未填写年度预算，预算执行率未计分', null, findings);
  if (!input.spent) return failed('未填写决算支出，预算执行率未计分', null, findings);
  const planned = amount(input.planned, '年度预算');
  if (typeof planned === 'string') return failed(planned, input.planned.address, findings);
  const spent = amount(input.spent, '决算支出');
  if (typeof spent === 'string') return failed(spent, input.spent.address, findings);
  if (planned.isZero()) {
    return failed(`${input.planned.address}：年度预算为0，无法计算支出率`, input.planned.address, findings);
  }
  const rate = spent.div(planned);
  const result = scored(
    rate,
    p,
    `支出率${percentText(rate)}（${trimmed(spent, 6)}÷${trimmed(planned, 6)}）`,
    precision,
  );
  // The amounts as the officer wrote them, for the report's 自评结论 (never re-rounded).
  const amounts = { planned: displayValue(input.planned), spent: displayValue(input.spent) };
  return { ...result, result: { ...result.result, ...amounts } };
}
