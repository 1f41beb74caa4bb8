/**
 * Applying a WritePlan to an open package (saving is ./save.ts). Every step kind of the plan is
 * applied generically: value blocks (with number formats), fills, the scorer's sheets (with their
 * bold cells, wrapped columns, widths and page setup), added names.
 * Edits go to the parsed sheet parts, the styles part and the name list of the book, so that scoring
 * another sheet of the same book next sees them; the scorer's own sheets are rendered to XML at once
 * and set in the package (a later read of them in the same run parses that XML). ./save.ts writes
 * the rest.
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
import { a1 } from '../../workbook/references';
import { cellXml, restyledCell, valueCell } from './cell-xml';
import { dropNames, mergeNames } from './defined-names';
import { freshSheetXml } from './new-sheet';
import { relsPathOf } from './package';
import { wrappedRowHeights } from './row-heights';
import type { SheetPart } from './sheet-part';
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
  const slash = book.workbookPart.lastIndexOf('/');
  const folder = book.workbookPart.slice(0, slash + 1);
  for (let n = book.sheets.length + 1; ; n++) {
    const name = `${folder}worksheets/sheet${n}.xml`;
    if (!book.pkg.has(name)) return name;
  }
}

/**
 * The style of every cell of a scorer sheet, laid out like its values (rows of columns): number
 * formats in row order, then fills in the plan's order (the order new styles are appended in).
 */
function sheetStyles(book: XlsxBook, write: SheetWrite): number[][] {
  const styles: number[][] = write.rows.map((rowValues, r) =>
    rowValues.map((_, c) => {
      const format = write.numberFormats?.[r]?.[c];
      return format && format !== book.styles.numberFormat(0) ? book.styles.withNumberFormat(0, format) : 0;
    }),
  );
  for (const fill of write.fills ?? []) {
    if (fill.color === OPAQUE_FILL) continue;
    const row = (styles[fill.row] ??= []);
    row[fill.col] = book.styles.withFill(row[fill.col] ?? 0, fill.color);
  }
  for (const { row, col } of write.bold ?? []) {
    const cells = (styles[row] ??= []);
    cells[col] = book.styles.withBold(cells[col] ?? 0);
  }
  // Wrapped over the rows written, as the Office and WPS hosts do.
  for (const col of write.wrapColumns ?? []) {
    for (let row = 0; row < write.rows.length; row += 1) {
      const cells = (styles[row] ??= []);
      cells[col] = book.styles.withWrap(cells[col] ?? 0);
    }
  }
  return styles;
}

/** A scorer sheet's XML, written in one pass (no cell model: nothing else reads it in this run, usually). */
function scorerSheetXml(book: XlsxBook, write: SheetWrite, oldXml: string | undefined): string {
  const styles = sheetStyles(book, write);
  const rowsXml: string[] = [];
  const heights = wrappedRowHeights(write);
  let bottom = -1;
  let right = -1;
  for (let r = 0; r < Math.max(write.rows.length, styles.length); r++) {
    const values = write.rows[r] ?? [];
    const rowStyles = styles[r] ?? [];
    let xml = '';
    for (let c = 0; c < Math.max(values.length, rowStyles.length); c++) {
      const element = cellXml('', r, c, rowStyles[c] ?? 0, values[c] ?? null);
      if (!element) continue;
      right = Math.max(right, c);
      xml += element;
    }
    if (!xml) continue;
    bottom = r;
    const height = heights.get(r);
    rowsXml.push(`<row r="${r + 1}"${height ? ` ht="${height}"` : ''}>${xml}</row>`);
  }
  const dimension = bottom < 0 ? 'A1' : `A1:${a1(bottom, Math.max(right, 0))}`;
  return freshSheetXml(write.columnWidths, oldXml, dimension, rowsXml.join(''), write.pageSetup);
}

/**
 * A scorer-owned sheet written afresh: a new part placed after `after`, or the old sheet's part
 * rewritten (same part, same tab position and visibility; protection and tab colour kept; its old
 * relationships dropped with its old contents). Returns the sheet, for the next one to follow.
 */
function applySheet(book: XlsxBook, write: SheetWrite, after: BookSheet): BookSheet {
  const old = findSheet(book, write.name);
  if (old && write.create) {
    // The plan believes the sheet is new: never replace a sheet the scorer does not own.
    throw new Error(`工作表 ${write.name} 已存在，未写入 (the plan would replace an existing sheet)`);
  }
  if (old && (!old.part || !old.worksheet)) {
    throw new Error(`工作表 ${write.name} 不是普通工作表，未写入 (not a worksheet)`);
  }
  const sheet: BookSheet = old ?? {
    name: write.name,
    part: newSheetPartName(book),
    worksheet: true,
    element: null,
  };
  const part = sheet.part!;
  const oldXml = old ? book.pkg.text(part) : undefined;
  if (oldXml && /<(?:[\w.-]+:)?f[\s>/]/.test(oldXml)) book.formulasRemoved = true;
  const xml = scorerSheetXml(book, write, oldXml);
  book.parsed.delete(part);
  book.pkg.setText(part, xml);
  if (old) book.pkg.remove(relsPathOf(part));
  else book.sheets.splice(book.sheets.indexOf(after) + 1, 0, sheet);
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
  book.storedNames = dropNames(mergeNames(book.storedNames, plan.names), plan.deleteNames ?? []);
}
