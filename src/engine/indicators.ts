/**
 * Scores the rows read by rows.ts: completion, score, flag, note, manual override, and the
 * row-level findings (errors, unit mismatches, ambiguous percentages, target 0).
 */
import { completionRate, type CompletionWarning } from './completion';
import { errorAt, infoAt, warningAt } from './findings';
import { msg, zh, type Message } from './messages';
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
): { message: Message; code: CompletionWarning['code'] } {
  const actual = row.input.actual;
  const target = row.input.target;
  const side = (isActual: boolean) => ({
    cell: isActual ? actual : target,
    field: msg(isActual ? 'field.actual' : 'field.target', {}),
  });
  if (w.code === 'unit-mismatch') {
    const { actualUnit, targetUnit } = w;
    const params = { cell: actual.address, actualUnit, targetUnit, targetCell: target.address };
    return { code: w.code, message: msg('unit-mismatch', params) };
  }
  if (w.code === 'ambiguous-percent') {
    const { cell, field } = side(w.side === 'actual');
    const read = trimmed(w.read.mul(HUNDRED), 4);
    const params = { cell: cell.address, field, value: displayValue(cell), read };
    return { code: w.code, message: msg('ambiguous-percent', params) };
  }
  if (w.code === 'magnitude-assumed') {
    const { cell, field } = side(w.side === 'actual');
    const other = w.side === 'actual' ? target : actual;
    return {
      code: w.code,
      message: msg('magnitude-assumed', {
        cell: cell.address,
        field,
        value: displayValue(cell),
        otherCell: other.address,
        otherValue: displayValue(other),
        read: trimmed(w.read, 4),
        ratio: percentText(w.plainRatio),
      }),
    };
  }
  if (w.code === 'deadline-year') {
    const params = { cell: target.address, value: displayValue(target), year: w.year };
    return { code: w.code, message: msg('deadline-year', params) };
  }
  if (w.code === 'answer-for-number') {
    return {
      code: w.code,
      message: msg('answer-for-number', {
        cell: actual.address,
        value: displayValue(actual),
        target: displayValue(target),
        targetCell: target.address,
      }),
    };
  }
  return { code: w.code, message: msg('target-zero', { cell: target.address }) };
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
      note: zh(DETAIL_NOTE),
      noteText: DETAIL_NOTE,
      detail: true,
    },
  };
}

/** The note of a detail row. */
export const DETAIL_NOTE = msg('note.detail', {});

function errorResult(row: RowWork, problems: Message[]): IndicatorResult {
  const noteText = msg('note.errors', { problems });
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
    note: zh(noteText),
    noteText,
  };
}

interface Computed {
  rate: Rational;
  score: Rational;
  flag: Flag;
  note: Message;
}

/** The computed score, or the problems that prevent it. */
function compute(row: RowWork, profile: Profile, findings: Finding[]): Computed | RowProblem[] {
  if (!row.target || !row.actual || !row.weight) return row.computeErrors;
  const c = completionRate(row.target, row.actual, profile);
  if (c.kind === 'incomparable') {
    const { actual, target } = row.input;
    const message = msg('incomparable', {
      cell: actual.address,
      value: displayValue(actual),
      target: displayValue(target),
      targetCell: target.address,
    });
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
function readManual(row: RowWork, profile: Profile): Rational | Message | null {
  const cell = row.input.manualScore;
  if (!cell || isBlank(cell)) return null;
  const parsed = parseNumberCell(cell);
  if (parsed.kind === 'unreadable') {
    return msg('manual.unreadable', { cell: cell.address, value: displayValue(cell), why: parsed.why });
  }
  if (row.weight && parsed.value.gt(row.weight)) {
    const shown = { score: trimmed(parsed.value, 4), weight: trimmed(row.weight) };
    return msg('manual.over-weight', { cell: cell.address, ...shown });
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
  if (manual !== null && !(manual instanceof Rational)) {
    return failed(row, [{ cell: row.input.manualScore?.address ?? address, message: manual }], findings);
  }
  const computed = compute(row, profile, findings);
  const problems = Array.isArray(computed) ? computed : null;
  if (problems && !manual) return failed(row, problems, findings);
  const weight = row.weight as Rational;
  const rate = problems ? null : (computed as Computed).rate;
  const displayRate = rate ? roundHalfUp(rate.mul(HUNDRED), 2).div(HUNDRED) : null;
  let score: Rational;
  let note: Message;
  if (manual) {
    score = manual;
    const why = problems
      ? msg('manual.failed', { problems: problems.map((p) => p.message) })
      : msg('manual.computed', { note: (computed as Computed).note });
    note = msg('note.manual', { score: scoreText(manual, decimals), why });
    const cell = row.input.manualScore?.address ?? address;
    const used = { cell, name: row.name, score: scoreText(manual, decimals) };
    findings.push(infoAt(cell, msg('manual.used', used), 'manual-score'));
    // The problem stays visible, but it no longer stops the row: the officer scored it by hand.
    for (const p of problems ?? []) {
      findings.push(
        warningAt(p.cell ?? address, msg('manual.problem', { problem: p.message }), 'manual-score'),
      );
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
      note: zh(note),
      noteText: note,
    },
  };
}
