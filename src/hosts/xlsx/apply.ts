/**
 * Applying a WritePlan to an exceljs workbook in memory (saving is ./save.ts).
 *
 * exceljs shares one style object between every cell read with the same style id, so a style is
 * never mutated in place: each change gives the cell a fresh copy (otherwise filling one target
 * cell would fill every cell that shared its style).
 */
import type ExcelJS from 'exceljs';
import {
  OPAQUE_FILL,
  type BlockWrite,
  type FillWrite,
  type SheetWrite,
  type WritePlan,
  isFormulaWrite,
  type WriteValue,
} from '../../workbook/types';
import { hexToArgb } from './colors';
import { mergeNames } from './defined-names';
import type { XlsxBook } from './workbook';

function sheetOrThrow(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`工作表 ${name} 不存在 (no such sheet)`);
  return sheet;
}

function restyle(cell: ExcelJS.Cell, change: (style: Partial<ExcelJS.Style>) => void): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  change(style);
  cell.style = style;
}

function writeValue(cell: ExcelJS.Cell, value: WriteValue, numberFormat: string | null | undefined): void {
  // A string is always text (exceljs stores it as a shared string, "=..." included); only a
  // FormulaWrite becomes a formula (exceljs wants it without the "=").
  cell.value = isFormulaWrite(value) ? { formula: value.formula.replace(/^=/, '') } : value;
  if (numberFormat !== undefined && numberFormat !== null && numberFormat !== (cell.numFmt || 'General')) {
    restyle(cell, (style) => {
      if (numberFormat === 'General') delete style.numFmt;
      else style.numFmt = numberFormat;
    });
  }
}

/** OPAQUE_FILL is not a colour but "a fill we cannot reproduce": such a cell's fill is left alone. */
function setFill(cell: ExcelJS.Cell, color: string | null): void {
  if (color === OPAQUE_FILL) return;
  restyle(cell, (style) => {
    if (color === null) delete style.fill;
    else style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(color) } };
  });
}

function applyBlock(workbook: ExcelJS.Workbook, block: BlockWrite): void {
  const sheet = sheetOrThrow(workbook, block.sheet);
  block.values.forEach((rowValues, r) => {
    const row = sheet.getRow(block.top + r + 1);
    rowValues.forEach((value, c) => {
      writeValue(row.getCell(block.left + c + 1), value, block.numberFormats?.[r]?.[c]);
    });
  });
}

function applyFill(workbook: ExcelJS.Workbook, fill: FillWrite): void {
  setFill(sheetOrThrow(workbook, fill.sheet).getCell(fill.row + 1, fill.col + 1), fill.color);
}

/** Puts `sheet` right after `after` in tab order (exceljs orders tabs by orderNo). */
function moveAfter(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, after: ExcelJS.Worksheet): void {
  const order = workbook.worksheets.filter((s) => s !== sheet);
  order.splice(order.indexOf(after) + 1, 0, sheet);
  order.forEach((s, index) => {
    (s as ExcelJS.Worksheet & { orderNo: number }).orderNo = index + 1;
  });
}

/**
 * A scorer-owned sheet with no old contents: a new one, or the old one replaced by a fresh sheet
 * of the same name at the same tab position (so no stale cell, style or width survives). What the
 * officer set on the sheet itself — protection, visibility, tab colour — is carried over.
 */
function freshSheet(
  workbook: ExcelJS.Workbook,
  write: SheetWrite,
  after: ExcelJS.Worksheet,
): ExcelJS.Worksheet {
  const old = workbook.getWorksheet(write.name);
  if (old && write.create) {
    // The plan believes the sheet is new: never replace a sheet the scorer does not own.
    throw new Error(`工作表 ${write.name} 已存在，未写入 (the plan would replace an existing sheet)`);
  }
  const previous = old ? workbook.worksheets[workbook.worksheets.indexOf(old) - 1] : undefined;
  if (old) workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(write.name);
  if (old) {
    const kept = sheet as ExcelJS.Worksheet & { sheetProtection: unknown };
    kept.sheetProtection = (old as ExcelJS.Worksheet & { sheetProtection: unknown }).sheetProtection;
    sheet.state = old.state;
    if (old.properties.tabColor) sheet.properties.tabColor = old.properties.tabColor;
  }
  moveAfter(workbook, sheet, previous ?? after);
  return sheet;
}

function applySheet(
  workbook: ExcelJS.Workbook,
  write: SheetWrite,
  after: ExcelJS.Worksheet,
): ExcelJS.Worksheet {
  const sheet = freshSheet(workbook, write, after);
  write.rows.forEach((rowValues, r) => {
    const row = sheet.getRow(r + 1);
    rowValues.forEach((value, c) => {
      if (value === null && !write.numberFormats?.[r]?.[c]) return;
      writeValue(row.getCell(c + 1), value, write.numberFormats?.[r]?.[c]);
    });
  });
  write.columnWidths?.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  for (const fill of write.fills ?? []) setFill(sheet.getCell(fill.row + 1, fill.col + 1), fill.color);
  return sheet;
}

/**
 * Applies the plan in memory. The names it adds join the book's name list, so that scoring another
 * sheet of the same book next sees them and saveWorkbook writes them.
 */
export function applyWritePlan(book: XlsxBook, plan: WritePlan): void {
  const { workbook } = book;
  for (const block of plan.blocks) applyBlock(workbook, block);
  for (const fill of plan.fills) applyFill(workbook, fill);
  let after = sheetOrThrow(workbook, plan.sheet);
  for (const write of plan.sheets) after = applySheet(workbook, write, after);
  book.storedNames = mergeNames(book.storedNames, plan.names);
}
