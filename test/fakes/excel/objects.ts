/** The `context.workbook` object of the Excel fake. */
import { FakeClientObject, type FakeRequestContext } from './context';
import { FakeCustomXmlPartCollection } from './custom-xml';
import { FakeOfficeError } from './errors';
import type { FakeWorkbook } from './model';
import { FakeNamedItemCollection } from './names';
import { FakeRange } from './range';
import { FakeWorksheetCollection } from './worksheet';

export class FakeWorkbookObject extends FakeClientObject<FakeWorkbook> {
  readonly _typeName = 'Workbook';
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly protection: FakeWorkbookProtection;
  readonly customXmlParts: FakeCustomXmlPartCollection;

  constructor(context: FakeRequestContext) {
    super(context, 'workbook', () => context.model, false, false);
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context, 'workbook.names', () => ({ owner: context.model }));
    this.protection = new FakeWorkbookProtection(context);
    this.customXmlParts = new FakeCustomXmlPartCollection(context);
  }

  protected _scalarNames(): string[] {
    return ['name'];
  }
  protected _readScalar(): unknown {
    return 'Book1.xlsx';
  }
  protected override _navigation(name: string): FakeClientObject | undefined {
    if (name === 'worksheets') return this.worksheets;
    if (name === 'names') return this.names;
    if (name === 'protection') return this.protection;
    if (name === 'customXmlParts') return this.customXmlParts;
    return undefined;
  }

  get name(): string {
    return this._get('name');
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, 'workbook.getSelectedRange()', () => {
      const selection = this.context.model.selection;
      if (!selection) throw new FakeOfficeError('ItemNotFound', undefined, 'Workbook.getSelectedRange');
      return { sheet: selection.sheet, area: { ...selection.area } };
    });
  }

  getActiveCell(): FakeRange {
    return new FakeRange(this.context, 'workbook.getActiveCell()', () => {
      const selection = this.context.model.selection;
      if (!selection) throw new FakeOfficeError('ItemNotFound', undefined, 'Workbook.getActiveCell');
      const { top, left } = selection.area;
      return { sheet: selection.sheet, area: { top, left, bottom: top, right: left } };
    });
  }
}

/** workbook.protection (ExcelApi 1.7): `protected` is the structure protection (保护工作簿). */
export class FakeWorkbookProtection extends FakeClientObject<FakeWorkbook> {
  readonly _typeName = 'WorkbookProtection';
  constructor(context: FakeRequestContext) {
    super(context, 'workbook.protection', () => context.model, false, false);
  }
  protected _scalarNames(): string[] {
    return ['protected'];
  }
  protected _readScalar(model: FakeWorkbook): unknown {
    return model.structureProtected;
  }
  get protected(): boolean {
    return this._get('protected');
  }
}
