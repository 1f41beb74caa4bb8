/**
 * Turns a target or actual cell into what it means (§4), or says why it cannot be read.
 * A target is, in this order: a level (良好以上), a deadline (9月前), a quantity (≥8万人次), or a
 * phrase (效果明显) when it holds no number at all. An actual is read against its target's kind.
 */
import { msg, type Message } from '../messages';
import type { InputCell } from '../types';
import { classifyAnswer, isCleanRecord, type Answer } from './answer';
import { ABSENCE_EXACT } from './answerWords';
import { splitOperator, type Direction } from './operators';
import { parseLevel, parseLevelTarget } from './qualitative';
import { parseQuantity, quantityFromNumber, type Quantity } from './quantity';
import {
  DATE_CELL_REASON,
  displayValue,
  isBlank,
  cellErrorOf,
  isDateFormat,
  isPercentFormat,
  normalizeText,
} from './text';
import { parseTime, timeFromSerial, type TimePoint } from './time';
import { FIGURE_VERBS, RATE_LABEL, WORD_FIGURES } from './figureWords';
import { APPROXIMATE_WORDS } from './vocabulary';

export type ParsedTarget =
  | { kind: 'quantity'; direction: Direction; quantity: Quantity }
  | { kind: 'level'; minLevel: number }
  | { kind: 'deadline'; time: TimePoint; text: string }
  | { kind: 'phrase'; text: string };

export type ParsedActual =
  /** `copiedOperator`: the actual repeated the target's operator (≥266米): read, with a warning. */
  | { kind: 'quantity'; quantity: Quantity; copiedOperator: boolean }
  | { kind: 'level'; level: number }
  | { kind: 'answer'; answer: Answer }
  | { kind: 'time'; time: TimePoint };

/** Why a cell could not be read, phrased to follow “value”: e.g. "无法识别为数字". */
export type Unreadable = { kind: 'unreadable'; why: Message };

export type ParseOutcome<T> = T | Unreadable;

function unreadable(why: Message): Unreadable {
  return { kind: 'unreadable', why };
}

/** Reasons, following the value: E5：实现值“很好”无法判断是否达到目标. */
export const NOT_A_NUMBER = msg('why.unrecognised', {});
export const NOT_AN_ANSWER = msg('why.not-answer', {});
export const NOT_A_TIME = msg('why.not-time', {});
const NEGATIVE = msg('why.negative', {});

type Common =
  | { kind: 'number'; quantity: Quantity; serial: number }
  | { kind: 'bool'; yes: boolean }
  | { kind: 'text'; text: string };

/** Shared checks: blank, Excel errors, booleans, numbers; text comes back normalised. */
function readCommon(cell: InputCell | undefined, dateMeansTime: boolean): ParseOutcome<Common> {
  if (!cell || isBlank(cell)) return unreadable(msg('why.blank', {}));
  const v = cell.value;
  const error = cellErrorOf(v);
  if (error) return unreadable(msg('why.error', { error }));
  if (typeof v === 'boolean') return { kind: 'bool', yes: v };
  if (typeof v === 'number') {
    // Parse, do not guess: Excel turns a typed "1/2" into a date; its serial is no quantity. Only
    // against a deadline is a date what the officer meant.
    if (isDateFormat(cell.numberFormat) && !dateMeansTime) return unreadable(DATE_CELL_REASON);
    const quantity = quantityFromNumber(v, isPercentFormat(cell.numberFormat));
    if (!quantity) return unreadable(NOT_A_NUMBER);
    if (quantity.value.sign() < 0) return unreadable(NEGATIVE);
    return { kind: 'number', quantity, serial: v };
  }
  return { kind: 'text', text: normalizeText(String(v)) };
}

/** Text meant as a number: it has a digit, or it is a number in Chinese numerals once hedges are removed (大约五万). */
function looksNumeric(text: string): boolean {
  if (/\d/.test(text)) return true;
  let rest = splitOperator(text)?.rest ?? text;
  for (const w of APPROXIMATE_WORDS) rest = rest.split(w).join('');
  return rest !== '' && parseQuantity(rest) !== null;
}

/**
 * A percentage written with words around it (覆盖率100%, 100%覆盖, 全覆盖): the text of the figure
 * alone, or null when there is nothing to drop. The caller keeps it only when it reads as a percentage.
 */
function figureWithoutWords(text: string): string | null {
  const word = WORD_FIGURES.find(([w]) => w === text);
  if (word) return word[1];
  let rest = text.replace(RATE_LABEL, '');
  const verb = FIGURE_VERBS.find((v) => rest.endsWith(v) && rest.length > v.length);
  if (verb) rest = rest.slice(0, rest.length - verb.length);
  return rest !== text && rest !== '' ? rest : null;
}

/** The percentage in `text` once the words around it are dropped (≥ kept): null when none. */
function percentWithWords(
  text: string,
): { direction: Direction; quantity: Quantity; explicit: boolean } | null {
  const figure = figureWithoutWords(text);
  const split = figure === null ? null : splitOperator(figure);
  const quantity = split ? parseQuantity(split.rest) : null;
  if (!split || !quantity || quantity.kind !== 'percent') return null;
  return { direction: split.direction, quantity, explicit: split.explicit };
}

export function parseTarget(cell: InputCell | undefined): ParseOutcome<ParsedTarget> {
  const common = readCommon(cell, false);
  if (common.kind === 'unreadable') return common;
  if (common.kind === 'bool')
    return common.yes ? { kind: 'phrase', text: '是' } : unreadable(msg('why.not-target', {}));
  if (common.kind === 'number') return { kind: 'quantity', direction: 'atLeast', quantity: common.quantity };
  const text = common.text;
  const minLevel = parseLevelTarget(text);
  if (minLevel !== null) return { kind: 'level', minLevel };
  const time = parseTime(text);
  if (time) return { kind: 'deadline', time, text };
  const split = splitOperator(text);
  // Contradicting words around a figure (≥5天以内) are an error; around words they are a phrase.
  if (!split) return looksNumeric(text) ? unreadable(msg('why.operators', {})) : { kind: 'phrase', text };
  const quantity = parseQuantity(split.rest);
  if (quantity) {
    if (quantity.value.sign() < 0) return unreadable(NEGATIVE);
    return { kind: 'quantity', direction: split.direction, quantity };
  }
  const worded = percentWithWords(text);
  if (worded) return { kind: 'quantity', direction: worded.direction, quantity: worded.quantity };
  if (looksNumeric(text)) return unreadable(NOT_A_NUMBER);
  return { kind: 'phrase', text };
}

/** A number (or a number behind a copied operator) in an actual's text. */
function readQuantityText(text: string): ParseOutcome<ParsedActual> | null {
  const plain = parseQuantity(text);
  const split = plain ? null : splitOperator(text);
  const copied = split?.explicit ? parseQuantity(split.rest) : null;
  const worded = plain || copied ? null : percentWithWords(text);
  const quantity = plain ?? copied ?? worded?.quantity ?? null;
  if (!quantity) return null;
  if (quantity.value.sign() < 0) return unreadable(NEGATIVE);
  return { kind: 'quantity', quantity, copiedOperator: copied !== null || worded?.explicit === true };
}

function answerOrLevel(text: string): ParsedActual | null {
  const level = parseLevel(text);
  if (level !== null) return { kind: 'level', level };
  const answer = classifyAnswer(text, null);
  return answer ? { kind: 'answer', answer } : null;
}

/** 无重大安全事故, 零投诉, 无: a target that wants something absent. */
function isCleanTarget(text: string): boolean {
  return isCleanRecord(text) || ABSENCE_EXACT.includes(text);
}

/** A count against a clean-record target: 0 (起/次) is met, any other count is not. */
function countAgainstClean(q: Quantity): ParsedActual {
  return { kind: 'answer', answer: q.value.isZero() ? 'yes' : 'no' };
}

/** Reads the actual against its target's kind (null when the target could not be read). */
export function parseActual(
  cell: InputCell | undefined,
  target: ParsedTarget | null = null,
): ParseOutcome<ParsedActual> {
  const kind = target?.kind ?? 'quantity';
  const common = readCommon(cell, kind === 'deadline');
  if (common.kind === 'unreadable') return common;
  if (common.kind === 'bool') return { kind: 'answer', answer: common.yes ? 'yes' : 'no' };
  if (common.kind === 'number') {
    if (kind === 'deadline') {
      const time = isDateFormat(cell?.numberFormat) ? timeFromSerial(common.serial) : null;
      return time ? { kind: 'time', time } : unreadable(NOT_A_TIME);
    }
    if (target?.kind === 'phrase' && isCleanTarget(target.text)) return countAgainstClean(common.quantity);
    return { kind: 'quantity', quantity: common.quantity, copiedOperator: false };
  }
  const text = common.text;
  if (target?.kind === 'deadline') {
    const time = parseTime(text, true);
    if (time) return { kind: 'time', time };
    const answer = classifyAnswer(text, target.text);
    return answer ? { kind: 'answer', answer } : unreadable(NOT_A_TIME);
  }
  if (target?.kind === 'level') return answerOrLevel(text) ?? unreadable(NOT_AN_ANSWER);
  if (target?.kind === 'phrase') {
    const count = isCleanTarget(target.text) ? parseQuantity(text) : null;
    if (count && count.kind === 'number') return countAgainstClean(count);
    const answer = classifyAnswer(text, target.text);
    return answer ? { kind: 'answer', answer } : unreadable(NOT_AN_ANSWER);
  }
  // A quantity target (or none): a number, else words that are clearly no number (类型不同).
  const quantity = readQuantityText(text);
  if (quantity) return quantity;
  if (looksNumeric(text)) return unreadable(NOT_A_NUMBER);
  return answerOrLevel(text) ?? unreadable(NOT_A_NUMBER);
}

/** "E12：实现值“约7万”无法识别为数字" / "E12：实现值为空" (the value is not repeated for errors and blanks). */
export function unreadableMessage(cell: InputCell | undefined, field: Message, u: Unreadable): Message {
  const address = cell?.address ?? '';
  const shown = displayValue(cell);
  if (!shown || u.why.code === 'why.error' || u.why.code === 'why.blank') {
    return msg('cell.unreadable-bare', { cell: address, field, why: u.why });
  }
  return msg('cell.unreadable', { cell: address, field, value: shown, why: u.why });
}
