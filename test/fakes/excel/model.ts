/**
 * The workbook the Excel fake serves: plain data plus the few rules Excel applies to it (used range,
 * names that follow renamed/deleted sheets, formulas keeping their computed value). Tests build it
 * directly (FakeWorkbook.addSheet / FakeSheet.set / FakeWorkbook.defineName) and inspect it after a run.
 */
import {
  areaCols,
  areaRows,
  cellA1,
  formatArea,
  parseArea,
  quoteSheetName,
  splitSheetRef,
  type CellArea,
} from './address';
import { shiftArea, shiftCell, type SheetEdit } from './shift';

export type FakeCellValue = number | string | boolean | null | { error: string };

/** One cell. Absent from the map = empty, "General", no fill. */
export interface FakeCell {
  value: FakeCellValue;
  /** "=SUM(A1:A3)"; absent for constants. */
  formula?: string;
  numberFormat?: string;
  /** "#RRGGBB"; absent = no fill. */
  fill?: string;
  /** RangeFill.pattern (ExcelApi 1.9) of a filled cell; absent = "Solid". */
  fillPattern?: string;
  bold?: boolean;
  /** RangeFormat.wrapText / ET Range.WrapText. */
  wrap?: boolean;
}

export interface CellOptions {
  numberFormat?: string;
  fill?: string;
  fillPattern?: string;
  formula?: string;
  bold?: boolean;
}

export type NameFormula = { kind: 'ref'; areas: NameArea[] } | { kind: 'other'; text: string };

/** One area of a name's reference; sheet null once the sheet is gone (#REF!). */
export interface NameArea {
  sheet: FakeSheet | null;
  area: CellArea | null;
}

export interface FakeName {
  name: string;
  formula: NameFormula;
  visible: boolean;
  comment: string;
}

const key = (row: number, col: number) => `${row},${col}`;

function isDefaultCell(cell: FakeCell): boolean {
  return (
    (cell.value === null || cell.value === '') &&
    !cell.formula &&
    (!cell.numberFormat || cell.numberFormat === 'General') &&
    !cell.fill &&
    !cell.bold &&
    !cell.wrap
  );
}

export class FakeSheet {
  protected = false;
  visible = true;
  readonly cells = new Map<string, FakeCell>();
  readonly names: FakeName[] = [];
  readonly merges: CellArea[] = [];
  readonly columnWidths = new Map<number, number>();
  /** The printed page as set through Office (pageLayout) or ET (PageSetup), in Office's words. */
  pageSetup?: { paperSize: string; orientation: string };
  /** The value each formula last computed to, so a formula written back gets its value again. */
  readonly formulaValues = new Map<string, FakeCellValue>();

  constructor(
    public name: string,
    readonly workbook: FakeWorkbook,
  ) {}

  getCell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(key(row, col));
  }

  /** Replaces a cell wholesale; undefined or an all-default cell removes it. */
  putCell(row: number, col: number, cell: FakeCell | undefined): void {
    if (!cell || isDefaultCell(cell)) this.cells.delete(key(row, col));
    else {
      const stored: FakeCell = { ...cell, value: cell.value === '' ? null : cell.value };
      // "General" is every cell's default: stored as absent, so equal cells compare equal.
      if (stored.numberFormat === 'General') delete stored.numberFormat;
      this.cells.set(key(row, col), stored);
      if (cell.formula) this.formulaValues.set(`${key(row, col)}|${cell.formula}`, cell.value);
    }
  }

  /** Changes some fields of a cell. */
  updateCell(row: number, col: number, change: Partial<FakeCell>): void {
    const old = this.getCell(row, col) ?? { value: null };
    const next: FakeCell = { ...old, ...change };
    for (const k of Object.keys(next) as (keyof FakeCell)[]) if (next[k] === undefined) delete next[k];
    this.putCell(row, col, next);
  }

  /** Builder: sheet.set('E5', 0.999, { numberFormat: '0.00%' }). */
  set(a1: string, value: FakeCellValue, options: CellOptions = {}): this {
    const area = parseArea(a1);
    if (!area) throw new Error(`FakeSheet.set: bad address ${a1}`);
    this.putCell(area.top, area.left, { value, ...options });
    return this;
  }

  /** Builder: writes a 2-D block of values starting at an A1 cell. */
  setRows(a1: string, rows: FakeCellValue[][], options: CellOptions = {}): this {
    const area = parseArea(a1);
    if (!area) throw new Error(`FakeSheet.setRows: bad address ${a1}`);
    rows.forEach((row, r) =>
      row.forEach((v, c) => this.putCell(area.top + r, area.left + c, { value: v, ...options })),
    );
    return this;
  }

  /** The used range: every cell with a value or formula, or (valuesOnly false) any formatting too. */
  usedArea(valuesOnly: boolean): CellArea | null {
    let area: CellArea | null = null;
    for (const [k, cell] of this.cells) {
      if (valuesOnly && cell.value === null && !cell.formula) continue;
      const [row, col] = k.split(',').map(Number);
      if (!area) area = { top: row, left: col, bottom: row, right: col };
      else {
        area.top = Math.min(area.top, row);
        area.left = Math.min(area.left, col);
        area.bottom = Math.max(area.bottom, row);
        area.right = Math.max(area.right, col);
      }
    }
    return area;
  }

  /** Cells of an area that exist (non-default), for sparse iteration over huge areas. */
  *cellsIn(area: CellArea): Generator<[number, number, FakeCell]> {
    const cellCount = areaRows(area) * areaCols(area);
    if (cellCount <= this.cells.size) {
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) {
          const cell = this.getCell(r, c);
          if (cell) yield [r, c, cell];
        }
      return;
    }
    for (const [k, cell] of [...this.cells]) {
      const [r, c] = k.split(',').map(Number);
      if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right) yield [r, c, cell];
    }
  }
}

export interface FakeXmlPart {
  id: string;
  xml: string;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeName[] = [];
  activeSheet: FakeSheet | null = null;
  selection: { sheet: FakeSheet; area: CellArea } | null = null;
  /** 审阅 → 保护工作簿 (structure): sheets cannot be added, deleted, renamed, moved or hidden. */
  structureProtected = false;
  /** workbook.customXmlParts: XML kept in the workbook, invisible (not part of dumpWorkbook). */
  readonly customXmlParts: FakeXmlPart[] = [];

  addSheet(name: string, position?: number): FakeSheet {
    if (this.findSheet(name)) throw new Error(`FakeWorkbook.addSheet: ${name} exists`);
    const sheet = new FakeSheet(name, this);
    this.sheets.splice(position ?? this.sheets.length, 0, sheet);
    if (!this.activeSheet) this.activate(sheet);
    return sheet;
  }

  findSheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`FakeWorkbook: no sheet ${name}`);
    return sheet;
  }

  activate(sheet: FakeSheet): void {
    this.activeSheet = sheet;
    if (this.selection?.sheet !== sheet)
      this.selection = { sheet, area: { top: 0, left: 0, bottom: 0, right: 0 } };
  }

  /** Deleting a sheet drops its own names and turns references to it into #REF!, as Excel does. */
  deleteSheet(sheet: FakeSheet): void {
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    for (const n of this.allNames())
      if (n.formula.kind === 'ref') for (const a of n.formula.areas) if (a.sheet === sheet) a.sheet = null;
    if (this.activeSheet === sheet) this.activate(this.sheets[Math.max(0, index - 1)]);
  }

  /**
   * The officer inserts or deletes whole rows/columns of `sheet` (Excel's 插入 / 删除): its cells,
   * merged areas and column widths move, and so does every name's reference to it, in any scope, as
   * Excel moves them (shift.ts); a name area wholly deleted becomes #REF!. Inserted lines get the
   * formats (number format, fill, bold) of the line before them, as Excel's Insert does by default
   * ("Format Same As Above / Left"; `copyFormats: false` for blank lines). Not modelled: formulas in
   * cells are not rewritten.
   */
  editSheet(sheetOrName: FakeSheet | string, edit: SheetEdit, copyFormats = true): void {
    const sheet = typeof sheetOrName === 'string' ? this.sheet(sheetOrName) : sheetOrName;
    const cells = [...sheet.cells.entries()];
    sheet.cells.clear();
    for (const [k, cell] of cells) {
      const [row, col] = k.split(',').map(Number);
      const moved = shiftCell(row, col, edit);
      if (moved) sheet.cells.set(key(moved.row, moved.col), cell);
    }
    const values = [...sheet.formulaValues.entries()];
    sheet.formulaValues.clear();
    for (const [k, value] of values) {
      const [at, formula] = [k.slice(0, k.indexOf('|')), k.slice(k.indexOf('|') + 1)];
      const [row, col] = at.split(',').map(Number);
      const moved = shiftCell(row, col, edit);
      if (moved) sheet.formulaValues.set(`${key(moved.row, moved.col)}|${formula}`, value);
    }
    if (copyFormats && edit.op === 'insert' && edit.at > 0) {
      const rows = edit.axis === 'rows';
      for (const [k, cell] of [...sheet.cells]) {
        const [row, col] = k.split(',').map(Number);
        if ((rows ? row : col) !== edit.at - 1) continue;
        const { numberFormat, fill, fillPattern, bold } = cell;
        for (let i = 0; i < edit.count; i += 1) {
          const [r, c] = rows ? [edit.at + i, col] : [row, edit.at + i];
          this.sheetCellFormats(sheet, r, c, { numberFormat, fill, fillPattern, bold });
        }
      }
    }
    const merges = sheet.merges.splice(0).map((m) => shiftArea(m, edit));
    for (const m of merges) if (m && (m.bottom > m.top || m.right > m.left)) sheet.merges.push(m);
    if (edit.axis === 'cols') {
      const widths = [...sheet.columnWidths.entries()];
      sheet.columnWidths.clear();
      for (const [col, width] of widths) {
        const moved = shiftCell(0, col, edit);
        if (moved) sheet.columnWidths.set(moved.col, width);
      }
    }
    for (const name of this.allNames()) {
      if (name.formula.kind !== 'ref') continue;
      for (const part of name.formula.areas) {
        if (part.sheet !== sheet || !part.area) continue;
        const moved = shiftArea(part.area, edit);
        if (moved) part.area = moved;
        else {
          part.sheet = null;
          part.area = null;
        }
      }
    }
  }

  private sheetCellFormats(sheet: FakeSheet, row: number, col: number, formats: Partial<FakeCell>): void {
    const copied: FakeCell = { value: null };
    for (const [k, v] of Object.entries(formats)) if (v !== undefined) Object.assign(copied, { [k]: v });
    sheet.putCell(row, col, copied);
  }

  /** Builder: defineName('PE_Targets', "'绩效指标'!$D$4:$D$27") or with { sheet } for sheet scope. */
  defineName(name: string, formula: string, scope: 'workbook' | { sheet: string } = 'workbook'): FakeName {
    const entry: FakeName = { name, formula: this.parseNameFormula(formula), visible: true, comment: '' };
    const list = scope === 'workbook' ? this.names : this.sheet(scope.sheet).names;
    if (list.some((n) => n.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`FakeWorkbook.defineName: ${name} exists in that scope`);
    list.push(entry);
    return entry;
  }

  allNames(): FakeName[] {
    return [...this.names, ...this.sheets.flatMap((s) => s.names)];
  }

  /** "='S'!$A$1:$B$2,S!$C$1" -> areas on live sheets; "#REF!" parts -> sheet null; else kept as text. */
  parseNameFormula(text: string): NameFormula {
    const body = text.startsWith('=') ? text.slice(1) : text;
    const areas: NameArea[] = [];
    for (const part of splitTopLevel(body)) {
      if (/^#REF!/i.test(part)) {
        const rest = part.slice(5);
        areas.push({ sheet: null, area: parseArea(rest) });
        continue;
      }
      const { sheet, address } = splitSheetRef(part);
      const area = parseArea(address);
      const target = sheet === null ? undefined : this.findSheet(sheet);
      if (!area || !target) return { kind: 'other', text: body };
      areas.push({ sheet: target, area });
    }
    return areas.length ? { kind: 'ref', areas } : { kind: 'other', text: body };
  }

  /** The formula as Name Manager shows it, with the leading '='. */
  nameFormulaText(formula: NameFormula): string {
    if (formula.kind === 'other') return `=${formula.text}`;
    const parts = formula.areas.map(({ sheet, area }) => {
      const address = area ? formatArea(area, true) : '';
      return sheet ? `${quoteSheetName(sheet.name)}!${address}` : `#REF!${address}`;
    });
    return `=${parts.join(',')}`;
  }
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of body) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim());
}

export { cellA1 };
