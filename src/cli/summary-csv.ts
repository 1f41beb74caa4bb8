/**
 * --summary: one CSV row per scored sheet. UTF-8 with a byte-order mark, CRLF line ends, so that
 * Excel (which otherwise assumes the ANSI code page) opens the Chinese text correctly.
 */
import { fixed } from '../engine/format';
import type { ScoreResult } from '../engine/types';

export interface SummaryRow {
  file: string;
  sheet: string;
  result: ScoreResult;
}

const HEADER = ['file', 'sheet', 'total', 'grade', 'over150', 'under100', 'errors'];

/** What a spreadsheet opening the CSV would take as the start of a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One CSV field. Text a spreadsheet would run as a formula (a sheet or file named "=HYPERLINK(…)",
 * "+1", "-x", "@SUM(…)") gets a leading apostrophe, as OWASP advises, so Excel shows it as text;
 * plain numbers are left alone. Quoted when it holds a quote, comma, line break or edge spaces.
 */
export function csvField(value: string | number): string {
  const raw = String(value);
  const text =
    typeof value === 'string' && FORMULA_START.test(raw) && !PLAIN_NUMBER.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function summaryCsv(rows: SummaryRow[]): string {
  const lines = [HEADER.join(',')];
  for (const { file, sheet, result } of rows) {
    const { over150, under100, errors } = result.counts;
    lines.push(
      [file, sheet, fixed(result.total, 2), result.grade, over150, under100, errors].map(csvField).join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
