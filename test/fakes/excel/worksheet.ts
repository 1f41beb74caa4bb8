/** Worksheet, its protection, and the worksheet collection, as the Excel fake serves them. */
import { MAX_COLS, MAX_ROWS, parseArea } from './address';
import { FakeClientObject, NULL_TARGET, type FakeRequestContext, type Target } from './context';
import { FakeOfficeError, refuseProtectedStructure } from './errors';
import type { FakeSheet, FakeWorkbook } from './model';
import { FakeNamedItemCollection, resolveNameToRange } from './names';
import { FakeRange, type RangeTarget } from './range';

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

function sheetId(sheet: FakeSheet): string {
  return `{sheet:${sheet.name}}`;
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  readonly _typeName = 'Worksheet';
  readonly protection: FakeWorksheetProtection;
  readonly names: FakeNamedItemCollection;
  readonly pageLayout: FakePageLayout;

  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => Target<FakeSheet>,
    nullable = false,
    register = true,
  ) {
    super(context, path, resolver, nullable, register);
    this.protection = new FakeWorksheetProtection(this);
    this.pageLayout = new FakePageLayout(this);
    this.names = new FakeNamedItemCollection(context, `${path}.names`, () => {
      const t = this._resolveForChild('names');
      return t === NULL_TARGET ? context.childOfNull() : { owner: t };
    });
  }

  static fromRange(range: FakeRange): FakeWorksheet {
    return new FakeWorksheet(range.context, `${range._path}.worksheet`, () => {
      const t = range._resolveForChild('worksheet');
      return t === NULL_TARGET ? range.context.childOfNull() : t.sheet;
    });
  }

  protected _scalarNames(): string[] {
    return ['name', 'position', 'visibility', 'id'];
  }
  protected _readScalar(sheet: FakeSheet, name: string): unknown {
    if (name === 'name') return sheet.name;
    if (name === 'position') return sheet.workbook.sheets.indexOf(sheet);
    if (name === 'visibility') return sheet.visible ? 'Visible' : 'Hidden';
    return sheetId(sheet);
  }
  protected override _navigation(name: string): FakeClientObject | undefined {
    if (name === 'protection') return this.protection;
    if (name === 'names') return this.names;
    if (name === 'pageLayout') return this.pageLayout;
    return undefined;
  }

  get name(): string {
    return this._get('name');
  }
  set name(name: string) {
    this._set('name', name, (sheet) => {
      refuseProtectedStructure(sheet.workbook, 'Worksheet.name');
      const clash = sheet.workbook.findSheet(name);
      if (clash && clash !== sheet)
        throw new FakeOfficeError('ItemAlreadyExists', undefined, 'Worksheet.name');
      if (!name || name.length > 31 || INVALID_SHEET_NAME.test(name))
        throw new FakeOfficeError('InvalidArgument', undefined, 'Worksheet.name');
      sheet.name = name;
    });
  }
  get position(): number {
    return this._get('position');
  }
  set position(position: number) {
    this._set('position', position, (sheet) => {
      refuseProtectedStructure(sheet.workbook, 'Worksheet.position');
      const list = sheet.workbook.sheets;
      if (position < 0 || position >= list.length)
        throw new FakeOfficeError('InvalidArgument', undefined, 'Worksheet.position');
      list.splice(list.indexOf(sheet), 1);
      list.splice(position, 0, sheet);
    });
  }
  get visibility(): string {
    return this._get('visibility');
  }
  get id(): string {
    return this._get('id');
  }

  private rangeFrom(path: string, derive: (sheet: FakeSheet) => RangeTarget, nullable = false): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.${path}`,
      () => {
        const t = this._resolveForChild(path);
        return t === NULL_TARGET ? this.context.childOfNull() : derive(t);
      },
      nullable,
    );
  }

  /** getRange() = the whole sheet; getRange("B2:C3"); getRange("PE_Targets") (a name of this sheet or the workbook). */
  getRange(address?: string): FakeRange {
    return this.rangeFrom(`getRange(${JSON.stringify(address ?? '')})`, (sheet) => {
      if (address === undefined || address === '')
        return { sheet, area: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
      const area = parseArea(address);
      if (area) return { sheet, area };
      const byName = resolveNameToRange(sheet.workbook, address, sheet);
      if (byName) return byName;
      throw new FakeOfficeError('InvalidArgument', undefined, 'Worksheet.getRange');
    });
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): FakeRange {
    return this.rangeFrom(`getRangeByIndexes(${row},${col},${rowCount},${colCount})`, (sheet) => {
      if (rowCount < 1 || colCount < 1)
        throw new FakeOfficeError('InvalidArgument', undefined, 'Worksheet.getRangeByIndexes');
      return { sheet, area: { top: row, left: col, bottom: row + rowCount - 1, right: col + colCount - 1 } };
    });
  }

  getCell(row: number, col: number): FakeRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }

  /** An empty sheet's used range is A1 (getUsedRange) or a null object (getUsedRangeOrNullObject). */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.rangeFrom(`getUsedRange(${valuesOnly})`, (sheet) => ({
      sheet,
      area: sheet.usedArea(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.rangeFrom(
      `getUsedRangeOrNullObject(${valuesOnly})`,
      (sheet) => {
        const area = sheet.usedArea(valuesOnly);
        if (!area) throw new FakeOfficeError('ItemNotFound');
        return { sheet, area };
      },
      true,
    );
  }

  activate(): void {
    this._call('activate', [], (sheet) => sheet.workbook.activate(sheet), false);
  }

  delete(): void {
    this._call('delete', [], (sheet) => {
      refuseProtectedStructure(sheet.workbook, 'Worksheet.delete');
      if (sheet.workbook.sheets.filter((s) => s.visible).length <= 1 && sheet.visible)
        throw new FakeOfficeError('InvalidOperation', undefined, 'Worksheet.delete');
      sheet.workbook.deleteSheet(sheet);
    });
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9): paper size and orientation only. */
export class FakePageLayout extends FakeClientObject<FakeSheet> {
  readonly _typeName = 'PageLayout';
  constructor(sheet: FakeWorksheet) {
    super(
      sheet.context,
      `${sheet._path}.pageLayout`,
      () => sheet._resolveForChild('pageLayout'),
      false,
      false,
    );
  }
  protected _scalarNames(): string[] {
    return ['paperSize', 'orientation'];
  }
  protected _readScalar(sheet: FakeSheet, name: string): unknown {
    if (name === 'paperSize') return sheet.pageSetup?.paperSize ?? 'Letter';
    return sheet.pageSetup?.orientation ?? 'Portrait';
  }
  private setPage(name: 'paperSize' | 'orientation', value: string) {
    this._set(name, value, (sheet) => {
      sheet.pageSetup = { paperSize: 'Letter', orientation: 'Portrait', ...sheet.pageSetup, [name]: value };
    });
  }
  get paperSize(): string {
    return this._get('paperSize');
  }
  set paperSize(value: string) {
    this.setPage('paperSize', value);
  }
  get orientation(): string {
    return this._get('orientation');
  }
  set orientation(value: string) {
    this.setPage('orientation', value);
  }
}

export class FakeWorksheetProtection extends FakeClientObject<FakeSheet> {
  readonly _typeName = 'WorksheetProtection';
  constructor(sheet: FakeWorksheet) {
    super(
      sheet.context,
      `${sheet._path}.protection`,
      () => sheet._resolveForChild('protection'),
      false,
      false,
    );
  }
  protected _scalarNames(): string[] {
    return ['protected'];
  }
  protected _readScalar(sheet: FakeSheet): unknown {
    return sheet.protected;
  }
  get protected(): boolean {
    return this._get('protected');
  }
  protect(): void {
    this._call('protect', [], (sheet) => {
      if (sheet.protected)
        throw new FakeOfficeError('AccessDenied', undefined, 'WorksheetProtection.protect');
      sheet.protected = true;
    });
  }
  unprotect(): void {
    this._call('unprotect', [], (sheet) => {
      sheet.protected = false;
    });
  }
}

export class FakeWorksheetCollection extends FakeClientObject<FakeWorkbook> {
  readonly _typeName = 'WorksheetCollection';
  private itemsList?: FakeWorksheet[];

  constructor(context: FakeRequestContext) {
    super(context, 'workbook.worksheets', () => context.model, false, false);
  }
  protected _scalarNames(): string[] {
    return [];
  }
  override _defaultLoad(): string[] {
    return ['items'];
  }
  protected _readScalar(): unknown {
    return undefined;
  }

  protected override _loadItems(model: FakeWorkbook, paths: string[]) {
    const sheets = [...model.sheets];
    const items = sheets.map((sheet, i) => {
      const proxy = new FakeWorksheet(this.context, `${this._path}.items[${i}]`, () => sheet, false, false);
      proxy._bind(sheet);
      return proxy;
    });
    const loads = items.map((item) =>
      item._runLoad(paths.length ? paths : ['name', 'position', 'visibility', 'id']),
    );
    return {
      response: loads.map((l) => l.response),
      apply: () => {
        loads.forEach((l) => l.apply());
        this.itemsList = items;
      },
    };
  }

  get items(): FakeWorksheet[] {
    if (!this.itemsList) return this._get('items');
    return this.itemsList;
  }

  private sheetProxy(path: string, find: (model: FakeWorkbook) => FakeSheet | undefined, nullable: boolean) {
    return new FakeWorksheet(
      this.context,
      `${this._path}.${path}`,
      () => {
        const sheet = find(this.context.model);
        if (!sheet) throw new FakeOfficeError('ItemNotFound', undefined, 'WorksheetCollection.getItem');
        return sheet;
      },
      nullable,
    );
  }

  getItem(key: string): FakeWorksheet {
    return this.sheetProxy(
      `getItem(${JSON.stringify(key)})`,
      (m) => m.findSheet(key) ?? m.sheets.find((s) => sheetId(s) === key),
      false,
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.sheetProxy(
      `getItemOrNullObject(${JSON.stringify(key)})`,
      (m) => m.findSheet(key) ?? m.sheets.find((s) => sheetId(s) === key),
      true,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.sheetProxy('getActiveWorksheet()', (m) => m.activeSheet ?? undefined, false);
  }

  /** Adds a sheet at the end, like Excel; the returned proxy is bound when the sync runs the add. */
  add(name?: string): FakeWorksheet {
    const proxy = new FakeWorksheet(
      this.context,
      `${this._path}.add(${JSON.stringify(name ?? '')})`,
      () => {
        throw new FakeOfficeError(
          'InvalidOperation',
          'FakeExcel: sheet used before its add() ran',
          'WorksheetCollection.add',
        );
      },
      false,
      false,
    );
    this._call('add', [name], (model) => {
      refuseProtectedStructure(model, 'WorksheetCollection.add');
      let finalName = name;
      if (!finalName)
        for (let i = model.sheets.length + 1; !finalName || model.findSheet(finalName); i++)
          finalName = `Sheet${i}`;
      if (model.findSheet(finalName))
        throw new FakeOfficeError('ItemAlreadyExists', undefined, 'WorksheetCollection.add');
      if (finalName.length > 31 || INVALID_SHEET_NAME.test(finalName))
        throw new FakeOfficeError('InvalidArgument', undefined, 'WorksheetCollection.add');
      proxy._bind(model.addSheet(finalName));
    });
    return proxy;
  }
}
