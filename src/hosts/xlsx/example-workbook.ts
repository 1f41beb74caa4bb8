/**
 * The example workbook (examples/tianhe-2023.xlsx) built from the pure example description, with
 * the presentation a real sheet has: merged bold title, bold headers, column widths, wrapped names,
 * percent formats and workbook-scoped names. scripts/make-example.js calls writeExampleWorkbook.
 *
 * exceljs lays out the sheet (it is only ever used to build new files); the names are added by the
 * package editor, which writes them exactly as Excel stores them (exceljs would not keep a scope).
 */
import ExcelJS from 'exceljs';
import { buildExampleSheet } from '../../workbook/example';
import type { NameAdd } from '../../workbook/types';
import { writeAtomically, workbookBytes } from './save';
import { bookFromBytes } from './workbook';

/** A fixed date so that regenerating the example gives the same document properties. */
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

export function buildExampleWorkbook(sheetName?: string): {
  workbook: ExcelJS.Workbook;
  names: ReturnType<typeof buildExampleSheet>['names'];
} {
  const example = buildExampleSheet(sheetName);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PerfScore';
  workbook.lastModifiedBy = 'PerfScore';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet(example.name, { views: [{ state: 'frozen', ySplit: 2 }] });
  example.columnWidths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  for (const cell of example.cells) {
    const target = sheet.getCell(cell.row + 1, cell.col + 1);
    target.value = cell.value;
    if (cell.numberFormat) target.numFmt = cell.numberFormat;
    if (cell.bold) target.font = { bold: true };
  }
  for (const range of example.merges) sheet.mergeCells(range);
  const title = sheet.getCell(1, 1);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 24;
  return { workbook, names: example.names };
}

/** An exceljs workbook as package bytes with `names` added to its defined names. */
export async function bytesWithNames(workbook: ExcelJS.Workbook, names: NameAdd[]): Promise<Buffer> {
  const book = await bookFromBytes(Buffer.from(await workbook.xlsx.writeBuffer()));
  return workbookBytes(book, names);
}

/** Writes the example workbook to outPath. */
export async function writeExampleWorkbook(outPath: string): Promise<void> {
  const { workbook, names } = buildExampleWorkbook();
  await writeAtomically(await bytesWithNames(workbook, names), outPath, []);
}
