/**
 * The pane's look at a sheet's layout, in ONE sync: the active sheet's name, both name collections
 * (Office keeps workbook- and sheet-scoped names apart) and its used range (values, formulas, number
 * formats, value types and, where Excel has them, merged areas). Detection then runs on that grid,
 * the same way the scorer's detection runs on the grid it reads.
 *
 * getUsedRange(false) is never a null object (an empty sheet gives A1), so merged areas can be queued
 * on it before the sync. Fills are not read: detection does not use them.
 */
import { queueMergedAreas, readMergedAreas, supportsMergedAreas } from './merged-areas';
import { toCellValue } from './read-grid';
import type { DefinedName, SheetGrid } from '../../workbook/types';
import type { ExcelRunner, HostCapabilities } from './types';

export interface SheetRead {
  sheet: string;
  names: DefinedName[];
  grid: SheetGrid;
}

const EMPTY: SheetGrid = { top: 0, left: 0, values: [], formulas: [], numberFormats: [], fills: [] };

export function definedNames(items: Excel.NamedItem[], scope: DefinedName['scope']): DefinedName[] {
  return items.map((item) => ({ name: item.name, scope, formula: String(item.formula ?? '') }));
}

/** The loaded range as a SheetGrid without fills; an empty sheet (a blank A1) as the empty grid. */
function toGrid(range: Excel.Range, merged: Excel.RangeAreas | null): SheetGrid {
  const types = range.valueTypes;
  const values = range.values.map((row, r) => row.map((v, c) => toCellValue(v, types[r][c])));
  const formulas = range.formulas.map((row) =>
    row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)),
  );
  if (values.length === 1 && values[0].length === 1 && values[0][0] === null && !formulas[0][0]) return EMPTY;
  const grid: SheetGrid = {
    top: range.rowIndex,
    left: range.columnIndex,
    values,
    formulas,
    numberFormats: range.numberFormat.map((row) => row.map((f) => String(f || 'General'))),
    fills: values.map((row) => row.map(() => null)),
  };
  if (merged) grid.merged = readMergedAreas(merged);
  return grid;
}

export function readSheetForLayout(
  run: ExcelRunner,
  capabilities: HostCapabilities | undefined,
): Promise<SheetRead> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const sheetNames = sheet.names.load('items/name,items/formula');
    const bookNames = context.workbook.names.load('items/name,items/formula');
    const used = sheet.getUsedRange(false);
    used.load('rowIndex,columnIndex,values,formulas,numberFormat,valueTypes');
    const merged = queueMergedAreas(used, {
      cellProperties: false,
      mergedAreas: supportsMergedAreas(capabilities),
    });
    await context.sync();
    return {
      sheet: sheet.name,
      names: [
        ...definedNames(bookNames.items, 'workbook'),
        ...definedNames(sheetNames.items, { sheet: sheet.name }),
      ],
      grid: toGrid(used, merged),
    };
  });
}
