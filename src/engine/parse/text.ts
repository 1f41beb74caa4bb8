/**
 * Cell text as officers type it: full-width digits and signs, spaces, thousands separators.
 * Normalisation happens once per cell; all patterns are compiled once, at module load.
 */
import { caseKey } from '../caseKey';
import { msg } from '../messages';
import type { CellError, CellValue, InputCell } from '../types';
import { SYMBOL_FOLDS } from './vocabulary';

const FULL_WIDTH = /[\uFF01-\uFF5E]/g; // ！..～, includes ０-９ ％ ＞ ＜ ＝ ．
const WHITESPACE = /[\s\u3000]+/g;
/** Nothing but what WHITESPACE removes (tested without making the text without it). */
const ONLY_WHITESPACE = /^[\s\u3000]*$/;
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;
const SYMBOL_PATTERN = new RegExp(`[${Object.keys(SYMBOL_FOLDS).join('')}]`, 'g');
/** Cheap pre-check: most cells need none of the replacements below. */
const NEEDS_NORMALIZING = new RegExp(`[\\uFF01-\\uFF5E${Object.keys(SYMBOL_FOLDS).join('')}\\s\\u3000,]`);

/** Full-width to ASCII, no spaces, no thousands separators: "≥ １３，６７０．５４ 万元" -> "≥13670.54万元". */
export function normalizeText(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(SYMBOL_PATTERN, (ch) => SYMBOL_FOLDS[ch] ?? ch)
    .replace(WHITESPACE, '')
    .replace(THOUSANDS, '$1');
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';
}

/** Excel's error values, for hosts that hand them over as text rather than as a CellError. */
const ERROR_TEXTS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#UNKNOWN!',
  '#CONNECT!',
  '#BUSY!',
]);

/** The error value a cell holds ("#DIV/0!"), whether as a CellError or as its text; else null. */
export function cellErrorOf(value: CellValue | undefined): string | null {
  if (isCellError(value)) return value.error;
  if (typeof value === 'string') {
    const text = caseKey(value.trim());
    if (ERROR_TEXTS.has(text)) return text;
  }
  return null;
}

/** Blank: no cell, null, or text of only spaces. */
export function isBlank(cell: InputCell | null | undefined): boolean {
  if (!cell) return true;
  const v = cell.value;
  return v === null || v === undefined || (typeof v === 'string' && ONLY_WHITESPACE.test(v));
}

const QUOTED_LITERAL = /"[^"]*"/g;
const ESCAPED_CHAR = /\\./g;
/** Formats repeat across a sheet: decide each distinct format string once. */
const percentFormats = new Map<string, boolean>();

/** A number format that shows a percentage ("0.00%", "0%"), ignoring quoted literals. */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  let percent = percentFormats.get(format);
  if (percent === undefined) {
    percent = format.replace(QUOTED_LITERAL, '').replace(ESCAPED_CHAR, '').includes('%');
    if (percentFormats.size < 1000) percentFormats.set(format, percent);
  }
  return percent;
}

const BRACKETED = /\[[^\]]*\]/g;
const DATE_TIME_TOKEN = /[ymdhs]/i;
const dateFormats = new Map<string, boolean>();

/**
 * A number format that shows a date or a time ("yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "h:mm"): the number
 * behind it is a date serial, not a quantity. Quoted literals, escapes and [colour]/[$-804] sections
 * are ignored; "General", "0.00", "#,##0" and "0.00E+00" carry no date token.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General') return false;
  let date = dateFormats.get(format);
  if (date === undefined) {
    date = DATE_TIME_TOKEN.test(
      format.replace(QUOTED_LITERAL, '').replace(ESCAPED_CHAR, '').replace(BRACKETED, ''),
    );
    if (dateFormats.size < 1000) dateFormats.set(format, date);
  }
  return date;
}

/** Why a number in a date-formatted cell is not read as a quantity (follows “value”). */
export const DATE_CELL_REASON = msg('why.date-cell', {});

/** The value as the officer typed or sees it, for messages: "约7万", "0.98", "#N/A". */
export function displayValue(cell: InputCell | null | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  return v.trim();
}
