/**
 * The .xlsx host writes the 自评报告 sheet laid out for printing: one wide wrapped column, headings
 * bold (a bold copy of the cell's font), A4 portrait; read back by exceljs, a reader independent of
 * the host. Twice equals once; scoring the scored copy adds no style.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { applyWritePlan, readSnapshot, readWorkbook, saveWorkbook } from '../../../src/hosts/xlsx';
import { planScoring } from '../../../src/workbook';

const EXAMPLE = join(__dirname, '../../../examples/tianhe-2023.xlsx');

async function scoreFile(input: string, output: string, report: boolean) {
  const book = await readWorkbook(input);
  const planned = planScoring(readSnapshot(book, '绩效指标'), { report });
  if (!planned.ok) throw new Error(planned.refusal.message);
  applyWritePlan(book, planned.run.plan);
  await saveWorkbook(book, output, [], [input]);
  return planned.run;
}

describe('the .xlsx host: the 自评报告 sheet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'perfscore-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('bold headings, wrapped column of 70 characters, A4 portrait; the text of the run', async () => {
    const out = join(dir, 'report.xlsx');
    const run = await scoreFile(EXAMPLE, out, true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['绩效指标', '评分汇总', '扣分明细', '自评报告']);
    const sheet = book.getWorksheet('自评报告')!;
    const write = run.plan.sheets.find((s) => s.name === '自评报告')!;
    const boldRows = new Set((write.bold ?? []).map((b) => b.row));
    write.rows.forEach(([text], r) => {
      const cell = sheet.getCell(r + 1, 1);
      expect(cell.value).toBe(text);
      expect(Boolean(cell.font?.bold)).toBe(boldRows.has(r));
      expect(cell.alignment?.wrapText).toBe(true);
    });
    expect(boldRows.size).toBeGreaterThan(5);
    expect(sheet.getColumn(1).width).toBe(70);
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.orientation).toBe('portrait');
    expect(String(sheet.getCell('A1').value)).toBe('自评报告：绩效指标');
    // A long paragraph gets an estimated height (LibreOffice shows stored heights), a short line none.
    const long = write.rows.findIndex(([text]) => String(text).length > 120);
    expect(sheet.getRow(long + 1).height).toBeGreaterThanOrEqual(45);
    expect(sheet.getRow(1).height).toBeUndefined();
    expect(run.report?.text).toContain('94.46');
  });

  test('scoring the scored copy again (no button): the report is rewritten the same, no style added', async () => {
    const once = join(dir, 'once.xlsx');
    const twice = join(dir, 'twice.xlsx');
    await scoreFile(EXAMPLE, once, true);
    const second = await scoreFile(once, twice, false);
    expect(second.plan.sheets.map((s) => [s.name, s.create])).toEqual([
      ['评分汇总', false],
      ['扣分明细', false],
      ['自评报告', false],
    ]);
    const styles = async (file: string) => {
      const book = await readWorkbook(file);
      return book.pkg.text('xl/styles.xml');
    };
    expect(await styles(twice)).toBe(await styles(once));
    // The report sheet's part is written again with the same bytes.
    const reportXml = async (file: string) => {
      const book = await readWorkbook(file);
      const sheet = book.sheets.find((s) => s.name === '自评报告')!;
      return book.pkg.text(sheet.part!);
    };
    expect(await reportXml(twice)).toBe(await reportXml(once));
  });
});
