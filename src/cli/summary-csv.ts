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

export function csvField(value: string | number): string {
  const text = String(value);
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
