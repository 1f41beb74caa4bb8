/**
 * examples/tianhe-2023.xlsx is generated (npm run example) and committed: it must match a fresh
 * generation from src/workbook/example.ts (cell values, formats, fills, names, merges, widths;
 * not bytes, which carry zip timestamps).
 */
import ExcelJS from 'exceljs';
import { join } from 'path';
import { readSnapshot, readWorkbook, sheetNames } from '../../../src/hosts/xlsx';
import { writeExampleWorkbook } from '../../../src/hosts/xlsx/example-workbook';
import { buildExampleSheet } from '../../../src/workbook/example';
import { tempDir } from '../../fixtures/xlsx/build';

const COMMITTED = join(__dirname, '..', '..', '..', 'examples', 'tianhe-2023.xlsx');

async function describeFile(path: string) {
  const book = await readWorkbook(path);
  // Presentation (merges, widths, fonts) as exceljs reads it; cells and names as the host does.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  const snapshot = readSnapshot(book, sheet.name);
  return {
    sheets: sheetNames(book),
    grid: snapshot.sheet.grid,
    names: snapshot.names,
    merges: (sheet.model as { merges?: string[] }).merges,
    widths: sheet.columns.map((c) => c.width),
    bold: sheet.getCell('A2').font?.bold,
  };
}

describe('examples/tianhe-2023.xlsx', () => {
  it('matches a fresh generation', async () => {
    const fresh = join(tempDir(), 'fresh.xlsx');
    await writeExampleWorkbook(fresh);
    expect(await describeFile(COMMITTED)).toEqual(await describeFile(fresh));
  });

  it('holds the example sheet: every cell, format, name and merge', async () => {
    const example = buildExampleSheet();
    const file = await describeFile(COMMITTED);
    expect(file.sheets).toEqual(['绩效指标']);
    for (const cell of example.cells) {
      expect([cell.row, cell.col, file.grid.values[cell.row][cell.col]]).toEqual([
        cell.row,
        cell.col,
        cell.value,
      ]);
      expect(file.grid.numberFormats[cell.row][cell.col]).toBe(cell.numberFormat ?? 'General');
    }
    expect(file.names).toEqual(example.names);
    expect(file.merges).toEqual(example.merges);
    expect(file.widths).toEqual(example.columnWidths);
    expect(file.bold).toBe(true);
  });

  it('is a workbook exceljs itself opens', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(COMMITTED);
    expect(workbook.getWorksheet('绩效指标')?.getCell('E17').value).toBe(0.9799);
  });
});
