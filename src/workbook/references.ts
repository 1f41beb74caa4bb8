/**
 * A1 addresses and Excel range references ("'My ''Sheet'''!$E$4:$E$27"), both ways.
 * Pure string work: no grid, no names. Coordinates are 0-based (see ./types.ts).
 */
import { caseKey, sameText } from '../engine/caseKey';
import type { Message } from '../engine/messages/message';
import { wmsg } from './messages/make';
import type { Area } from './types';

/** Excel's grid limits (xlsx): 1,048,576 rows, 16,384 columns (XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLS)
    throw new RangeError(`column out of range: ${col}`);
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" -> 0, "aa" -> 26; null when the text is not a column within Excel's grid. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 < MAX_COLS ? n - 1 : null;
}

/** (4, 4) -> "E5". */
export function a1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS) throw new RangeError(`row out of range: ${row}`);
  return `${columnLetters(col)}${row + 1}`;
}

/** "E5" or "$E$5" -> { row: 4, col: 4 }. Throws on anything else (a programming error, not user data). */
export function parseA1(address: string): { row: number; col: number } {
  const cell = parseCellPart(address.trim());
  if (!cell || cell.row === null || cell.col === null)
    throw new Error(`not an A1 cell address: "${address}"`);
  return { row: cell.row, col: cell.col };
}

/** One side of a range: a cell ("$E$5"), a column ("$E") or a row ("5"); null parts are open. */
function parseCellPart(text: string): { row: number | null; col: number | null } | null {
  const match = /^(\$?([A-Za-z]{1,3}))?(\$?(\d{1,7}))?$/.exec(text);
  if (!match || (!match[2] && !match[4])) return null;
  const col = match[2] ? columnIndex(match[2]) : null;
  if (match[2] && col === null) return null;
  const row = match[4] ? Number(match[4]) - 1 : null;
  if (row !== null && (row < 0 || row >= MAX_ROWS)) return null;
  return { row, col };
}

/**
 * Splits "A!x,'B,c'!y" at the commas that separate areas (commas inside quoted sheet names stay).
 */
export function splitAreas(formula: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of formula) {
    if (ch === "'") quoted = !quoted; // '' inside a quoted name toggles twice: net no change
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim());
}

function parseArea(text: string): Area | { error: string } {
  let sheet: string;
  let rest: string;
  if (text.startsWith("'")) {
    let i = 1;
    sheet = '';
    for (;;) {
      if (i >= text.length) return { error: `引用中的工作表名称缺少结束引号：${text}` };
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          sheet += "'";
          i += 2;
          continue;
        }
        break;
      }
      sheet += text[i];
      i += 1;
    }
    if (text[i + 1] !== '!') return { error: `引用缺少“!”：${text}` };
    rest = text.slice(i + 2);
  } else {
    const bang = text.lastIndexOf('!');
    if (bang < 0) return { error: `引用没有指明工作表：${text}` };
    sheet = text.slice(0, bang);
    rest = text.slice(bang + 1);
    if (sheet.includes(':')) return { error: `不支持跨工作表的三维引用：${text}` };
  }
  if (sheet === '') return { error: `引用没有指明工作表：${text}` };
  const [startText, endText, extra] = rest.split(':');
  if (extra !== undefined || !startText) return { error: `无法识别的区域：${text}` };
  const start = parseCellPart(startText);
  const end = endText === undefined ? start : parseCellPart(endText);
  if (!start || !end) return { error: `无法识别的区域：${text}` };
  const wholeColumns = start.row === null && end.row === null;
  const wholeRows = start.col === null && end.col === null;
  // A lone column or row ("E" or "5") is not a reference; both sides must be of the same kind.
  if (endText === undefined && (start.row === null || start.col === null)) {
    return { error: `无法识别的区域：${text}` };
  }
  if (
    !wholeColumns &&
    !wholeRows &&
    (start.row === null || start.col === null || end.row === null || end.col === null)
  ) {
    return { error: `无法识别的区域：${text}` };
  }
  const top = wholeColumns ? 0 : Math.min(start.row!, end.row!);
  const bottom = wholeColumns ? MAX_ROWS - 1 : Math.max(start.row!, end.row!);
  const left = wholeRows ? 0 : Math.min(start.col!, end.col!);
  const right = wholeRows ? MAX_COLS - 1 : Math.max(start.col!, end.col!);
  return { sheet, top, left, bottom, right };
}

/**
 * Parses a defined name's reference as Name Manager shows it (leading "=" optional).
 * Whole columns ("$E:$E") span every row and whole rows every column; callers trim them.
 * "#REF!" anywhere (a deleted range) is an error, as is anything that is not a range (constants).
 */
export function parseReference(formula: string): { areas: Area[] } | { error: string; why?: Message } {
  const text = formula.trim().replace(/^=/, '').trim();
  if (text === '') return { error: '引用为空', why: wmsg('ref.empty', {}) };
  if (text.toUpperCase().includes('#REF!'))
    return { error: '引用已失效（#REF!）', why: wmsg('ref.broken', {}) };
  const areas: Area[] = [];
  for (const part of splitAreas(text)) {
    const area = parseArea(part);
    if ('error' in area) return area;
    areas.push(area);
  }
  return { areas };
}

/** Whether Excel needs the sheet name quoted in a reference; quoting is always safe, so err towards it. */
function needsQuotes(sheet: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet)) return true; // spaces, punctuation, CJK, leading digit
  if (/^[A-Za-z]{1,3}\d+$/.test(sheet)) return true; // looks like a cell address (A1, XFD10)
  if (/^[Rr](\d*)[Cc]?(\d*)$/.test(sheet) || /^[Cc]\d*$/.test(sheet)) return true; // R1C1-like
  return /^(TRUE|FALSE)$/i.test(sheet);
}

export function quoteSheetName(sheet: string): string {
  return needsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
}

/** "'绩效指标'!$I$3:$I$26"; single cells as "$A$1"; whole columns as "$E:$E". */
export function formatReference(area: Area): string {
  const prefix = `${quoteSheetName(area.sheet)}!`;
  const col = (c: number) => `$${columnLetters(c)}`;
  const row = (r: number) => `$${r + 1}`;
  if (area.top === 0 && area.bottom === MAX_ROWS - 1) return `${prefix}${col(area.left)}:${col(area.right)}`;
  if (area.left === 0 && area.right === MAX_COLS - 1) return `${prefix}${row(area.top)}:${row(area.bottom)}`;
  const start = `${col(area.left)}${row(area.top)}`;
  if (area.top === area.bottom && area.left === area.right) return prefix + start;
  return `${prefix}${start}:${col(area.right)}${row(area.bottom)}`;
}

/** Excel compares sheet and name text case-insensitively: the one rule, src/engine/caseKey.ts. */
export { sameText };

export function areaContains(area: Area, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

export function areasOverlap(a: Area, b: Area): boolean {
  return (
    sameText(a.sheet, b.sheet) &&
    a.top <= b.bottom &&
    b.top <= a.bottom &&
    a.left <= b.right &&
    b.left <= a.right
  );
}

/**
 * Whether two defined names' formulas refer to the same areas: spelling aside (quotes, "=", a sheet
 * name's case). Formulas that are not ranges compare as text. How a host tells a name a write really
 * changed from one it set to what it already was.
 */
export function sameReferenceFormula(a: string, b: string): boolean {
  const pa = parseReference(a);
  const pb = parseReference(b);
  if ('error' in pa || 'error' in pb) return a.replace(/^=/, '') === b.replace(/^=/, '');
  const key = (areas: Area[]) => JSON.stringify(areas.map((x) => ({ ...x, sheet: caseKey(x.sheet) })));
  return key(pa.areas) === key(pb.areas);
}
