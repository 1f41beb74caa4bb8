/**
 * Turns a target or actual cell into what it means (§4), or says why it cannot be read.
 * Order matters: binary and level words are recognised before numbers.
 */
import type { InputCell } from '../types';
import { splitOperator, type Direction } from './operators';
import { isBinaryTarget, parseLevel, parseLevelTarget, parseYesNo } from './qualitative';
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

export type ParsedTarget =
  | { kind: 'quantity'; direction: Direction; quantity: Quantity }
  | { kind: 'level'; minLevel: number }
  | { kind: 'binary' };

export type ParsedActual =
  | { kind: 'quantity'; quantity: Quantity }
  | { kind: 'level'; level: number }
  | { kind: 'binary'; yes: boolean };

/** Why a cell could not be read, phrased to follow “value”: e.g. "无法识别为数字". */
export type Unreadable = { kind: 'unreadable'; why: string };

export type ParseOutcome<T> = T | Unreadable;

function unreadable(why: string): Unreadable {
  return { kind: 'unreadable', why };
}

/** Shared checks: blank, Excel errors, booleans, numbers. Returns null for text to parse further. */
function readCommon(
  cell: InputCell | undefined,
): ParseOutcome<{ kind: 'number'; quantity: Quantity } | { kind: 'bool'; yes: boolean }> | null {
  if (!cell || isBlank(cell)) return unreadable('为空');
  const v = cell.value;
  const error = cellErrorOf(v);
  if (error) return unreadable(`为错误值${error}`);
  if (typeof v === 'boolean') return { kind: 'bool', yes: v };
  if (typeof v === 'number') {
    // Parse, do not guess: Excel turns a typed "1/2" into a date; its serial is no quantity.
    if (isDateFormat(cell.numberFormat)) return unreadable(DATE_CELL_REASON);
    const quantity = quantityFromNumber(v, isPercentFormat(cell.numberFormat));
    if (!quantity) return unreadable('无法识别为数字');
    if (quantity.value.sign() < 0) return unreadable('为负数');
    return { kind: 'number', quantity };
  }
  return null;
}

export function parseTarget(cell: InputCell | undefined): ParseOutcome<ParsedTarget> {
  const common = readCommon(cell);
  if (common) {
    if (common.kind === 'unreadable') return common;
    if (common.kind === 'bool') return common.yes ? { kind: 'binary' } : unreadable('不是可评价的目标');
    return { kind: 'quantity', direction: 'atLeast', quantity: common.quantity };
  }
  const text = normalizeText(String(cell?.value ?? ''));
  if (isBinaryTarget(text)) return { kind: 'binary' };
  const minLevel = parseLevelTarget(text);
  if (minLevel !== null) return { kind: 'level', minLevel };
  const split = splitOperator(text);
  if (!split) return unreadable('的比较符号自相矛盾');
  const quantity = parseQuantity(split.rest);
  if (!quantity) return unreadable('无法识别为数字');
  if (quantity.value.sign() < 0) return unreadable('为负数');
  return { kind: 'quantity', direction: split.direction, quantity };
}

export function parseActual(cell: InputCell | undefined): ParseOutcome<ParsedActual> {
  const common = readCommon(cell);
  if (common) {
    if (common.kind === 'unreadable') return common;
    if (common.kind === 'bool') return { kind: 'binary', yes: common.yes };
    return { kind: 'quantity', quantity: common.quantity };
  }
  const text = normalizeText(String(cell?.value ?? ''));
  const yes = parseYesNo(text);
  if (yes !== null) return { kind: 'binary', yes };
  const level = parseLevel(text);
  if (level !== null) return { kind: 'level', level };
  const quantity = parseQuantity(text);
  if (!quantity) return unreadable('无法识别为数字');
  if (quantity.value.sign() < 0) return unreadable('为负数');
  return { kind: 'quantity', quantity };
}

/** "E12：实现值“约7万”无法识别为数字" / "E12：实现值为空". */
export function unreadableMessage(cell: InputCell | undefined, label: string, u: Unreadable): string {
  const address = cell?.address ?? '';
  const shown = displayValue(cell);
  const prefix = address ? `${address}：` : '';
  if (!shown || u.why.startsWith('为错误值') || u.why === '为空') return `${prefix}${label}${u.why}`;
  return `${prefix}${label}“${shown}”${u.why}`;
}
