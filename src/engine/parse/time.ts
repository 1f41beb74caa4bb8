/**
 * Deadlines and completion times (§4, §5): "9月前", "11月底前", "2023年12月31日前完成", "第四季度",
 * "上半年", "年底前" as targets; "7月", "2023年10月", "10月完成", "2023-10-15", "2023.10" or a date
 * serial in a date-formatted cell as actuals. Word lists are in timeWords.ts.
 */
import { msg, type Message } from '../messages';
import { parseChineseInteger } from './numerals';
import {
  HALVES,
  MONTH_PARTS,
  QUARTER_NUMBERS,
  TIME_PREFIXES,
  TIME_SUFFIXES,
  YEAR_END_WORDS,
} from './timeWords';
import { TRAILING_PUNCTUATION } from './vocabulary';

export type TimePrecision = 'year' | 'half' | 'quarter' | 'month' | 'day';

/** A time at a precision. `month` is the period's last month (上半年 -> 6, 第四季度 -> 12, 2023年 -> 12). */
export interface TimePoint {
  /** Null when the text gave no year. */
  year: number | null;
  month: number;
  /** Only at day precision. */
  day: number | null;
  precision: TimePrecision;
}

const PRECISION_ORDER: TimePrecision[] = ['year', 'half', 'quarter', 'month', 'day'];
const byLengthDesc = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const PREFIXES = byLengthDesc(TIME_PREFIXES);
const SUFFIXES = byLengthDesc(TIME_SUFFIXES);
const PARTS = Object.keys(MONTH_PARTS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const DOTTED = /^(\d{4})[-./](\d{1,2})(?:[-./](\d{1,2}))?$/;
const YEAR = /^(\d{4})年/;
const MONTH = new RegExp(`^(\\d{1,2}|[一二三四五六七八九十]{1,2})月份?(?:(\\d{1,2})[日号]|(${PARTS}))?$`);
const QUARTER = /^(?:第)?([1-4一二三四])季度(?:末|底)?$|^[Qq]([1-4])$/;
/** After a year: 2023年底, 2023年末, 2023年内, 2023年度. */
const AFTER_YEAR_END = new Set(['', '底', '末', '终', '内', '度', '度内']);

/** The text, then the text without each further time-less word (12月31日前完成 -> 12月31日前 -> 12月31日). */
function strippings(text: string): string[] {
  let rest = text.replace(TRAILING_PUNCTUATION, '');
  const prefix = PREFIXES.find((p) => rest.startsWith(p) && rest.length > p.length);
  if (prefix) rest = rest.slice(prefix.length);
  const out = [rest];
  for (let changed = true; changed;) {
    changed = false;
    for (const s of SUFFIXES) {
      if (rest.endsWith(s) && rest.length > s.length) {
        rest = rest.slice(0, rest.length - s.length);
        out.push(rest);
        changed = true;
        break;
      }
    }
  }
  return out;
}

function daysInMonth(year: number | null, month: number): number {
  if (month === 2)
    return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function point(
  year: number | null,
  month: number,
  day: number | null,
  precision: TimePrecision,
): TimePoint | null {
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  return { year, month, day, precision };
}

function monthNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : Number(parseChineseInteger(text) ?? -1);
}

/** The part of a time after an optional year. */
function readPeriod(rest: string, year: number | null): TimePoint | null {
  if (year !== null && AFTER_YEAR_END.has(rest)) return point(year, 12, null, 'year');
  if (YEAR_END_WORDS.includes(rest)) return point(year, 12, null, 'year');
  if (Object.prototype.hasOwnProperty.call(HALVES, rest)) return point(year, HALVES[rest] * 6, null, 'half');
  const q = QUARTER.exec(rest);
  if (q) return point(year, QUARTER_NUMBERS[q[1] ?? q[2]] * 3, null, 'quarter');
  const m = MONTH.exec(rest);
  if (!m) return null;
  const month = monthNumber(m[1]);
  if (m[2]) return point(year, month, Number(m[2]), 'day');
  const part = m[3] ? MONTH_PARTS[m[3]] : undefined;
  if (part === undefined || part === 'end') return point(year, month, null, 'month');
  return point(year, month, part, 'day');
}

/** Years a table can mean; 4327年 is no date. */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2199;
const yearOk = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;

/**
 * A time written as text, or null when the text is not one. `dotted` accepts 2023-10-15 / 2023.10,
 * which only an actual against a deadline may use: as a target, 2023.10 is a number.
 */
export function parseTime(text: string, dotted = false): TimePoint | null {
  const t = readTime(text, dotted);
  return t && (t.year === null || yearOk(t.year)) ? t : null;
}

function readTime(text: string, allowDotted: boolean): TimePoint | null {
  // The first stage that reads as a time wins, so 年内完成 is 年内 (not 年 after dropping 内).
  for (const rest of strippings(text)) {
    const t = readStripped(rest, allowDotted);
    if (t) return t;
  }
  return null;
}

function readStripped(rest: string, allowDotted: boolean): TimePoint | null {
  const dotted = allowDotted ? DOTTED.exec(rest) : null;
  if (dotted) {
    const day = dotted[3] ? Number(dotted[3]) : null;
    return point(Number(dotted[1]), Number(dotted[2]), day, day === null ? 'month' : 'day');
  }
  const y = YEAR.exec(rest);
  if (y) return readPeriod(rest.slice(y[0].length), Number(y[1]));
  return readPeriod(rest, null);
}

/** Days from 1970-01-01 to a civil date (proleptic Gregorian), and back (H. Hinnant's algorithms). */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Excel 1900 date system: serial 1 is 1900-01-01; serials from 61 count from 1899-12-30 (Excel's 1900-02-29). */
const EXCEL_EPOCH_DAYS = -25569; // 1899-12-30

/** The date of an Excel serial in a date-formatted cell (time of day ignored); null when out of range. */
export function timeFromSerial(serial: number): TimePoint | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const whole = Math.floor(serial);
  const days = EXCEL_EPOCH_DAYS + (whole < 61 ? whole + 1 : whole);
  const { year, month, day } = civilFromDays(days);
  return { year, month, day, precision: 'day' };
}

/** Sort key of a time at a precision no finer than its own. */
function keyAt(t: TimePoint, year: number, precision: TimePrecision): number {
  switch (precision) {
    case 'year':
      return year;
    case 'half':
      return year * 2 + Math.ceil(t.month / 6);
    case 'quarter':
      return year * 4 + Math.ceil(t.month / 3);
    case 'month':
      return year * 12 + t.month;
    default:
      return (year * 12 + t.month) * 32 + (t.day ?? 31);
  }
}

export interface DeadlineCheck {
  met: boolean;
  /** The deadline had no year and took the actual's. */
  yearAssumed: number | null;
}

/**
 * On or before the deadline, compared at the coarser precision of the two (6月30日前 vs 6月 is met;
 * 第三季度 vs 8月 is met; 6月30日前 vs 7月 is not). A side without a year takes the other's year.
 */
export function meetsDeadline(deadline: TimePoint, actual: TimePoint): DeadlineCheck {
  const precision =
    PRECISION_ORDER[
      Math.min(PRECISION_ORDER.indexOf(deadline.precision), PRECISION_ORDER.indexOf(actual.precision))
    ];
  const deadlineYear = deadline.year ?? actual.year ?? 0;
  const actualYear = actual.year ?? deadlineYear;
  const met = keyAt(actual, actualYear, precision) <= keyAt(deadline, deadlineYear, precision);
  return { met, yearAssumed: deadline.year === null && actual.year !== null ? actual.year : null };
}

/** "2023年10月15日", "9月", "第四季度", "上半年", "2023年底": a time in words, for notes. */
export function timeText(t: TimePoint): Message {
  const year = t.year === null ? '' : String(t.year);
  switch (t.precision) {
    case 'year':
      return msg('time.year-end', { year });
    case 'half':
      return msg(t.month === 6 ? 'time.first-half' : 'time.second-half', { year });
    case 'quarter':
      return msg('time.quarter', { year, quarter: t.month / 3 });
    case 'month':
      return msg('time.month', { year, month: t.month });
    default:
      return msg('time.day', { year, month: t.month, day: t.day ?? 0 });
  }
}
