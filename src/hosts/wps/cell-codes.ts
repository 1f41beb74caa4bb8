/**
 * ET values -> snapshot values. ET returns an error cell's value as its CVErr code (the COM
 * convention, 0x800A0000 + xlErr…), e.g. -2146826281 for #DIV/0!. Only these seven large negative
 * codes are taken as errors: the small xlErr numbers (2007 …) are ordinary numbers (2007 is a year).
 * A genuine number equal to one of these codes is read as the error (no performance table holds one).
 */
import { sameText } from '../../engine/caseKey';
import type { CellValue } from '../../workbook/types';

const CVERR_BASE = -2146828288; // 0x800A0000 as a signed 32-bit integer

/** xlErr constants of Excel's VBA, which ET shares. */
export const ERROR_CODES: Readonly<Record<number, string>> = {
  [CVERR_BASE + 2000]: '#NULL!',
  [CVERR_BASE + 2007]: '#DIV/0!',
  [CVERR_BASE + 2015]: '#VALUE!',
  [CVERR_BASE + 2023]: '#REF!',
  [CVERR_BASE + 2029]: '#NAME?',
  [CVERR_BASE + 2036]: '#NUM!',
  [CVERR_BASE + 2042]: '#N/A',
};

/** The CVErr code of an error text, for the fake and for tests. */
export function errorCode(text: string): number | undefined {
  const found = Object.entries(ERROR_CODES).find(([, t]) => sameText(t, text));
  return found ? Number(found[0]) : undefined;
}

/** One Value2 cell as a snapshot value: empty (undefined, null) is null; "" stays "" only under a formula. */
export function toCellValue(value: unknown, hasFormula: boolean): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') {
    const error = ERROR_CODES[value];
    return error ? { error } : value;
  }
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' && !hasFormula ? null : value;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** WPS's Chinese builds spell the General format "G/通用格式"; the mapping knows "General". */
export function normalFormat(format: unknown): string {
  if (typeof format !== 'string' || format === '' || format === 'G/通用格式') return 'General';
  return format;
}

/** BGR long -> "#RRGGBB". */
export function bgrToHex(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** "#RRGGBB" -> BGR long. */
export function hexToBgr(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  const r = (n >> 16) & 0xff;
  const g = (n >> 8) & 0xff;
  const b = n & 0xff;
  return r | (g << 8) | (b << 16);
}
