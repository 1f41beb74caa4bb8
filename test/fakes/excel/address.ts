/**
 * A1 address arithmetic for the Excel fake. Self-contained on purpose: the fake is also bundled into
 * a browser page, and must not depend on the code it is used to test.
 */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle of one sheet, 0-based and inclusive. */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellA1(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/** "A1", "A1:B3", "$A$1:$B$3", "A:B", "3:5" -> area; null when the text is not an address. */
export function parseArea(text: string): CellArea | null {
  const parts = text.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.length < 1 || parts.length > 2) return null;
  const ends = parts.map(parseEnd);
  if (ends.some((e) => e === null)) return null;
  const [a, b] = [ends[0]!, ends[ends.length - 1]!];
  if (a.kind !== b.kind) return null;
  if (a.kind === 'cell' || parts.length === 2) {
    return {
      top: Math.min(a.row ?? 0, b.row ?? 0),
      left: Math.min(a.col ?? 0, b.col ?? 0),
      bottom: a.row === undefined ? MAX_ROWS - 1 : Math.max(a.row, b.row!),
      right: a.col === undefined ? MAX_COLS - 1 : Math.max(a.col, b.col!),
    };
  }
  return null;
}

interface End {
  kind: 'cell' | 'col' | 'row';
  row?: number;
  col?: number;
}

function parseEnd(part: string): End | null {
  let m = /^([A-Z]{1,3})(\d{1,7})$/.exec(part);
  if (m) return { kind: 'cell', col: columnIndex(m[1]), row: Number(m[2]) - 1 };
  m = /^([A-Z]{1,3})$/.exec(part);
  if (m) return { kind: 'col', col: columnIndex(m[1]) };
  m = /^(\d{1,7})$/.exec(part);
  if (m) return { kind: 'row', row: Number(m[1]) - 1 };
  return null;
}

/** Formats an area the way Excel's range.address does (whole rows/columns as "1:3" / "A:C"). */
export function formatArea(area: CellArea, absolute = false): string {
  const d = absolute ? '$' : '';
  if (area.left === 0 && area.right === MAX_COLS - 1) return `${d}${area.top + 1}:${d}${area.bottom + 1}`;
  if (area.top === 0 && area.bottom === MAX_ROWS - 1)
    return `${d}${columnLetters(area.left)}:${d}${columnLetters(area.right)}`;
  const first = cellA1(area.top, area.left, absolute);
  if (area.top === area.bottom && area.left === area.right) return first;
  return `${first}:${cellA1(area.bottom, area.right, absolute)}`;
}

/** Excel quotes a sheet name in a reference unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "'My Sheet'!$A$1:$B$2" into sheet and address; sheet null when absent. */
export function splitSheetRef(text: string): { sheet: string | null; address: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), address: quoted[2] };
  const bang = text.lastIndexOf('!');
  if (bang > 0) return { sheet: text.slice(0, bang), address: text.slice(bang + 1) };
  return { sheet: null, address: text };
}

export function areaRows(area: CellArea): number {
  return area.bottom - area.top + 1;
}

export function areaCols(area: CellArea): number {
  return area.right - area.left + 1;
}
