/**
 * `perfscore score … --league <file.xlsx>`: one workbook with the sheet 各表评分汇总, one row per
 * sheet of the run (every file of a batch), by total (workbook/leagueTable.ts: the builder the pane
 * uses too). A new file of its own, written with exceljs; never an input. The link of each row is a
 * HYPERLINK formula into the scored copy (written with its text as the cached result, so a viewer
 * that does not recalculate still shows it); every other string is a plain string cell.
 */
import ExcelJS from 'exceljs';
import { writeAtomically } from '../hosts/xlsx';
import {
  LEAGUE_SHEET,
  isFormulaWrite,
  leagueRows,
  leagueSheetContent,
  type LeagueEntry,
  type WriteValue,
} from '../workbook';

/** The text a HYPERLINK formula shows: its last string literal. */
function linkText(formula: string): string {
  const literal = /"((?:[^"]|"")*)"\)$/.exec(formula);
  return literal ? literal[1].replace(/""/g, '"') : '';
}

function cellValue(value: WriteValue): ExcelJS.CellValue {
  if (isFormulaWrite(value))
    return { formula: value.formula.replace(/^=/, ''), result: linkText(value.formula) };
  return value;
}

export async function writeLeague(entries: LeagueEntry[], out: string, inputs: string[]): Promise<void> {
  const content = leagueSheetContent(leagueRows(entries));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(LEAGUE_SHEET);
  content.rows.forEach((values, r) => {
    const row = sheet.addRow(values.map(cellValue));
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
