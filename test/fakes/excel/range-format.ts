/** RangeFormat, RangeFill and RangeFont of the Excel fake. */
import { areaCols, areaRows } from './address';
import { normaliseColor } from './cell-writes';
import { FakeClientObject } from './context';
import { FakeOfficeError } from './errors';
import type { FakeCell } from './model';
// range.ts imports this file too; the cycle is safe because both only use each other inside methods.
import type { FakeRange } from './range';
import { assertWritable, grid, MAX_READ_CELLS, type RangeTarget } from './range-cells';

/** All cells of the target share one value, else null (how Excel reports mixed formats). */
function uniform<V>(t: RangeTarget, read: (cell: FakeCell | undefined) => V): V | null {
  const values = grid(t, read).flat();
  return values.every((v) => v === values[0]) ? values[0] : null;
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  readonly _typeName = 'RangeFormat';
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;

  constructor(readonly range: FakeRange) {
    super(range.context, `${range._path}.format`, () => range._resolveForChild('format'), false, false);
    this.fill = new FakeRangeFill(this);
    this.font = new FakeRangeFont(this);
  }

  protected _scalarNames(): string[] {
    return ['columnWidth', 'rowHeight', 'wrapText'];
  }
  protected _readScalar(t: RangeTarget, name: string): unknown {
    if (name === 'columnWidth') return uniform(t, () => 0) ?? t.sheet.columnWidths.get(t.area.left) ?? 48;
    if (name === 'wrapText') return uniform(t, (cell) => !!cell?.wrap);
    return 15;
  }
  protected override _navigation(name: string) {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }

  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(points: number) {
    this._set('columnWidth', points, (t) => {
      for (let c = t.area.left; c <= t.area.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }

  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(wrap: boolean) {
    this._set('wrapText', wrap, (t) => {
      assertWritable(t.sheet, 'RangeFormat.wrapText');
      forEachCell(t, (r, c) => t.sheet.updateCell(r, c, { wrap: wrap || undefined }));
    });
  }

  autofitColumns(): void {
    this._call('autofitColumns', [], () => undefined, false);
  }
  /** Row heights are not modelled: queued and counted like any call, nothing to change. */
  autofitRows(): void {
    this._call('autofitRows', [], () => undefined, false);
  }
}

export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  readonly _typeName = 'RangeFill';
  constructor(format: FakeRangeFormat) {
    super(
      format.context,
      `${format._path}.fill`,
      () => format.range._resolveForChild('format'),
      false,
      false,
    );
  }
  protected _scalarNames(): string[] {
    return ['color'];
  }
  protected _readScalar(t: RangeTarget): unknown {
    return uniform(t, (cell) => cell?.fill ?? '#FFFFFF');
  }
  get color(): string {
    return this._get('color');
  }
  set color(color: string) {
    this._set('color', color, (t) => {
      const hex = normaliseColor(color);
      if (!hex) throw new FakeOfficeError('InvalidArgument', undefined, 'RangeFill.color');
      assertWritable(t.sheet, 'RangeFill.color');
      // A colour set through Office.js is a solid fill.
      forEachCell(t, (r, c) => t.sheet.updateCell(r, c, { fill: hex, fillPattern: undefined }));
    });
  }
  clear(): void {
    this._call('clear', [], (t) => {
      assertWritable(t.sheet, 'RangeFill.clear');
      for (const [r, c] of [...t.sheet.cellsIn(t.area)])
        t.sheet.updateCell(r, c, { fill: undefined, fillPattern: undefined });
    });
  }
}

export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  readonly _typeName = 'RangeFont';
  constructor(format: FakeRangeFormat) {
    super(
      format.context,
      `${format._path}.font`,
      () => format.range._resolveForChild('format'),
      false,
      false,
    );
  }
  protected _scalarNames(): string[] {
    return ['bold'];
  }
  protected _readScalar(t: RangeTarget): unknown {
    return uniform(t, (cell) => !!cell?.bold);
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(bold: boolean) {
    this._set('bold', bold, (t) => {
      assertWritable(t.sheet, 'RangeFont.bold');
      forEachCell(t, (r, c) => t.sheet.updateCell(r, c, { bold: bold || undefined }));
    });
  }
}

function forEachCell(t: RangeTarget, fn: (row: number, col: number) => void) {
  if (areaRows(t.area) * areaCols(t.area) > MAX_READ_CELLS)
    throw new FakeOfficeError('InvalidArgument', 'FakeExcel: area too large', 'Range');
  for (let r = t.area.top; r <= t.area.bottom; r++)
    for (let c = t.area.left; c <= t.area.right; c++) fn(r, c);
}
