/** Range and getCellProperties, as the Excel fake serves them (formats: range-format.ts). */
import { areaCols, areaRows, cellA1, formatArea, quoteSheetName, type CellArea } from './address';
import { readText, readValue, readValueType, writeCellValue } from './cell-writes';
import {
  FakeClientObject,
  FakeClientResult,
  NULL_TARGET,
  type FakeRequestContext,
  type Target,
} from './context';
import { FakeOfficeError, SHAPE_MISMATCH_MESSAGE } from './errors';
import type { FakeCell, FakeSheet } from './model';
import { assertWritable, grid, type RangeTarget } from './range-cells';
import { FakeRangeAreas } from './range-areas';
import { FakeRangeFormat } from './range-format';

export { assertWritable, type RangeTarget };
// worksheet.ts imports this file too; the cycle is safe because both only use each other inside methods.
import { FakeWorksheet } from './worksheet';

/** Applies a 2-D (or single-value) assignment cell by cell, after checking its shape like Excel. */
function assign(
  t: RangeTarget,
  input: unknown,
  name: string,
  write: (row: number, col: number, v: unknown) => void,
) {
  assertWritable(t.sheet, `Range.${name}`);
  const rows = areaRows(t.area);
  const cols = areaCols(t.area);
  if (!Array.isArray(input)) {
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) write(t.area.top + r, t.area.left + c, input);
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols))
    throw new FakeOfficeError('InvalidArgument', SHAPE_MISMATCH_MESSAGE, `Range.${name}`);
  input.forEach((row: unknown[], r) => row.forEach((v, c) => write(t.area.top + r, t.area.left + c, v)));
}

type RangeLike = FakeClientObject<RangeTarget>;

export class FakeRange extends FakeClientObject<RangeTarget> {
  readonly _typeName = 'Range';
  private formatProxy?: FakeRangeFormat;

  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => Target<RangeTarget>,
    nullable = false,
  ) {
    super(context, path, resolver, nullable);
  }

  static child(parent: RangeLike, method: string, derive: (t: RangeTarget) => RangeTarget): FakeRange {
    return new FakeRange(parent.context, `${parent._path}.${method}`, () => {
      const t = parent._resolveForChild(method);
      return t === NULL_TARGET ? parent.context.childOfNull() : derive(t);
    });
  }

  protected _scalarNames(): string[] {
    return [
      'address',
      'addressLocal',
      'values',
      'formulas',
      'numberFormat',
      'valueTypes',
      'text',
      'rowIndex',
      'columnIndex',
      'rowCount',
      'columnCount',
      'cellCount',
    ];
  }

  protected _readScalar(t: RangeTarget, name: string): unknown {
    switch (name) {
      case 'address':
      case 'addressLocal':
        return `${quoteSheetName(t.sheet.name)}!${formatArea(t.area)}`;
      case 'values':
        return grid(t, readValue);
      case 'formulas':
        return grid(t, (cell) => cell?.formula ?? readValue(cell));
      case 'numberFormat':
        return grid(t, (cell) => cell?.numberFormat ?? 'General');
      case 'valueTypes':
        return grid(t, readValueType);
      case 'text':
        return grid(t, readText);
      case 'rowIndex':
        return t.area.top;
      case 'columnIndex':
        return t.area.left;
      case 'rowCount':
        return areaRows(t.area);
      case 'columnCount':
        return areaCols(t.area);
      case 'cellCount':
        return areaRows(t.area) * areaCols(t.area);
    }
    throw new Error(name);
  }

  protected override _navigation(name: string): FakeClientObject | undefined {
    if (name === 'format') return this.format;
    if (name === 'worksheet') return this.worksheet;
    return undefined;
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }
  get text(): string[][] {
    return this._get('text');
  }

  get values(): unknown[][] {
    return this._get('values');
  }
  set values(input: unknown[][]) {
    this._set('values', input, (t) =>
      assign(t, input, 'values', (r, c, v) => writeCellValue(t.sheet, r, c, v)),
    );
  }

  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(input: unknown[][]) {
    this._set('formulas', input, (t) =>
      assign(t, input, 'formulas', (r, c, v) => writeCellValue(t.sheet, r, c, v)),
    );
  }

  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this._set('numberFormat', input, (t) =>
      assign(t, input, 'numberFormat', (r, c, v) => {
        if (v !== null && v !== undefined) t.sheet.updateCell(r, c, { numberFormat: String(v) });
      }),
    );
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this);
    return this.formatProxy;
  }

  get worksheet(): FakeWorksheet {
    return FakeWorksheet.fromRange(this);
  }

  getCell(row: number, col: number): FakeRange {
    return FakeRange.child(this, `getCell(${row},${col})`, (t) => ({
      sheet: t.sheet,
      area: {
        top: t.area.top + row,
        left: t.area.left + col,
        bottom: t.area.top + row,
        right: t.area.left + col,
      },
    }));
  }

  getRow(row: number): FakeRange {
    return FakeRange.child(this, `getRow(${row})`, (t) => ({
      sheet: t.sheet,
      area: { ...t.area, top: t.area.top + row, bottom: t.area.top + row },
    }));
  }

  getColumn(col: number): FakeRange {
    return FakeRange.child(this, `getColumn(${col})`, (t) => ({
      sheet: t.sheet,
      area: { ...t.area, left: t.area.left + col, right: t.area.left + col },
    }));
  }

  getResizedRange(deltaRows: number, deltaCols: number): FakeRange {
    return FakeRange.child(this, `getResizedRange(${deltaRows},${deltaCols})`, (t) => ({
      sheet: t.sheet,
      area: { ...t.area, bottom: t.area.bottom + deltaRows, right: t.area.right + deltaCols },
    }));
  }

  getOffsetRange(rows: number, cols: number): FakeRange {
    return FakeRange.child(this, `getOffsetRange(${rows},${cols})`, (t) => ({
      sheet: t.sheet,
      area: {
        top: t.area.top + rows,
        left: t.area.left + cols,
        bottom: t.area.bottom + rows,
        right: t.area.right + cols,
      },
    }));
  }

  select(): void {
    this._call(
      'select',
      [],
      (t) => {
        t.sheet.workbook.activate(t.sheet);
        t.sheet.workbook.selection = { sheet: t.sheet, area: { ...t.area } };
      },
      false,
    );
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this._call('clear', [applyTo], (t) => {
      assertWritable(t.sheet, 'Range.clear');
      for (const [r, c] of [...t.sheet.cellsIn(t.area)]) {
        if (applyTo === 'All') t.sheet.putCell(r, c, undefined);
        else if (applyTo === 'Contents') t.sheet.updateCell(r, c, { value: null, formula: undefined });
        else
          t.sheet.updateCell(r, c, {
            numberFormat: undefined,
            fill: undefined,
            bold: undefined,
            wrap: undefined,
          });
      }
      if (applyTo !== 'Contents') removeMerges(t);
    });
  }

  merge(across = false): void {
    this._call('merge', [across], (t) => {
      assertWritable(t.sheet, 'Range.merge');
      t.sheet.merges.push({ ...t.area });
    });
  }

  unmerge(): void {
    this._call('unmerge', [], (t) => {
      assertWritable(t.sheet, 'Range.unmerge');
      removeMerges(t);
    });
  }

  /** ExcelApi 1.13: the merged areas touching this range, or a null object when there is none. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    // Office.js checks the requirement set on the client and throws synchronously (throwIfApiNotSupported).
    if (this.context.options.mergedAreas === false)
      throw new FakeOfficeError(
        'ApiNotFound',
        'The method or property Range.getMergedAreasOrNullObject is part of the ExcelApi 1.13 requirement set, which is not available in your version of Excel.',
        'Range.getMergedAreasOrNullObject',
      );
    return new FakeRangeAreas(this.context, `${this._path}.getMergedAreasOrNullObject()`, this);
  }

  /** ExcelApi 1.9. Only format.fill.color/pattern, format.font.bold/color and address are modelled. */
  getCellProperties(options: {
    address?: boolean;
    format?: { fill?: { color?: boolean; pattern?: boolean }; font?: { bold?: boolean; color?: boolean } };
  }) {
    // Office.js checks the requirement set on the client and throws synchronously (throwIfApiNotSupported).
    if (this.context.options.cellProperties === false)
      throw new FakeOfficeError(
        'ApiNotFound',
        'The method or property Range.getCellProperties is part of the ExcelApi 1.9 requirement set, which is not available in your version of Excel.',
        'Range.getCellProperties',
      );
    const result = new FakeClientResult<unknown[][]>();
    this.context.enqueue({
      owner: this,
      wire: { path: this._path, call: 'getCellProperties', args: [options] },
      mutates: false,
      run: () => {
        // On a null object the result is null, like every other read of a null object.
        const t = this._resolveForChild('getCellProperties');
        if (t === NULL_TARGET)
          return { response: null, apply: () => result._settle(null as unknown as unknown[][]) };
        const value = grid(t, (cell, r, c) => cellProperties(cell, r, c, t.sheet, options));
        return { response: value, apply: () => result._settle(value) };
      },
    });
    return result;
  }
}

function removeMerges(t: RangeTarget) {
  const inside = (m: CellArea) =>
    m.top >= t.area.top && m.bottom <= t.area.bottom && m.left >= t.area.left && m.right <= t.area.right;
  for (let i = t.sheet.merges.length - 1; i >= 0; i--)
    if (inside(t.sheet.merges[i])) t.sheet.merges.splice(i, 1);
}

function cellProperties(
  cell: FakeCell | undefined,
  row: number,
  col: number,
  sheet: FakeSheet,
  options: Parameters<FakeRange['getCellProperties']>[0],
) {
  const out: Record<string, unknown> = {};
  if (options.address) out.address = `${quoteSheetName(sheet.name)}!${cellA1(row, col)}`;
  if (options.format) {
    const format: Record<string, unknown> = {};
    // Excel reports "no fill" as white (#FFFFFF), exactly like an explicit white fill.
    const fill: Record<string, unknown> = {};
    if (options.format.fill?.color) fill.color = cell?.fill ?? '#FFFFFF';
    if (options.format.fill?.pattern) fill.pattern = cell?.fill ? (cell.fillPattern ?? 'Solid') : 'None';
    if (options.format.fill) format.fill = fill;
    if (options.format.font) {
      const font: Record<string, unknown> = {};
      if (options.format.font.bold) font.bold = !!cell?.bold;
      if (options.format.font.color) font.color = '#000000';
      format.font = font;
    }
    out.format = format;
  }
  return out;
}
