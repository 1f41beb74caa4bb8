/** ET Worksheet, Worksheets, Names and Name over the shared in-memory model. */
import { MAX_COLS, MAX_ROWS, parseArea, quoteSheetName, type CellArea } from '../excel/address';
import type { FakeName, FakeSheet, FakeWorkbook } from '../excel/model';
import type { Counter } from './counter';
import { EtFakeRange } from './range';

export class EtFakeName {
  constructor(
    private readonly entry: FakeName,
    private readonly list: FakeName[],
    private readonly workbook: FakeWorkbook,
    private readonly sheet: FakeSheet | null,
    private readonly counter: Counter,
  ) {}

  get Name(): string {
    this.counter.tick('Name.Name');
    const prefix = this.sheet ? `${quoteSheetName(this.sheet.name)}!` : '';
    return prefix + this.entry.name;
  }
  get RefersTo(): string {
    this.counter.tick('Name.RefersTo');
    return this.workbook.nameFormulaText(this.entry.formula);
  }
  set RefersTo(formula: string) {
    this.counter.tick('Name.RefersTo=');
    this.entry.formula = this.workbook.parseNameFormula(formula);
  }
  /** False for a hidden name (Name Manager does not list it). */
  get Visible(): boolean {
    this.counter.tick('Name.Visible');
    return this.entry.visible;
  }
  set Visible(visible: boolean) {
    this.counter.tick('Name.Visible=');
    this.entry.visible = visible;
  }
  Delete(): void {
    this.counter.tick('Name.Delete');
    const index = this.list.indexOf(this.entry);
    if (index >= 0) this.list.splice(index, 1);
  }
}

/** A collection of names: the workbook's (sheet null) or one sheet's. */
export class EtFakeNames {
  constructor(
    private readonly workbook: FakeWorkbook,
    private readonly sheet: FakeSheet | null,
    private readonly counter: Counter,
  ) {}

  private entries(): { entry: FakeName; list: FakeName[]; sheet: FakeSheet | null }[] {
    if (this.sheet) {
      const prefixed = this.counter.options.sheetNamePrefix !== false;
      return this.sheet.names.map((entry) => ({
        entry,
        list: this.sheet!.names,
        sheet: prefixed ? this.sheet : null,
      }));
    }
    const own = this.workbook.names.map((entry) => ({ entry, list: this.workbook.names, sheet: null }));
    if (!this.counter.options.workbookNamesListAll) return own;
    return [
      ...own,
      ...this.workbook.sheets.flatMap((s) => s.names.map((entry) => ({ entry, list: s.names, sheet: s }))),
    ];
  }

  private wrap(found: { entry: FakeName; list: FakeName[]; sheet: FakeSheet | null }): EtFakeName {
    return new EtFakeName(found.entry, found.list, this.workbook, found.sheet, this.counter);
  }

  get Count(): number {
    this.counter.tick('Names.Count');
    return this.entries().length;
  }

  /** 1-based index, or the name (with or without the "Sheet!" prefix). */
  Item(index: number | string): EtFakeName {
    this.counter.tick('Names.Item');
    const entries = this.entries();
    if (typeof index === 'number') {
      const found = entries[index - 1];
      if (!found) throw new Error(`EtFake: no name at ${index}`);
      return this.wrap(found);
    }
    const bare = index.slice(index.lastIndexOf('!') + 1).toLowerCase();
    const found = entries.find((e) => e.entry.name.toLowerCase() === bare);
    if (!found) throw new Error(`EtFake: no name ${index}`);
    return this.wrap(found);
  }

  /** Adds the name in this collection's scope; an existing one of that scope is redefined (VBA). */
  Add(name: string, refersTo: string): EtFakeName {
    this.counter.tick('Names.Add');
    const list = this.sheet ? this.sheet.names : this.workbook.names;
    const existing = list.find((n) => n.name.toLowerCase() === name.toLowerCase());
    if (existing) existing.formula = this.workbook.parseNameFormula(refersTo);
    const entry =
      existing ??
      this.workbook.defineName(name, refersTo, this.sheet ? { sheet: this.sheet.name } : 'workbook');
    return this.wrap({ entry, list, sheet: this.sheet });
  }
}

export class EtFakeWorksheet {
  constructor(
    readonly sheet: FakeSheet,
    private readonly counter: Counter,
  ) {}

  get Name(): string {
    this.counter.tick('Worksheet.Name');
    return this.sheet.name;
  }
  set Name(name: string) {
    this.counter.tick('Worksheet.Name=');
    if (this.sheet.workbook.findSheet(name) && this.sheet.workbook.findSheet(name) !== this.sheet)
      throw new Error(`EtFake: a sheet named ${name} exists`);
    this.sheet.name = name;
  }
  get ProtectContents(): boolean {
    this.counter.tick('Worksheet.ProtectContents');
    return this.sheet.protected;
  }
  /** Cells with a value or any formatting; a blank A1 on an empty sheet. */
  get UsedRange(): EtFakeRange {
    this.counter.tick('Worksheet.UsedRange');
    const area = this.sheet.usedArea(false) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    return new EtFakeRange(this.sheet, [area], this.counter);
  }
  get Names(): EtFakeNames {
    this.counter.tick('Worksheet.Names');
    return new EtFakeNames(this.sheet.workbook, this.sheet, this.counter);
  }
  get Cells(): EtFakeRange {
    this.counter.tick('Worksheet.Cells');
    return new EtFakeRange(
      this.sheet,
      [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }],
      this.counter,
    );
  }
  Range(address: string): EtFakeRange {
    this.counter.tick('Worksheet.Range');
    const areas = address.split(',').map((part) => parseArea(part.trim()));
    if (areas.some((a) => a === null)) throw new Error(`EtFake: bad address ${address}`);
    return new EtFakeRange(this.sheet, areas as CellArea[], this.counter);
  }
  /** Stored in Office's words (A4, Portrait), as the Excel fake stores pageLayout, so dumps compare. */
  get PageSetup(): { PaperSize: number; Orientation: number } {
    this.counter.tick('Worksheet.PageSetup');
    const sheet = this.sheet;
    const counter = this.counter;
    const set = (key: 'paperSize' | 'orientation', value: string | undefined, member: string) => {
      counter.tick(member);
      if (counter.pageSetupFails) throw new Error('EtFake: 无法设置页面（没有打印机）');
      if (value === undefined) throw new Error(`EtFake: ${member} value not modelled`);
      sheet.pageSetup = { paperSize: 'Letter', orientation: 'Portrait', ...sheet.pageSetup, [key]: value };
    };
    return {
      get PaperSize() {
        counter.tick('PageSetup.PaperSize');
        return sheet.pageSetup?.paperSize === 'A4' ? 9 : 1;
      },
      set PaperSize(code: number) {
        set('paperSize', ({ 9: 'A4', 1: 'Letter' } as Record<number, string>)[code], 'PageSetup.PaperSize=');
      },
      get Orientation() {
        counter.tick('PageSetup.Orientation');
        return sheet.pageSetup?.orientation === 'Landscape' ? 2 : 1;
      },
      set Orientation(code: number) {
        set(
          'orientation',
          ({ 1: 'Portrait', 2: 'Landscape' } as Record<number, string>)[code],
          'PageSetup.Orientation=',
        );
      },
    };
  }

  Activate(): void {
    this.counter.tick('Worksheet.Activate');
    this.sheet.workbook.activate(this.sheet);
  }
  Delete(): void {
    this.counter.tick('Worksheet.Delete');
    if (this.sheet.workbook.sheets.length === 1) throw new Error('EtFake: cannot delete the only sheet');
    this.sheet.workbook.deleteSheet(this.sheet);
  }
}

export class EtFakeWorksheets {
  constructor(
    private readonly workbook: FakeWorkbook,
    private readonly counter: Counter,
  ) {}

  get Count(): number {
    this.counter.tick('Worksheets.Count');
    return this.workbook.sheets.length;
  }
  Item(index: number | string): EtFakeWorksheet {
    this.counter.tick('Worksheets.Item');
    const sheet =
      typeof index === 'number' ? this.workbook.sheets[index - 1] : this.workbook.findSheet(index);
    if (!sheet) throw new Error(`EtFake: no sheet ${index}`);
    return new EtFakeWorksheet(sheet, this.counter);
  }
  /** A new "SheetN" before `before` / after `after` (or first); it becomes the active sheet. */
  Add(before?: EtFakeWorksheet, after?: EtFakeWorksheet): EtFakeWorksheet {
    this.counter.tick('Worksheets.Add');
    // As WPS: a protected workbook structure refuses new sheets.
    if (this.workbook.structureProtected)
      throw new Error('工作簿结构受保护，无法插入工作表。(The workbook structure is protected.)');
    let n = this.workbook.sheets.length + 1;
    while (this.workbook.findSheet(`Sheet${n}`)) n++;
    const position = after
      ? this.workbook.sheets.indexOf(after.sheet) + 1
      : before
        ? this.workbook.sheets.indexOf(before.sheet)
        : 0;
    const sheet = this.workbook.addSheet(`Sheet${n}`, position);
    this.workbook.activate(sheet);
    return new EtFakeWorksheet(sheet, this.counter);
  }
}
