/**
 * Applying a WritePlan to an open package (saving is ./save.ts). Every step kind of the plan is
 * applied generically: value blocks (with number formats), fills, the scorer's sheets, added names.
 * Edits go to the parsed sheet parts, the styles part and the name list of the book, so that scoring
 * another sheet of the same book next sees them; nothing is serialised here.
 *
 * A style is never changed in place (other cells may share it): a cell that gets a number format or
 * a fill gets a style of its own — a copy of its old one with that one thing changed.
 */
import {
  OPAQUE_FILL,
  type BlockWrite,
  type FillWrite,
  type SheetWrite,
  type WritePlan,
  type WriteValue,
} from '../../workbook/types';
import { restyledCell, valueCell } from './cell-xml';
import { mergeNames } from './defined-names';
import { freshSheetXml } from './new-sheet';
import { SheetPart } from './sheet-part';
import { findSheet, sheetPart, type BookSheet, type XlsxBook } from './workbook';

function worksheetOrThrow(book: XlsxBook, name: string): SheetPart {
  const sheet = findSheet(book, name);
  const part = sheet ? sheetPart(book, sheet) : null;
  if (!part) throw new Error(`工作表 ${name} 不存在 (no such sheet)`);
  return part;
}

function writeValue(
  book: XlsxBook,
  part: SheetPart,
  row: number,
  col: number,
  value: WriteValue,
  numberFormat: string | null | undefined,
): void {
  let style = part.cell(row, col)?.style ?? 0;
  if (
    numberFormat !== undefined &&
    numberFormat !== null &&
    numberFormat !== book.styles.numberFormat(style)
  ) {
    style = book.styles.withNumberFormat(style, numberFormat);
  }
  part.setCell(row, col, valueCell(part.prefix, row, col, style, value));
}

/** OPAQUE_FILL is not a colour but "a fill we cannot reproduce": such a cell's fill is left alone. */
function setFill(book: XlsxBook, part: SheetPart, row: number, col: number, color: string | null): void {
  if (color === OPAQUE_FILL) return;
  const cell = part.cell(row, col);
  const style = book.styles.withFill(cell?.style ?? 0, color);
  if (cell) {
    if (style !== cell.style) part.setCell(row, col, restyledCell(cell, style));
  } else if (style !== 0) {
    part.setCell(row, col, valueCell(part.prefix, row, col, style, null));
  }
}

function applyBlock(book: XlsxBook, block: BlockWrite): void {
  const part = worksheetOrThrow(book, block.sheet);
  block.values.forEach((rowValues, r) => {
    rowValues.forEach((value, c) => {
      writeValue(book, part, block.top + r, block.left + c, value, block.numberFormats?.[r]?.[c]);
    });
  });
}

function applyFill(book: XlsxBook, fill: FillWrite): void {
  setFill(book, worksheetOrThrow(book, fill.sheet), fill.row, fill.col, fill.color);
}

/** A part name for a new worksheet beside the workbook part's other worksheets. */
function newSheetPartName(book: XlsxBook): string {
  const folder = book.workbookPart.includes('/')
    ? book.workbookPart.slice(0, book.workbookPart.lastIndexOf('/') + 1)
    : '';
  for (let n = book.sheets.length + 1; ; n++) {
    const name = `${folder}worksheets/sheet${n}.xml`;
    if (!book.pkg.has(name) && !book.parsed.has(name)) return name;
  }
}

/**
 * A scorer-owned sheet with no old contents: a new one placed after `after`, or the old one's part
 * written afresh (same part, same tab position and visibility, protection and tab colour kept).
 */
function freshSheet(
  book: XlsxBook,
  write: SheetWrite,
  after: BookSheet,
): { sheet: BookSheet; part: SheetPart } {
  const old = findSheet(book, write.name);
  if (old && write.create) {
    // The plan believes the sheet is new: never replace a sheet the scorer does not own.
    throw new Error(`工作表 ${write.name} 已存在，未写入 (the plan would replace an existing sheet)`);
  }
  if (old) {
    if (!old.part || !old.worksheet)
      throw new Error(`工作表 ${write.name} 不是普通工作表，未写入 (not a worksheet)`);
    const oldXml = book.pkg.text(old.part);
    const part = new SheetPart(freshSheetXml(write.columnWidths, oldXml));
    part.markEdited();
    book.parsed.set(old.part, part);
    return { sheet: old, part };
  }
  const sheet: BookSheet = { name: write.name, part: newSheetPartName(book), worksheet: true, element: null };
  const part = new SheetPart(freshSheetXml(write.columnWidths));
  part.markEdited();
  book.parsed.set(sheet.part!, part);
  book.sheets.splice(book.sheets.indexOf(after) + 1, 0, sheet);
  return { sheet, part };
}

function applySheet(book: XlsxBook, write: SheetWrite, after: BookSheet): BookSheet {
  const { sheet, part } = freshSheet(book, write, after);
  write.rows.forEach((rowValues, r) => {
    rowValues.forEach((value, c) => {
      if (value === null && !write.numberFormats?.[r]?.[c]) return;
      writeValue(book, part, r, c, value, write.numberFormats?.[r]?.[c]);
    });
  });
  for (const fill of write.fills ?? []) setFill(book, part, fill.row, fill.col, fill.color);
  return sheet;
}

/**
 * Applies the plan to the book. The names it adds join the book's name list, so that scoring another
 * sheet of the same book next sees them and the saved package has them.
 */
export function applyWritePlan(book: XlsxBook, plan: WritePlan): void {
  for (const block of plan.blocks) applyBlock(book, block);
  for (const fill of plan.fills) applyFill(book, fill);
  let after = findSheet(book, plan.sheet);
  if (!after) throw new Error(`工作表 ${plan.sheet} 不存在 (no such sheet)`);
  for (const write of plan.sheets) after = applySheet(book, write, after);
  book.storedNames = mergeNames(book.storedNames, plan.names);
}
