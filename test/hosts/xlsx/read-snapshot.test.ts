/**
 * readWorkbook/readSnapshot on real .xlsx files: what a formula sees in each cell, whatever exceljs
 * makes of it (formulas and shared formulas, cached errors, rich text, hyperlinks, dates, merges).
 */
import ExcelJS from 'exceljs';
import { join } from 'path';
import { readSnapshot, readWorkbook, UnreadableWorkbookError } from '../../../src/hosts/xlsx';
import { fillColor } from '../../../src/hosts/xlsx/read-grid';
import { OPAQUE_FILL } from '../../../src/workbook/types';
import { setCells, styled, tempDir, writeWithNames } from '../../fixtures/xlsx/build';

const dir = tempDir();

async function snapshotOf(
  cells: Parameters<typeof setCells>[1],
  prepare?: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('S');
  setCells(sheet, cells);
  prepare?.(sheet, workbook);
  const path = join(dir, `f${Math.random().toString(36).slice(2)}.xlsx`);
  await writeWithNames(workbook, [{ name: 'PE_Actuals', formula: 'S!$B$2:$B$4' }], path);
  return readSnapshot(await readWorkbook(path), 'S');
}

/** The value/formula/format/fill read at an A1 address of the snapshot's grid. */
function at(snapshot: Awaited<ReturnType<typeof snapshotOf>>, address: string) {
  const col = address.charCodeAt(0) - 65;
  const row = Number(address.slice(1)) - 1;
  const { grid } = snapshot.sheet;
  const r = row - grid.top;
  const c = col - grid.left;
  return {
    value: grid.values[r]?.[c] ?? null,
    formula: grid.formulas[r]?.[c] ?? null,
    format: grid.numberFormats[r]?.[c] ?? 'General',
    fill: grid.fills[r]?.[c] ?? null,
  };
}

describe('cell values as a formula sees them', () => {
  it.each<[string, ExcelJS.CellValue, { value: unknown; formula?: string | null }]>([
    ['number', 80568, { value: 80568 }],
    ['text', '≥7万套', { value: '≥7万套' }],
    ['boolean', true, { value: true }],
    [
      'formula -> cached result',
      { formula: 'A1*2', result: 4 } as ExcelJS.CellFormulaValue,
      { value: 4, formula: '=A1*2' },
    ],
    [
      'formula with text result',
      { formula: 'A9&"x"', result: 'x' } as ExcelJS.CellFormulaValue,
      { value: 'x', formula: '=A9&"x"' },
    ],
    [
      'formula never calculated -> empty',
      { formula: 'A1+1' } as ExcelJS.CellFormulaValue,
      { value: null, formula: '=A1+1' },
    ],
    [
      'cached formula error',
      { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue,
      { value: { error: '#DIV/0!' }, formula: '=1/0' },
    ],
    ['error constant', { error: '#N/A' } as ExcelJS.CellErrorValue, { value: { error: '#N/A' } }],
    [
      'rich text -> plain text',
      { richText: [{ text: '9.97' }, { text: '万套', font: { bold: true } }] },
      { value: '9.97万套' },
    ],
    ['hyperlink -> its text', { text: '优秀', hyperlink: 'https://example.org' }, { value: '优秀' }],
    ['date -> Excel serial', new Date(Date.UTC(2023, 11, 31)), { value: 45291 }],
    ['date and time -> fractional serial', new Date(Date.UTC(2023, 11, 31, 12)), { value: 45291.5 }],
  ])('%s', async (_label, value, expected) => {
    const snapshot = await snapshotOf({ B2: value });
    expect(at(snapshot, 'B2')).toMatchObject({ formula: null, ...expected });
  });

  it('reads a shared formula on every cell it covers, translated', async () => {
    const snapshot = await snapshotOf({
      A1: 1,
      A2: 2,
      B1: { formula: 'A1*10', result: 10, shareType: 'shared', ref: 'B1:B2' } as ExcelJS.CellFormulaValue,
      B2: { sharedFormula: 'B1', result: 20 } as ExcelJS.CellSharedFormulaValue,
    });
    expect([at(snapshot, 'B1'), at(snapshot, 'B2')].map((c) => [c.value, c.formula])).toEqual([
      [10, '=A1*10'],
      [20, '=A2*10'],
    ]);
  });

  it('reads merged cells as Excel does: the value in the top-left cell only', async () => {
    const snapshot = await snapshotOf({ A1: '产出指标' }, (sheet) => sheet.mergeCells('A1:A3'));
    expect([at(snapshot, 'A1').value, at(snapshot, 'A2').value, at(snapshot, 'A3').value]).toEqual([
      '产出指标',
      null,
      null,
    ]);
  });

  it('lists the merged areas that touch the grid, 0-based and inclusive (SheetGrid.merged)', async () => {
    const snapshot = await snapshotOf({ A1: '产出指标', B1: 'x', C5: '备注' }, (sheet) => {
      sheet.mergeCells('A1:A3');
      sheet.mergeCells('C5:E6');
    });
    expect(snapshot.sheet.grid.merged).toEqual([
      { sheet: 'S', top: 0, left: 0, bottom: 2, right: 0 },
      { sheet: 'S', top: 4, left: 2, bottom: 5, right: 4 },
    ]);
  });

  it('a sheet without merges has an empty list of them', async () => {
    const snapshot = await snapshotOf({ A1: 1 });
    expect(snapshot.sheet.grid.merged).toEqual([]);
  });

  it('reads dates of a 1904 workbook against its own epoch', async () => {
    const snapshot = await snapshotOf({ B2: new Date(Date.UTC(2023, 11, 31)) }, (_s, workbook) => {
      workbook.properties.date1904 = true;
    });
    expect(at(snapshot, 'B2').value).toBe(45291 - 1462);
  });
});

describe('formats, fills, used range, protection', () => {
  it('reads number formats, "General" where none is set', async () => {
    const snapshot = await snapshotOf({
      B2: styled(0.999, { numFmt: '0.00%' }),
      B3: 12,
      B4: styled(13752.09, { numFmt: '#,##0.00' }),
    });
    expect(['B2', 'B3', 'B4'].map((a) => at(snapshot, a).format)).toEqual(['0.00%', 'General', '#,##0.00']);
  });

  it('reads solid fills as #RRGGBB, also on empty cells, null for no fill, opaque for a pattern', async () => {
    const snapshot = await snapshotOf(
      { B2: styled('x', { fill: '#FFC7CE' }), C3: styled(null, { fill: '#C6EFCE' }), B3: 'plain' },
      (sheet) => {
        sheet.getCell('B4').fill = { type: 'pattern', pattern: 'darkGrid', fgColor: { argb: 'FF000000' } };
        sheet.getCell('C2').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4 } };
      },
    );
    expect(['B2', 'C3', 'B3', 'B4', 'C2'].map((a) => at(snapshot, a).fill)).toEqual([
      '#FFC7CE',
      '#C6EFCE',
      null,
      OPAQUE_FILL,
      '#4F81BD', // accent1 of the workbook's own theme (exceljs writes the Office 2007 theme)
    ]);
  });

  it.each([
    ['solid ARGB', { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } }, '#FFC7CE'],
    ['solid theme colour, no tint', { type: 'pattern', pattern: 'solid', fgColor: { theme: 4 } }, '#4F81BD'],
    [
      'solid standard indexed colour',
      { type: 'pattern', pattern: 'solid', fgColor: { indexed: 10 } },
      '#FF0000',
    ],
    ['pattern "none"', { type: 'pattern', pattern: 'none' }, null],
    [
      'hatching (lightGray)',
      { type: 'pattern', pattern: 'lightGray', fgColor: { argb: 'FF000000' } },
      OPAQUE_FILL,
    ],
    [
      'solid tinted theme colour',
      { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.4 } },
      OPAQUE_FILL,
    ],
    [
      'solid system colour (indexed 64)',
      { type: 'pattern', pattern: 'solid', fgColor: { indexed: 64 } },
      OPAQUE_FILL,
    ],
    ['solid without a colour', { type: 'pattern', pattern: 'solid' }, OPAQUE_FILL],
    [
      'gradient',
      {
        type: 'gradient',
        gradient: 'angle',
        degree: 0,
        stops: [
          { position: 0, color: { argb: 'FF0000FF' } },
          { position: 1, color: { argb: 'FFFFFFFF' } },
        ],
      },
      OPAQUE_FILL,
    ],
  ] as [string, ExcelJS.Fill, string | null][])('a %s reads as %s', async (_case, fill, expected) => {
    const snapshot = await snapshotOf({ B2: 'x' }, (sheet) => {
      sheet.getCell('B3').fill = fill;
    });
    expect(at(snapshot, 'B3').fill).toBe(expected);
  });

  it("an indexed colour under the workbook's own palette is opaque (the standard palette does not apply)", () => {
    const fill = { type: 'pattern' as const, pattern: 'solid', fgColor: { indexed: 10 } };
    const scheme = ['000000'];
    expect(fillColor(fill, { themeScheme: scheme, customPalette: false })).toBe('#FF0000');
    expect(fillColor(fill, { themeScheme: scheme, customPalette: true })).toBe(OPAQUE_FILL);
  });

  it('gives the used range with its 0-based top-left', async () => {
    const snapshot = await snapshotOf({ C5: 1, E9: 'x' });
    expect({ top: snapshot.sheet.grid.top, left: snapshot.sheet.grid.left }).toEqual({ top: 4, left: 2 });
    expect([snapshot.sheet.grid.values.length, snapshot.sheet.grid.values[0].length]).toEqual([5, 3]);
  });

  it('gives an empty grid for an empty sheet', async () => {
    const snapshot = await snapshotOf({});
    expect(snapshot.sheet.grid).toEqual({
      top: 0,
      left: 0,
      values: [],
      formulas: [],
      numberFormats: [],
      fills: [],
      merged: [],
    });
  });

  it('tells a protected sheet', async () => {
    const open = await snapshotOf({ A1: 1 });
    const locked = await snapshotOf({ A1: 1 }, (sheet) => {
      void sheet.protect('', {});
    });
    expect([open.sheet.protected, locked.sheet.protected]).toEqual([false, true]);
  });

  it('gives every sheet name in tab order and every name', async () => {
    const snapshot = await snapshotOf({ A1: 1 }, (_s, workbook) => {
      workbook.addWorksheet('第二页');
    });
    expect(snapshot.sheetNames).toEqual(['S', '第二页']);
    expect(snapshot.names).toEqual([{ name: 'PE_Actuals', scope: 'workbook', formula: 'S!$B$2:$B$4' }]);
  });
});

describe('unreadable files', () => {
  it.each([
    ['missing', join(dir, 'nope.xlsx'), /文件不存在/],
    ['a folder', dir, /文件夹|不是有效/],
  ])('%s -> UnreadableWorkbookError in Chinese', async (_label, path, message) => {
    await expect(readWorkbook(path)).rejects.toThrow(UnreadableWorkbookError);
    await expect(readWorkbook(path)).rejects.toThrow(message);
  });

  it('not a zip', async () => {
    const { writeFileSync } = await import('fs');
    const path = join(dir, 'text.xlsx');
    writeFileSync(path, 'hello');
    await expect(readWorkbook(path)).rejects.toThrow(/不是有效的 \.xlsx 文件/);
  });
});
