/**
 * How the scorer's output sheets look (column widths; for 自评报告 also bold lines, the wrapped column
 * and the A4 page), as a pure function of what the sheet holds: its A1 title says which output it is
 * (outputNames.ts), its lines and header fills say which rows are bold. The one rule both for writing
 * a sheet (outputSheets.ts, reportSheet.ts) and for undoing a run that rewrote it (undo.ts
 * sheetContents: the host's Clear drops bold and wrap, and the snapshot does not read them, so the
 * undo derives them from the restored contents and gets back exactly what the earlier run set).
 */
import { isHeadingLine } from '../report';
import { DEDUCTIONS_TITLE, REPORT_TITLE, SUMMARY_TITLE } from './outputNames';
import { HEADER_FILL } from './sheetTable';
import type { SheetWrite, WriteValue } from './types';

export type Presentation = Pick<SheetWrite, 'columnWidths' | 'bold' | 'wrapColumns' | 'pageSetup'>;
type Fill = { row: number; col: number; color: string };

/** Characters, per column of 评分汇总 / 扣分明细. */
export const SUMMARY_WIDTHS = [30, 24, 12, 12];
export const DEDUCTIONS_WIDTHS = [36, 10, 12, 10, 10, 10, 48];
/** Characters: fits an A4 portrait page’s printable width at 11 pt with room for a wider substitute font (80 lost a character a line in LibreOffice). */
export const REPORT_COLUMN_WIDTH = 70;
/** Between a table row's cells on its one line of 自评报告: such a line is never a heading. */
export const CELL_SEPARATOR = ' | ';

/**
 * 自评报告 (one column): bold are the sheet's title line (A1 自评报告：<sheet>, as the contract has
 * always said), the report's own title (line 2), the headings (isHeadingLine; a table row, with its cells joined, is none) and the 附表's header row
 * (the line with the header fill).
 */
export function reportPresentation(rows: WriteValue[][], fills: Fill[]): Presentation {
  const headerRows = new Set(fills.filter((f) => f.col === 0 && f.color === HEADER_FILL).map((f) => f.row));
  const bold: { row: number; col: number }[] = [];
  rows.forEach((row, r) => {
    const text = row[0];
    const heading = typeof text === 'string' && !text.includes(CELL_SEPARATOR) && isHeadingLine(text);
    if (r <= 1 || headerRows.has(r) || (r > 1 && heading)) bold.push({ row: r, col: 0 });
  });
  return {
    columnWidths: [REPORT_COLUMN_WIDTH],
    bold,
    wrapColumns: [0],
    pageSetup: { paper: 'A4', orientation: 'portrait' },
  };
}

/** The presentation of an output sheet holding `rows` (A1 first); none for a sheet no title names. */
export function outputPresentation(rows: WriteValue[][], fills: Fill[]): Presentation {
  const title = rows[0]?.[0];
  if (typeof title !== 'string') return {};
  if (title.startsWith(REPORT_TITLE)) return reportPresentation(rows, fills);
  if (title.startsWith(SUMMARY_TITLE)) return { columnWidths: SUMMARY_WIDTHS };
  if (title.startsWith(DEDUCTIONS_TITLE)) return { columnWidths: DEDUCTIONS_WIDTHS };
  return {};
}
