/**
 * `perfscore score … --league <file.xlsx>`: one workbook with the sheet 各表评分汇总, one row per
 * scored sheet of the run (every file of a batch), by total (workbook/leagueTable.ts). A new file of
 * its own, written with exceljs; never an input.
 */
import ExcelJS from 'exceljs';
import { writeAtomically } from '../hosts/xlsx';
import { LEAGUE_SHEET, leagueRows, leagueSheetContent, type LeagueEntry } from '../workbook';

export async function writeLeague(entries: LeagueEntry[], out: string, inputs: string[]): Promise<void> {
  const content = leagueSheetContent(leagueRows(entries));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(LEAGUE_SHEET);
  content.rows.forEach((values, r) => {
    const row = sheet.addRow(values);
    content.numberFormats?.[r]?.forEach((format, c) => {
      if (format) row.getCell(c + 1).numFmt = format;
    });
  });
  content.columnWidths?.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  for (const { row, col, color } of content.fills ?? []) {
    const argb = `FF${color.slice(1).toUpperCase()}`;
    sheet.getCell(row + 1, col + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
  }
  await writeAtomically(Buffer.from(await book.xlsx.writeBuffer()), out, inputs);
}
