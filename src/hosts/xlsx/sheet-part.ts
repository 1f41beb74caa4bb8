/**
 * One worksheet part (xl/worksheets/sheetN.xml) as rows of cells, each cell kept as its own XML
 * source. Only <sheetData> is ever edited, and in it only the rows the scorer writes to: an edited
 * row is written again from its cells (each untouched cell as it was), every other row and every
 * other element of the part (columns, views, conditional formats, validation, drawings, …) stays
 * byte for byte. The <dimension> hint grows to cover cells the scorer adds.
 */
import type { Area } from '../../workbook/types';
import { a1, MAX_COLS } from '../../workbook/references';
import {
  attribute,
  decodeXml,
  findElement,
  findElements,
  forEachElement,
  prefixOf,
  withAttribute,
  withoutAttribute,
  type ElementAt,
} from './xml';

export interface CellRecord {
  col: number;
  /** The element's source as it will be written. */
  xml: string;
  /** The style index (s), 0 when absent. */
  style: number;
  /** The type attribute (t), undefined when absent (a number). */
  type: string | undefined;
  /** <v> text (decoded), or an inline string's text; undefined when the cell holds no value. */
  value: string | undefined;
  /** True when the inline string content is rich (<is>), i.e. value is text. */
  inline: boolean;
  formula?: { text: string; shared?: string; ref?: string };
  /** The producer left out its r attribute (its column follows the previous cell's). */
  implicit?: boolean;
}

export interface RowRecord {
  row: number;
  /** The row's source when untouched; null once edited (then written from openTag + cells). */
  source: string | null;
  openTag: string;
  cells: CellRecord[];
  /** The producer left out its r attribute (it follows the previous row). */
  implicit?: boolean;
}

/** "AB12" or "$AB$12" -> { row: 11, col: 27 }; null when not a cell address. */
export function cellAddress(text: string): { row: number; col: number } | null {
  // Read by hand (every cell of a sheet has one): /^\$?([A-Za-z]{1,3})\$?(\d+)$/, then columnIndex.
  let i = text.charCodeAt(0) === 36 ? 1 : 0; // $
  let col = 0;
  const lettersStart = i;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i) | 32; // lower case
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  const letters = i - lettersStart;
  if (letters < 1 || letters > 3) return null;
  if (text.charCodeAt(i) === 36) i++;
  const digitsStart = i;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) break;
  }
  if (i === digitsStart || i !== text.length) return null;
  if (col - 1 >= MAX_COLS) return null;
  return { row: Number(text.slice(digitsStart)) - 1, col: col - 1 };
}

const FORMULA = /<((?:[\w.-]+:)?f)(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/;
const VALUE = /<((?:[\w.-]+:)?v)>([\s\S]*?)<\/\1>/;
const INLINE = /<((?:[\w.-]+:)?is)>([\s\S]*?)<\/\1>/;

function parseCell(source: string, attributes: string, content: string | undefined, col: number): CellRecord {
  const style = attributes.includes('s') ? Number(attribute(attributes, 's') ?? 0) || 0 : 0;
  const type = attributes.includes('t') ? attribute(attributes, 't') : undefined;
  const cell: CellRecord = { col, xml: source, style, type, value: undefined, inline: false };
  if (!content) return cell;
  // Most cells hold only <v>: the other elements are looked for only when their tag is there.
  const formula = content.includes('f') ? FORMULA.exec(content) : null;
  if (formula) {
    cell.formula = {
      text: decodeXml(formula[3] ?? ''),
      shared: attribute(formula[2], 't') === 'shared' ? attribute(formula[2], 'si') : undefined,
      ref: attribute(formula[2], 'ref'),
    };
  }
  // The usual content, <v>…</v> first, without the pattern.
  const valueEnd = content.startsWith('<v>') ? content.indexOf('</v>', 3) : -1;
  const value = valueEnd >= 0 ? content.slice(3, valueEnd) : VALUE.exec(content)?.[2];
  if (value) cell.value = decodeXml(value);
  const inline = cell.value === undefined && content.includes('is>') ? INLINE.exec(content) : null;
  if (inline) {
    cell.value = inline[2];
    cell.inline = true;
  }
  return cell;
}

/** The first element of that name in `xml` outside `skipped` (an element of the same document). */
function findElementOutside(xml: string, localName: string, skipped: ElementAt | null): ElementAt | null {
  if (!skipped) return findElement(xml, localName);
  return findElement(xml.slice(0, skipped.start), localName) ?? findElement(xml, localName, skipped.end);
}

export class SheetPart {
  readonly rows: RowRecord[] = [];
  private readonly byRow = new Map<number, RowRecord>();
  readonly merges: Omit<Area, 'sheet'>[] = [];
  readonly protected: boolean;
  /** Namespace prefix of the sheet's elements ("" for the usual default namespace). */
  readonly prefix: string;
  private edited = false;
  /** A cell that held a formula was overwritten (the calculation chain no longer matches). */
  formulaOverwritten = false;
  private addedBounds: { top: number; left: number; bottom: number; right: number } | null = null;

  constructor(private xml: string) {
    const sheetData = findElement(xml, 'sheetData');
    this.prefix = sheetData ? prefixOf(sheetData.tag) : '';
    if (sheetData) this.parseRows(sheetData.content);
    // Both come after <sheetData> in the schema's order; the rows are not searched for them.
    const mergeCells = findElementOutside(xml, 'mergeCells', sheetData);
    for (const merge of mergeCells ? findElements(mergeCells.content, 'mergeCell') : []) {
      const [from, to] = (attribute(merge.openTag, 'ref') ?? '').split(':');
      const start = cellAddress(from ?? '');
      const end = cellAddress(to ?? from ?? '');
      if (start && end) {
        this.merges.push({
          top: Math.min(start.row, end.row),
          left: Math.min(start.col, end.col),
          bottom: Math.max(start.row, end.row),
          right: Math.max(start.col, end.col),
        });
      }
    }
    const protection = findElementOutside(xml, 'sheetProtection', sheetData);
    const flag = protection ? attribute(protection.openTag, 'sheet') : undefined;
    this.protected = flag === '1' || flag === 'true';
  }

  private parseRows(content: string): void {
    let previousRow = -1;
    let sorted = true;
    forEachElement(content, 'row', (source, tag, attributes, rowContent) => {
      const rowNumber = Number(attribute(attributes, 'r'));
      const numbered = Number.isInteger(rowNumber) && rowNumber > 0;
      const row = numbered ? rowNumber - 1 : previousRow + 1;
      if (row < previousRow) sorted = false;
      previousRow = row;
      const openTag = `<${tag}${attributes}>`;
      const record: RowRecord = { row, source, openTag, cells: [], implicit: !numbered };
      let previousCol = -1;
      if (rowContent !== undefined) {
        forEachElement(rowContent, 'c', (cellSource, _, cellAttributes, cellContent) => {
          const address = cellAddress(attribute(cellAttributes, 'r') ?? '');
          const col = address ? address.col : previousCol + 1;
          previousCol = col;
          const cell = parseCell(cellSource, cellAttributes, cellContent, col);
          if (!address) cell.implicit = true;
          record.cells.push(cell);
        });
      }
      this.rows.push(record);
      this.byRow.set(row, record);
    });
    if (!sorted) this.rows.sort((a, b) => a.row - b.row);
  }

  cell(row: number, col: number): CellRecord | undefined {
    return this.byRow.get(row)?.cells.find((cell) => cell.col === col);
  }

  /** Sets (or with null, removes) the cell at row/col; `xml` must carry its r attribute. */
  setCell(row: number, col: number, cell: CellRecord | null): void {
    let record = this.byRow.get(row);
    if (!record) {
      if (cell === null) return;
      record = { row, source: null, openTag: `<${this.prefix}row r="${row + 1}">`, cells: [] };
      this.byRow.set(row, record);
      const at = this.rows.findIndex((r) => r.row > row);
      this.rows.splice(at < 0 ? this.rows.length : at, 0, record);
    }
    const index = record.cells.findIndex((c) => c.col === col);
    const old = index >= 0 ? record.cells[index] : undefined;
    if (old?.formula) this.formulaOverwritten = true;
    if (cell === null) {
      if (index >= 0) record.cells.splice(index, 1);
    } else if (index >= 0) {
      record.cells[index] = cell;
    } else {
      const at = record.cells.findIndex((c) => c.col > col);
      record.cells.splice(at < 0 ? record.cells.length : at, 0, cell);
    }
    record.source = null;
    this.edited = true;
    const bounds = this.addedBounds;
    if (bounds) {
      bounds.top = Math.min(bounds.top, row);
      bounds.left = Math.min(bounds.left, col);
      bounds.bottom = Math.max(bounds.bottom, row);
      bounds.right = Math.max(bounds.right, col);
    } else this.addedBounds = { top: row, left: col, bottom: row, right: col };
  }

  isEdited(): boolean {
    return this.edited;
  }

  /** The part's XML with the edited rows written again. */
  render(): string {
    if (!this.edited) return this.xml;
    const rows: string[] = [];
    for (const record of this.rows) {
      if (record.source !== null) {
        // Untouched; give it its row number when the producer left it implicit (a new row may now precede it).
        rows.push(
          record.implicit
            ? record.source.replace(/^<[^>]*>/, (tag) => withAttribute(tag, 'r', String(record.row + 1)))
            : record.source,
        );
        continue;
      }
      const tag = /^<([\w.:-]+)/.exec(record.openTag)![1];
      let openTag = withAttribute(record.openTag, 'r', String(record.row + 1));
      openTag = withoutAttribute(openTag, 'spans'); // an optional hint that the new cells could contradict
      const cells = record.cells.map((cell) =>
        cell.implicit ? withCellRef(cell.xml, record.row, cell.col) : cell.xml,
      );
      rows.push(`${openTag}${cells.join('')}</${tag}>`);
    }
    const sheetData = findElement(this.xml, 'sheetData')!;
    const tag = sheetData.tag;
    const openTag = sheetData.selfClosing ? sheetData.openTag.replace(/\s*\/>$/, '>') : sheetData.openTag;
    let xml =
      this.xml.slice(0, sheetData.start) +
      openTag +
      rows.join('') +
      `</${tag}>` +
      this.xml.slice(sheetData.end);
    xml = this.growDimension(xml);
    return xml;
  }

  private growDimension(xml: string): string {
    const dimension = findElement(xml, 'dimension');
    const added = this.addedBounds;
    if (!dimension || !added) return xml;
    const [from, to] = (attribute(dimension.openTag, 'ref') ?? '').split(':');
    const start = cellAddress(from ?? '');
    const end = cellAddress(to ?? from ?? '');
    const bounds =
      start && end
        ? {
            top: Math.min(start.row, added.top),
            left: Math.min(start.col, added.left),
            bottom: Math.max(end.row, added.bottom),
            right: Math.max(end.col, added.right),
          }
        : added;
    const ref =
      bounds.top === bounds.bottom && bounds.left === bounds.right
        ? a1(bounds.top, bounds.left)
        : `${a1(bounds.top, bounds.left)}:${a1(bounds.bottom, bounds.right)}`;
    if (ref === attribute(dimension.openTag, 'ref')) return xml;
    return (
      xml.slice(0, dimension.start) + withAttribute(dimension.openTag, 'ref', ref) + xml.slice(dimension.end)
    );
  }
}

function withCellRef(xml: string, row: number, col: number): string {
  const end = xml.indexOf('>') + 1;
  return withAttribute(xml.slice(0, end), 'r', a1(row, col)) + xml.slice(end);
}
