/**
 * ET Range and Interior over a sheet of the shared in-memory model (test/fakes/excel/model.ts).
 * A range may have several areas ("A1,C3") for writes; reads use its first area, as Excel does.
 */
import { charactersToPoints } from '../../../src/hosts/office/column-width';
import { errorCode } from '../../../src/hosts/wps/cell-codes';
import { hexToBgr, bgrToHex } from '../../../src/hosts/wps/cell-codes';
import { areaCols, areaRows, formatArea, type CellArea } from '../excel/address';
import { writeCellValue } from '../excel/cell-writes';
import type { FakeCell, FakeSheet } from '../excel/model';
import { EtProtectedError, type Counter } from './counter';
import { xmlSpreadsheet } from './xml-spreadsheet';

const XL_NONE = -4142;
const WHITE_BGR = 16777215;

function* cellsOf(area: CellArea): Generator<[number, number]> {
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) yield [r, c];
}

/** The single value `pick` gives every cell of the area, or null when they differ. */
function uniform<T>(sheet: FakeSheet, area: CellArea, pick: (cell: FakeCell | undefined) => T): T | null {
  let first = true;
  let value: T | null = null;
  for (const [r, c] of cellsOf(area)) {
    const v = pick(sheet.getCell(r, c));
    if (first) {
      value = v;
      first = false;
    } else if (v !== value) return null;
  }
  return value;
}

function mergeOf(sheet: FakeSheet, r: number, c: number): CellArea | undefined {
  return sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
}

export class EtFakeInterior {
  constructor(
    private readonly range: EtFakeRange,
    private readonly counter: Counter,
  ) {}

  get Color(): number | null {
    this.counter.tick('Interior.Color');
    return uniform(this.range.sheet, this.range.area, (cell) =>
      cell?.fill ? hexToBgr(cell.fill) : WHITE_BGR,
    );
  }
  set Color(bgr: number | null) {
    this.counter.tick('Interior.Color=');
    if (bgr === null) return;
    this.range.write((r, c, sheet) =>
      sheet.updateCell(r, c, { fill: bgrToHex(bgr), fillPattern: undefined }),
    );
  }

  /** -4142 for no fill; a palette index (here 1) for any fill; null when mixed. */
  get ColorIndex(): number | null {
    this.counter.tick('Interior.ColorIndex');
    const none = uniform(this.range.sheet, this.range.area, (cell) => !cell?.fill);
    if (none === null) return null;
    if (none) return XL_NONE;
    return uniform(this.range.sheet, this.range.area, (cell) => cell?.fill) === null ? null : 1;
  }
  set ColorIndex(index: number | null) {
    this.counter.tick('Interior.ColorIndex=');
    if (index !== XL_NONE) throw new Error('EtFake: only ColorIndex = xlNone is modelled');
    this.range.write((r, c, sheet) => sheet.updateCell(r, c, { fill: undefined, fillPattern: undefined }));
  }

  /** 1 solid, -4142 none, -4125 (xlPatternGray50) for any other Office pattern; null when mixed. */
  get Pattern(): number | null {
    this.counter.tick('Interior.Pattern');
    return uniform(this.range.sheet, this.range.area, (cell) =>
      !cell?.fill ? XL_NONE : !cell.fillPattern || cell.fillPattern === 'Solid' ? 1 : -4125,
    );
  }
}

export class EtFakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly areas: CellArea[],
    readonly counter: Counter,
  ) {}

  get area(): CellArea {
    return this.areas[0];
  }

  /** Applies a change to every cell of every area, refusing on a protected sheet. */
  write(change: (row: number, col: number, sheet: FakeSheet) => void): void {
    if (this.sheet.protected) throw new EtProtectedError(this.sheet.name);
    for (const area of this.areas) for (const [r, c] of cellsOf(area)) change(r, c, this.sheet);
  }

  private block<T>(pick: (cell: FakeCell | undefined) => T): T[][] | T {
    const rows: T[][] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      const row: T[] = [];
      for (let c = this.area.left; c <= this.area.right; c++) row.push(pick(this.sheet.getCell(r, c)));
      rows.push(row);
    }
    const one = areaRows(this.area) === 1 && areaCols(this.area) === 1;
    return one && this.counter.options.scalarForOneCell !== false ? rows[0][0] : rows;
  }

  get Value2(): unknown {
    this.counter.tick('Range.Value2');
    const empty = this.counter.options.emptyAs === 'null' ? null : undefined;
    return this.block((cell) => {
      const v = cell?.value ?? null;
      if (v === null) return cell?.formula ? '' : empty;
      if (typeof v === 'object') return errorCode(v.error) ?? v.error;
      return v;
    });
  }
  set Value2(input: unknown) {
    this.counter.tick('Range.Value2=');
    const rows = Array.isArray(input) ? (input as unknown[][]) : null;
    if (
      rows &&
      (rows.length !== areaRows(this.area) || rows.some((row) => row.length !== areaCols(this.area)))
    )
      throw new Error('EtFake: Value2 array does not match the range');
    this.write((r, c, sheet) =>
      writeCellValue(sheet, r, c, rows ? rows[r - this.area.top][c - this.area.left] : input),
    );
  }

  /**
   * A method in ET: 10 (default) the values, 11 the XML Spreadsheet of the range (switch
   * `xmlSpreadsheet: false` makes it throw, as a build without it would).
   */
  Value(type = 10): unknown {
    this.counter.tick('Range.Value');
    if (type === 11) {
      if (this.counter.options.xmlSpreadsheet === false)
        throw new Error('EtFake: Value(11) is not supported');
      return xmlSpreadsheet(this.sheet, this.area);
    }
    const value = this.Value2;
    this.counter.stats.calls--; // the nested Value2 read is not a second crossing
    this.counter.stats.byMember['Range.Value2']--;
    return value;
  }

  /** Formula text for formula cells, the constant as text otherwise ("" when empty). */
  get Formula(): unknown {
    this.counter.tick('Range.Formula');
    return this.block((cell) => {
      if (cell?.formula) return cell.formula;
      const v = cell?.value ?? null;
      if (v === null) return '';
      if (typeof v === 'object') return v.error;
      if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
      return String(v);
    });
  }

  get NumberFormat(): unknown {
    this.counter.tick('Range.NumberFormat');
    const general = this.counter.options.generalFormat ?? 'General';
    return uniform(this.sheet, this.area, (cell) => cell?.numberFormat ?? general);
  }
  set NumberFormat(format: unknown) {
    this.counter.tick('Range.NumberFormat=');
    const text = String(format);
    const stored = text === 'G/通用格式' ? 'General' : text;
    this.write((r, c, sheet) => sheet.updateCell(r, c, { numberFormat: stored }));
  }

  get Interior(): EtFakeInterior {
    this.counter.tick('Range.Interior');
    return new EtFakeInterior(this, this.counter);
  }

  get MergeCells(): boolean | null {
    this.counter.tick('Range.MergeCells');
    return this.mergedState();
  }

  private mergedState(): boolean | null {
    let any = false;
    let all = true;
    for (const [r, c] of cellsOf(this.area)) {
      if (mergeOf(this.sheet, r, c)) any = true;
      else all = false;
    }
    return all ? true : any ? null : false;
  }

  get MergeArea(): EtFakeRange {
    this.counter.tick('Range.MergeArea');
    const merge = mergeOf(this.sheet, this.area.top, this.area.left);
    return new EtFakeRange(
      this.sheet,
      [merge ? { ...merge } : { ...this.area, bottom: this.area.top, right: this.area.left }],
      this.counter,
    );
  }

  get Row(): number {
    this.counter.tick('Range.Row');
    return this.area.top + 1;
  }
  get Column(): number {
    this.counter.tick('Range.Column');
    return this.area.left + 1;
  }
  get Rows(): { Count: number; AutoFit(): boolean } {
    this.counter.tick('Range.Rows');
    const counter = this.counter;
    const count = areaRows(this.area);
    return {
      get Count() {
        counter.tick('Rows.Count');
        return count;
      },
      // Row heights are not modelled: counted, nothing to change.
      AutoFit() {
        counter.tick('Rows.AutoFit');
        return true;
      },
    };
  }
  get Columns(): { Count: number } {
    this.counter.tick('Range.Columns');
    const counter = this.counter;
    const count = areaCols(this.area);
    return {
      get Count() {
        counter.tick('Columns.Count');
        return count;
      },
    };
  }

  Address(): string {
    this.counter.tick('Range.Address');
    return this.areas.map((a) => formatArea(a, true)).join(',');
  }

  /** Contents, formats, fills and merges of the range go. */
  Clear(): void {
    this.counter.tick('Range.Clear');
    if (this.sheet.protected) throw new EtProtectedError(this.sheet.name);
    for (const area of this.areas) {
      for (const [r, c] of [...this.sheet.cellsIn(area)]) this.sheet.putCell(r, c, undefined);
      for (let i = this.sheet.merges.length - 1; i >= 0; i--) {
        const m = this.sheet.merges[i];
        if (m.top >= area.top && m.bottom <= area.bottom && m.left >= area.left && m.right <= area.right)
          this.sheet.merges.splice(i, 1);
      }
    }
  }

  Select(): void {
    this.counter.tick('Range.Select');
    this.sheet.workbook.activate(this.sheet);
    this.sheet.workbook.selection = { sheet: this.sheet, area: { ...this.area } };
  }

  Merge(): void {
    this.counter.tick('Range.Merge');
    if (this.sheet.protected) throw new EtProtectedError(this.sheet.name);
    this.sheet.merges.push({ ...this.area });
  }

  get Font(): { Bold: boolean | null } {
    this.counter.tick('Range.Font');
    const read = () => {
      this.counter.tick('Font.Bold');
      return uniform(this.sheet, this.area, (cell) => Boolean(cell?.bold));
    };
    const write = (bold: boolean | null) => {
      this.counter.tick('Font.Bold=');
      this.write((r, c, sheet) => sheet.updateCell(r, c, { bold: bold ? true : undefined }));
    };
    return {
      get Bold() {
        return read();
      },
      set Bold(bold: boolean | null) {
        write(bold);
      },
    };
  }

  get WrapText(): boolean | null {
    this.counter.tick('Range.WrapText');
    return uniform(this.sheet, this.area, (cell) => Boolean(cell?.wrap));
  }
  set WrapText(wrap: boolean | null) {
    this.counter.tick('Range.WrapText=');
    this.write((r, c, sheet) => sheet.updateCell(r, c, { wrap: wrap ? true : undefined }));
  }

  get ColumnWidth(): number {
    this.counter.tick('Range.ColumnWidth');
    return this.sheet.columnWidths.get(this.area.left) ?? 48;
  }
  /** Stored in points, as the Excel fake stores Office's columnWidth, so both hosts compare equal. */
  set ColumnWidth(characters: number) {
    this.counter.tick('Range.ColumnWidth=');
    for (let c = this.area.left; c <= this.area.right; c++)
      this.sheet.columnWidths.set(c, charactersToPoints(characters));
  }
}
