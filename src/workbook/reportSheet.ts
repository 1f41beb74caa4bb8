/**
 * The 自评报告 sheet's contents (issue 10): the report draft (src/report) laid out for printing in one
 * wide wrapped column — the title and headings bold, one paragraph per row, the 附表 one row per
 * table row with its cells joined by “ | ” (a table in one printable column). Pure: which sheet it
 * goes to (ownership, like 评分汇总) is the caller's; this builds its rows.
 */
import type { ReportDraft } from '../report';
import { HEADER_FILL } from './sheetTable';
import type { SheetWrite } from './types';

export const REPORT_SHEET = '自评报告';
/** Title cell (A1) prefix, then the scored sheet's name, as the other output sheets. */
export const REPORT_TITLE = '自评报告：';
/** Characters: an A4 portrait page’s printable width at 11 pt. */
const REPORT_COLUMN_WIDTH = 80;
const CELL_SEPARATOR = ' | ';

export function reportSheetContent(
  scoredSheet: string,
  draft: ReportDraft,
): Omit<SheetWrite, 'name' | 'create'> {
  const rows: string[] = [`${REPORT_TITLE}${scoredSheet}`];
  const bold: { row: number; col: number }[] = [];
  const fills: { row: number; col: number; color: string }[] = [];
  for (const block of draft.blocks) {
    if (block.kind === 'table') {
      fills.push({ row: rows.length, col: 0, color: HEADER_FILL });
      bold.push({ row: rows.length, col: 0 });
      rows.push(block.header.join(CELL_SEPARATOR));
      for (const row of block.rows) rows.push(row.join(CELL_SEPARATOR));
      continue;
    }
    if (block.kind !== 'paragraph') bold.push({ row: rows.length, col: 0 });
    rows.push(block.text);
  }
  return {
    rows: rows.map((text) => [text]),
    columnWidths: [REPORT_COLUMN_WIDTH],
    fills,
    bold,
    wrapColumns: [0],
  };
}
