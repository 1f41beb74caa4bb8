/**
 * Scores the rows read by rows.ts: completion, score, flag, note, manual override, and the
 * row-level findings (errors, unit mismatches, ambiguous percentages, target 0).
 */
import { completionRate, type CompletionWarning } from './completion';
import { errorAt, infoAt, warningAt } from './findings';
import { percentText, scoreText, trimmed } from './format';
import { scoreIndicator } from './indicatorScore';
import { parseNumberCell } from './parse/number';
import { displayValue, isBlank } from './parse/text';
import { Rational } from './rational';
import { roundHalfUp, roundScore, roundScoreOf } from './rounding';
import type { RowProblem, RowWork } from './rows';
import type { Finding, Flag, IndicatorResult, Profile } from './types';

export interface ScoredRow {
  work: RowWork;
  result: IndicatorResult;
  /** Exact values behind the JSON numbers (null on error). */
  rate: Rational | null;
  displayRate: Rational | null;
  score: Rational | null;
}

const HUNDRED = Rational.int(100);

function warningMessage(
  w: CompletionWarning,
  row: RowWork,
): { message: string; code: CompletionWarning['code'] } {
  const actual = row.input.actual;
  const target = row.input.target;
  if (w.code === 'unit-mismatch') {
    return {
      code: w.code,
      message: `${actual.address}：实现值单位“${w.actualUnit}”与目标单位“${w.targetUnit}”（${target.address}）不一致，仍按数值计算`,
    };
  }
  if (w.code === 'ambiguous-percent') {
    const cell = w.side === 'actual' ? actual : target;
    const label = w.side === 'actual' ? '实现值' : '目标值';
    return {
      code: w.code,
      message: `${cell.address}：${label}“${displayValue(cell)}”按${trimmed(w.read.mul(HUNDRED), 4)}%理解（另一侧为百分比），请确认`,
    };
  }
  if (w.code === 'magnitude-assumed') {
    const cell = w.side === 'actual' ? actual : target;
    const other = w.side === 'actual' ? target : actual;
    const label = w.side === 'actual' ? '实现值' : '目标值';
    return {
      code: w.code,
      message: `${cell.address}：${label}“${displayValue(cell)}”未写单位，按${other.address}“${displayValue(other)}”的数量级读作${trimmed(w.read, 4)}（按原数值两者之比为${percentText(w.plainRatio)}，不合理），请确认`,
    };
  }
  if (w.code === 'deadline-year') {
    return {
      code: w.code,
      message: `${target.address}：目标期限“${displayValue(target)}”未写年份，按实现值的年份${w.year}年比较`,
    };
  }
  if (w.code === 'answer-for-number') {
    return {
      code: w.code,
      message: `${actual.address}：目标值“${displayValue(target)}”（${target.address}）是数值，实现值“${displayValue(actual)}”是文字，已按文字的含义计分；实现值应填写实际完成的数值`,
    };
  }
  return { code: w.code, message: `${target.address}：目标值为0，完成率按100%计` };
}

/** A detail row (其中：…): listed with its cells, no weight, no score, never an error. */
function detailResult(row: RowWork): ScoredRow {
  return {
    work: row,
    rate: null,
    displayRate: null,
    score: null,
    result: {
      cell: row.input.actual.address,
      targetCell: row.input.target.address,
      row: row.index,
      name: row.name,
      section: row.section,
      rate: null,
      displayRate: null,
      weight: null,
      score: null,
      lost: 0,
      flag: 'ok',
      manual: false,
      note: DETAIL_NOTE,
      detail: true,
    },
  };
}

/** The note of a detail row. */
export const DETAIL_NOTE = '明细行（其中项），无单独分值，不单独计分';

function errorResult(row: RowWork, messages: string[]): IndicatorResult {
  return {
    cell: row.input.actual.address,
    targetCell: row.input.target.address,
    row: row.index,
    name: row.name,
    section: row.section,
    rate: null,
    displayRate: null,
    weight: row.weight ? row.weight.toNumber() : null,
    score: null,
    lost: 0,
    flag: 'error',
    manual: false,
    note: messages.join('；'),
  };
}

interface Computed {
  rate: Rational;
  score: Rational;
  flag: Flag;
  note: string;
}

/** The computed score, or the problems that prevent it. */
function compute(row: RowWork, profile: Profile, findings: Finding[]): Computed | RowProblem[] {
  if (!row.target || !row.actual || !row.weight) return row.computeErrors;
  const c = completionRate(row.target, row.actual, profile);
  if (c.kind === 'incomparable') {
    const { actual, target } = row.input;
    const message = `${actual.address}：实现值“${displayValue(actual)}”与目标值“${displayValue(target)}”（${target.address}）类型不同，无法比较`;
    return [{ cell: actual.address, message }];
  }
  for (const w of c.warnings) {
    const { message, code } = warningMessage(w, row);
    const onTarget =
      code === 'target-zero' ||
      code === 'deadline-year' ||
      (w.code === 'magnitude-assumed' && w.side === 'target');
    findings.push(warningAt(onTarget ? row.input.target.address : row.input.actual.address, message, code));
  }
  const s = scoreIndicator(c, row.weight, profile, displayValue(row.input.actual));
  return { rate: c.rate, score: s.score, flag: s.flag, note: s.note };
}

/** A manual score stands in for the computed one when it is a number between 0 and the weight. */
function readManual(row: RowWork, profile: Profile): Rational | string | null {
  const cell = row.input.manualScore;
  if (!cell || isBlank(cell)) return null;
  const parsed = parseNumberCell(cell);
  if (parsed.kind === 'unreadable') return `${cell.address}：人工评分“${displayValue(cell)}”${parsed.why}`;
  if (row.weight && parsed.value.gt(row.weight)) {
    return `${cell.address}：人工评分${trimmed(parsed.value, 4)}超过分值${trimmed(row.weight)}分`;
  }
  // A manual score is a scored figure too: at the rules' precision, never above the weight.
  return row.weight
    ? roundScoreOf(parsed.value, row.weight, profile.precision)
    : roundScore(parsed.value, profile.precision);
}

function failed(row: RowWork, problems: RowProblem[], findings: Finding[]): ScoredRow {
  for (const p of problems) findings.push(errorAt(p.cell ?? row.input.actual.address, p.message));
  const result = errorResult(
    row,
    problems.map((p) => p.message),
  );
  return { work: row, result, rate: null, displayRate: null, score: null };
}

export function scoreRow(row: RowWork, profile: Profile, findings: Finding[]): ScoredRow {
  if (row.detail) return detailResult(row);
  const address = row.input.actual.address;
  for (const n of row.notices) findings.push(warningAt(n.cell, n.message, n.code));
  if (row.placementErrors.length > 0)
    return failed(row, [...row.placementErrors, ...row.computeErrors], findings);
  const manual = readManual(row, profile);
  const decimals = profile.precision.decimals;
  if (typeof manual === 'string') {
    return failed(row, [{ cell: row.input.manualScore?.address ?? address, message: manual }], findings);
  }
  const computed = compute(row, profile, findings);
  const problems = Array.isArray(computed) ? computed : null;
  if (problems && !manual) return failed(row, problems, findings);
  const weight = row.weight as Rational;
  const rate = problems ? null : (computed as Computed).rate;
  const displayRate = rate ? roundHalfUp(rate.mul(HUNDRED), 2).div(HUNDRED) : null;
  let score: Rational;
  let note: string;
  if (manual) {
    score = manual;
    const why = problems
      ? `无法计算：${problems.map((p) => p.message).join('；')}`
      : `计算结果：${(computed as Computed).note}`;
    note = `采用人工评分${scoreText(manual, decimals)}分（${why}）`;
    const cell = row.input.manualScore?.address ?? address;
    findings.push(
      infoAt(cell, `${cell}：“${row.name}”采用人工评分${scoreText(manual, decimals)}分`, 'manual-score'),
    );
    // The problem stays visible, but it no longer stops the row: the officer scored it by hand.
    for (const p of problems ?? []) {
      findings.push(warningAt(p.cell ?? address, `${p.message}（已采用人工评分）`, 'manual-score'));
    }
  } else {
    score = (computed as Computed).score;
    note = (computed as Computed).note;
  }
  const flag: Flag = problems ? 'ok' : (computed as Computed).flag;
  return {
    work: row,
    rate,
    displayRate,
    score,
    result: {
      cell: address,
      targetCell: row.input.target.address,
      row: row.index,
      name: row.name,
      section: row.section,
      rate: rate ? rate.toNumber() : null,
      displayRate: displayRate ? displayRate.toNumber() : null,
      weight: weight.toNumber(),
      score: score.toNumber(),
      lost: weight.sub(score).toNumber(),
      flag,
      manual: manual !== null,
      note,
    },
  };
}
