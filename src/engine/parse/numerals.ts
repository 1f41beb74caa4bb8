/**
 * Integers written in Chinese numerals (`十万`, `三千`, `一百零五`, `两亿三千万`), digits and units
 * from vocabulary.ts. Used only where a cell holds no Arabic digit.
 */
import { NUMERAL_DIGITS, NUMERAL_SECTIONS, NUMERAL_UNITS } from './vocabulary';

const has = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key);

/** The value of a run made only of numeral characters, or null when the run is not a well-formed number. */
export function parseChineseInteger(text: string): bigint | null {
  if (text === '') return null;
  let hundredMillions = 0n;
  let tenThousands = 0n;
  let section = 0n;
  let digit: bigint | null = null;
  for (const ch of text) {
    if (has(NUMERAL_DIGITS, ch)) {
      // Two digits in a row ("五五") is no number; "零" only marks a gap ("一百零五").
      if (digit !== null && digit !== 0n) return null;
      digit = BigInt(NUMERAL_DIGITS[ch]);
    } else if (has(NUMERAL_UNITS, ch)) {
      section += (digit ?? 1n) * BigInt(NUMERAL_UNITS[ch]);
      digit = null;
    } else if (has(NUMERAL_SECTIONS, ch)) {
      const below = section + (digit ?? 0n);
      if (ch === '万') {
        tenThousands = below === 0n && tenThousands === 0n && hundredMillions === 0n ? 1n : below;
      } else {
        const part = hundredMillions + tenThousands * NUMERAL_SECTIONS['万'] + below;
        hundredMillions = (part === 0n ? 1n : part) * NUMERAL_SECTIONS['亿'];
        tenThousands = 0n;
      }
      section = 0n;
      digit = null;
    } else {
      return null;
    }
  }
  return hundredMillions + tenThousands * NUMERAL_SECTIONS['万'] + section + (digit ?? 0n);
}

/** Characters a Chinese numeral run is made of. */
export const NUMERAL_CHARS = new Set([
  ...Object.keys(NUMERAL_DIGITS),
  ...Object.keys(NUMERAL_UNITS),
  ...Object.keys(NUMERAL_SECTIONS),
]);
