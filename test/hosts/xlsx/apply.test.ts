/**
 * applyWritePlan + saveWorkbook on real files: values and formats land where the plan says, fills
 * are set and cleared without touching cells that shared a style, the scorer's sheets are created
 * after the scored sheet or replaced in place, added names are written with the right scope.
 */
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import {
  applyWritePlan,
  readSnapshot,
  readWorkbook,
  saveWorkbook,
  type XlsxBook,
} from '../../../src/hosts/xlsx';
import { OPAQUE_FILL, type WritePlan } from '../../../src/workbook/types';
import { setCells, styled, tempDir, writeWithNames } from '../../fixtures/xlsx/build';

const dir = tempDir();
const emptyPlan = (sheet: string): WritePlan => ({ sheet, blocks: [], fills: [], names: [], sheets: [] });

async function bookWith(prepare: (workbook: ExcelJS.Workbook) => void): Promise<XlsxBook> {
  const workbook = new ExcelJS.Workbook();
  prepare(workbook);
  const path = join(dir, `in-${Math.random().toString(36).slice(2)}.xlsx`);
  await writeWithNames(workbook, [{ name: 'Old', scope: 'Data', formula: 'Data!$A$1' }], path);
  return readWorkbook(path);
}

async function saveAndRead(book: XlsxBook, plan: WritePlan): Promise<XlsxBook> {
  applyWritePlan(book, plan);
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}.xlsx`);
  await saveWorkbook(book, out, []);
  return readWorkbook(out);
}

const grid = (book: XlsxBook, sheet: string) => readSnapshot(book, sheet).sheet.grid;

/** The saved file as exceljs reads it (an independent reader of what was written). */
async function excelOf(book: XlsxBook): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(book.path);
  return workbook;
}

describe('applyWritePlan', () => {
  it('writes blocks of values with their number formats, and null clears', async () => {
    const book = await bookWith((wb) => setCells(wb.addWorksheet('Data'), { A1: 'keep', C2: 'old' }));
    const out = await saveAndRead(book, {
      ...emptyPlan('Data'),
      blocks: [
        {
          sheet: 'Data',
          top: 1,
          left: 1,
          values: [
            [0.5, null],
            [2, '未完成'],
          ],
          numberFormats: [
            ['0.00%', 'General'],
            ['0.00', 'General'],
          ],
        },
      ],
    });
    const g = grid(out, 'Data');
    expect(g.values).toEqual([
      ['keep', null, null],
      [null, 0.5, null],
      [null, 2, '未完成'],
    ]);
    expect([g.numberFormats[1][1], g.numberFormats[2][1], g.numberFormats[2][2]]).toEqual([
      '0.00%',
      '0.00',
      'General',
    ]);
  });

  it('sets and clears solid fills without touching cells that shared the style', async () => {
    const book = await bookWith((wb) =>
      setCells(wb.addWorksheet('Data'), {
        A1: styled('a', { fill: '#DDEBF7' }),
        A2: styled('b', { fill: '#DDEBF7' }),
        B1: styled('c', { numFmt: '0%' }),
        B2: styled('d', { numFmt: '0%' }),
      }),
    );
    const out = await saveAndRead(book, {
      ...emptyPlan('Data'),
      fills: [
        { sheet: 'Data', row: 0, col: 0, color: null },
        { sheet: 'Data', row: 0, col: 1, color: '#F4B183' },
      ],
    });
    expect(grid(out, 'Data').fills).toEqual([
      [null, '#F4B183'],
      ['#DDEBF7', null],
    ]);
    expect(grid(out, 'Data').numberFormats).toEqual([
      ['General', '0%'],
      ['General', '0%'],
    ]);
  });

  it("never writes OPAQUE_FILL as a colour: a fill planned as opaque leaves the cell's own fill alone", async () => {
    const book = await bookWith((wb) => {
      const sheet = wb.addWorksheet('Data');
      setCells(sheet, { A1: 'a', B1: 'b' });
      sheet.getCell('A1').fill = {
        type: 'pattern',
        pattern: 'lightGray',
        fgColor: { theme: 4, tint: 0.4 },
      } as ExcelJS.Fill; // exceljs's types omit tint and indexed, its reader gives them
    });
    const out = await saveAndRead(book, {
      ...emptyPlan('Data'),
      fills: [
        { sheet: 'Data', row: 0, col: 0, color: OPAQUE_FILL },
        { sheet: 'Data', row: 0, col: 1, color: OPAQUE_FILL },
      ],
    });
    const sheet = (await excelOf(out)).getWorksheet('Data')!;
    expect(sheet.getCell('A1').fill).toEqual({
      type: 'pattern',
      pattern: 'lightGray',
      fgColor: { theme: 4, tint: 0.4 },
    });
    expect(sheet.getCell('B1').fill).toBeUndefined();
  });

  it('creates the scorer sheets right after the scored sheet, in plan order', async () => {
    const book = await bookWith((wb) => {
      setCells(wb.addWorksheet('Data'), { A1: 1 });
      setCells(wb.addWorksheet('Later'), { A1: 2 });
    });
    const out = await saveAndRead(book, {
      ...emptyPlan('Data'),
      sheets: [
        {
          name: '评分汇总',
          create: true,
          rows: [['总分', 94.46]],
          numberFormats: [[null, '0.00']],
          columnWidths: [20, 10],
          fills: [{ row: 0, col: 0, color: '#DDEBF7' }],
        },
        { name: '扣分明细', create: true, rows: [['项目'], [null]] },
      ],
    });
    const excel = await excelOf(out);
    expect(excel.worksheets.map((s) => s.name)).toEqual(['Data', '评分汇总', '扣分明细', 'Later']);
    const summary = grid(out, '评分汇总');
    expect([summary.values, summary.numberFormats[0][1], summary.fills[0][0]]).toEqual([
      [['总分', 94.46]],
      '0.00',
      '#DDEBF7',
    ]);
    expect(excel.getWorksheet('评分汇总')!.getColumn(1).width).toBe(20);
  });

  it('replaces an existing scorer sheet in place: no old cell survives', async () => {
    const book = await bookWith((wb) => {
      setCells(wb.addWorksheet('Data'), { A1: 1 });
      setCells(wb.addWorksheet('Other'), { A1: 2 });
      setCells(wb.addWorksheet('评分汇总'), { A1: 'old', D9: styled('stale', { fill: '#FF0000' }) });
    });
    const out = await saveAndRead(book, {
      ...emptyPlan('Data'),
      sheets: [{ name: '评分汇总', create: false, rows: [['new']] }],
    });
    expect((await excelOf(out)).worksheets.map((s) => s.name)).toEqual(['Data', 'Other', '评分汇总']);
    expect(grid(out, '评分汇总').values).toEqual([['new']]);
  });

  it('writes added names with their scope, keeping the originals', async () => {
    const book = await bookWith((wb) => setCells(wb.addWorksheet('Data'), { A1: 1 }));
    const out = await saveAndRead(book, {
      ...emptyPlan('Data'),
      names: [{ name: 'PE_OutRates', scope: { sheet: 'Data' }, formula: 'Data!$B$1:$B$3' }],
    });
    expect(readSnapshot(out, 'Data').names).toEqual([
      { name: 'Old', scope: { sheet: 'Data' }, formula: 'Data!$A$1' },
      { name: 'PE_OutRates', scope: { sheet: 'Data' }, formula: 'Data!$B$1:$B$3' },
    ]);
  });

  it('refuses to save over the file it was read from', async () => {
    const book = await bookWith((wb) => setCells(wb.addWorksheet('Data'), { A1: 1 }));
    await expect(saveWorkbook(book, book.path, [])).rejects.toThrow('输出文件不能与输入文件相同');
  });
});

describe('applyWritePlan: the scorer never replaces what it does not own', () => {
  it('refuses a plan that would create a sheet that already exists', async () => {
    const book = await bookWith((wb) => {
      setCells(wb.addWorksheet('Data'), { A1: 1 });
      setCells(wb.addWorksheet('评分汇总'), { A1: '用户的表' });
    });
    expect(() =>
      applyWritePlan(book, {
        ...emptyPlan('Data'),
        sheets: [{ name: '评分汇总', create: true, rows: [['x']] }],
      }),
    ).toThrow('工作表 评分汇总 已存在');
  });

  it('keeps the protection and visibility of a scorer sheet it rewrites', async () => {
    const book = await bookWith((wb) => {
      setCells(wb.addWorksheet('Data'), { A1: 1 });
      const summary = wb.addWorksheet('评分汇总', { state: 'hidden' });
      setCells(summary, { A1: 'old' });
      void summary.protect('', {});
    });
    const out = await saveAndRead(book, {
      ...emptyPlan('Data'),
      sheets: [{ name: '评分汇总', create: false, rows: [['new']] }],
    });
    const sheet = (await excelOf(out)).getWorksheet('评分汇总')!;
    expect([readSnapshot(out, '评分汇总').sheet.protected, sheet.state]).toEqual([true, 'hidden']);
  });
});

describe('the calculation chain', () => {
  /** The book of bookWith with a calcChain part listing Data!B1 (which holds a formula). */
  async function withCalcChain(formulaSheet = 'Data'): Promise<XlsxBook> {
    const book = await bookWith((wb) => {
      setCells(wb.addWorksheet('Data'), { A1: 1, C1: 'x' });
      if (formulaSheet !== 'Data') wb.addWorksheet(formulaSheet);
      wb.getWorksheet(formulaSheet)!.getCell('B1').value = { formula: 'A1*2', result: 2 };
    });
    const zip = await JSZip.loadAsync(readFileSync(book.path));
    zip.file(
      'xl/calcChain.xml',
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B1" i="1"/></calcChain>',
    );
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    const path = join(dir, `chain-${Math.random().toString(36).slice(2)}.xlsx`);
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return readWorkbook(path);
  }

  const partsOf = async (book: XlsxBook) => {
    const zip = await JSZip.loadAsync(readFileSync(book.path));
    return {
      chain: zip.file('xl/calcChain.xml') !== null,
      rel: (await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).includes('calcChain'),
      type: (await zip.file('[Content_Types].xml')!.async('string')).includes('calcChain'),
    };
  };

  it('is kept as it is when no formula cell is written over', async () => {
    const out = await saveAndRead(await withCalcChain(), {
      ...emptyPlan('Data'),
      blocks: [{ sheet: 'Data', top: 0, left: 3, values: [['完成率']] }],
    });
    expect(await partsOf(out)).toEqual({ chain: true, rel: true, type: true });
  });

  it('is dropped (part, relationship, content type) when a formula cell is written over', async () => {
    const out = await saveAndRead(await withCalcChain(), {
      ...emptyPlan('Data'),
      blocks: [{ sheet: 'Data', top: 0, left: 1, values: [[5]] }],
    });
    expect(await partsOf(out)).toEqual({ chain: false, rel: false, type: false });
    expect(grid(out, 'Data').values).toEqual([[1, 5, 'x']]);
  });

  it('is dropped when a scorer sheet that held a formula is written afresh', async () => {
    const out = await saveAndRead(await withCalcChain('评分汇总'), {
      ...emptyPlan('Data'),
      sheets: [{ name: '评分汇总', create: false, rows: [['new']] }],
    });
    expect(await partsOf(out)).toEqual({ chain: false, rel: false, type: false });
  });
});
