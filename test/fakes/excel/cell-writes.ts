/**
 * How Excel stores what is written into a cell through `range.values` / `range.formulas`, the parts
 * that matter to a scorer: null leaves the cell unchanged (Office.js ignores nulls in a set), "" empties
 * it, a leading apostrophe forces text, "=..." is a formula (so is "+x"/"-x": #NAME?), numeric-looking
 * text becomes a number and "12.5%" becomes 0.125 with a percent format (as if typed), unless the cell
 * is formatted as text "@".
 */
import type { FakeCell, FakeCellValue, FakeSheet } from './model';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
/** Typing an error literal gives the error value. */
const ERROR_LITERAL = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!)$/i;

export function writeCellValue(sheet: FakeSheet, row: number, col: number, input: unknown): void {
  if (input === null || input === undefined) return;
  const old = sheet.getCell(row, col) ?? { value: null };
  const next: FakeCell = { ...old };
  delete next.formula;
  if (typeof input === 'number' || typeof input === 'boolean') next.value = input;
  else {
    const text = String(input);
    const isText = (old.numberFormat ?? 'General') === '@';
    if (text === '') next.value = null;
    else if (text.startsWith("'")) next.value = text.slice(1);
    else if (isText) next.value = text;
    else if (text.startsWith('=') && text.length > 1) {
      next.formula = text;
      // The fake does not calculate: a formula gets back the value it had when it was last in this cell.
      next.value = sheet.formulaValues.get(`${row},${col}|${text}`) ?? null;
    } else if (NUMBER.test(text.trim())) next.value = Number(text.trim());
    else if (/^[+-]/.test(text) && !PERCENT.test(text.trim())) {
      // Like typing: a leading + or - starts a formula; text after it is an unknown name.
      next.formula = `=${text}`;
      next.value = { error: '#NAME?' };
    } else if (PERCENT.test(text.trim())) {
      const m = PERCENT.exec(text.trim())!;
      next.value = Number(m[1]) / 100;
      if ((old.numberFormat ?? 'General') === 'General')
        next.numberFormat = m[1].includes('.') ? '0.00%' : '0%';
    } else if (/^(true|false)$/i.test(text)) next.value = text.toLowerCase() === 'true';
    else if (ERROR_LITERAL.test(text)) next.value = { error: text.toUpperCase() };
    else next.value = text;
  }
  sheet.putCell(row, col, next);
}

/** What `range.values` returns for a cell: "" for empty, the error text for an error value. */
export function readValue(cell: FakeCell | undefined): string | number | boolean {
  const v: FakeCellValue = cell?.value ?? null;
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

export function readValueType(cell: FakeCell | undefined): string {
  const v = cell?.value ?? null;
  if (v === null) return 'Empty';
  if (typeof v === 'object') return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

/** A rough `range.text`: percent formats shown with their decimals, other values as strings. */
export function readText(cell: FakeCell | undefined): string {
  const v = readValue(cell);
  const format = cell?.numberFormat ?? 'General';
  if (typeof v === 'number' && format.endsWith('%')) {
    const decimals = (/\.(0+)%$/.exec(format)?.[1].length ?? 0) as number;
    return `${(v * 100).toFixed(decimals)}%`;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** Colours as Excel reports them: "#RRGGBB" upper case; a few CSS names Excel accepts. */
const NAMED: Record<string, string> = {
  yellow: '#FFFF00',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  white: '#FFFFFF',
  black: '#000000',
  orange: '#FFA500',
};

export function normaliseColor(color: string): string | null {
  const c = color.trim();
  if (/^#[0-9a-f]{6}$/i.test(c)) return c.toUpperCase();
  return NAMED[c.toLowerCase()] ?? null;
}
