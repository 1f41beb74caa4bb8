/**
 * An in-memory WPS 表格 (ET) for tests, over the SAME workbook model as the Excel fake
 * (test/fakes/excel/model.ts), so one FakeWorkbook can be scored by either host and dumped with
 * dumpWorkbook. Synchronous like ET, 1-based Item(), Value2 as 2-D arrays (a scalar for one cell),
 * errors as CVErr codes, BGR colours, ColorIndex -4142 for no fill, NumberFormat / Interior /
 * MergeCells null when mixed, every call counted; the quirks real builds differ in are switches
 * (counter.ts). Plain TypeScript, no Node APIs: the browser test can bundle it.
 *
 *   const et = createFakeEt(workbook, { generalFormat: 'G/通用格式' });
 *   scoreActiveSheet(et.Application); et.stats.calls
 */
import type { FakeWorkbook } from '../excel/model';
import { Counter, type EtFakeOptions, type EtStats } from './counter';
import { EtFakeRange } from './range';
import { EtFakeNames, EtFakeWorksheet, EtFakeWorksheets } from './sheets';

export type { EtFakeOptions, EtStats } from './counter';
export { EtInjectedError, EtProtectedError, isWrite } from './counter';

export class EtFakeApplication {
  private updating = true;
  private alerts = true;

  constructor(
    readonly workbook: FakeWorkbook,
    private readonly counter: Counter,
  ) {}

  get ActiveWorkbook() {
    this.counter.tick('Application.ActiveWorkbook');
    const { workbook, counter } = this;
    return {
      get Worksheets() {
        counter.tick('Workbook.Worksheets');
        return new EtFakeWorksheets(workbook, counter);
      },
      get Names() {
        counter.tick('Workbook.Names');
        return new EtFakeNames(workbook, null, counter);
      },
      get ProtectStructure() {
        counter.tick('Workbook.ProtectStructure');
        return workbook.structureProtected;
      },
    };
  }
  get ActiveSheet(): EtFakeWorksheet {
    this.counter.tick('Application.ActiveSheet');
    if (!this.workbook.activeSheet) throw new Error('EtFake: no active sheet');
    return new EtFakeWorksheet(this.workbook.activeSheet, this.counter);
  }
  get ScreenUpdating(): boolean {
    this.counter.tick('Application.ScreenUpdating');
    return this.updating;
  }
  set ScreenUpdating(on: boolean) {
    this.counter.tick('Application.ScreenUpdating=');
    this.counter.stats.screenUpdating.push(on);
    this.updating = on;
  }
  /** Every StatusBar text set, in order (the ribbon command reports there). */
  readonly statusBar: (string | boolean)[] = [];
  private readonly listeners = new Map<string, ((...args: unknown[]) => void)[]>();

  get StatusBar(): string | boolean {
    this.counter.tick('Application.StatusBar');
    return this.statusBar[this.statusBar.length - 1] ?? false;
  }
  set StatusBar(text: string | boolean) {
    this.counter.tick('Application.StatusBar=');
    this.statusBar.push(text);
  }

  get Selection(): EtFakeRange {
    this.counter.tick('Application.Selection');
    const selection = this.workbook.selection;
    if (!selection) throw new Error('EtFake: nothing selected');
    return new EtFakeRange(selection.sheet, [{ ...selection.area }], this.counter);
  }

  get ApiEvent() {
    this.counter.tick('Application.ApiEvent');
    return {
      AddApiEventListener: (event: string, handler: (...args: unknown[]) => void) => {
        this.counter.tick('ApiEvent.AddApiEventListener');
        this.listeners.set(event, [...(this.listeners.get(event) ?? []), handler]);
      },
    };
  }

  /** Test helper (not ET): the officer activates a sheet; SheetActivate listeners run. */
  userActivates(name: string): void {
    const sheet = this.workbook.sheet(name);
    this.workbook.activate(sheet);
    for (const handler of this.listeners.get('SheetActivate') ?? [])
      handler(new EtFakeWorksheet(sheet, this.counter));
  }

  get DisplayAlerts(): boolean {
    this.counter.tick('Application.DisplayAlerts');
    return this.alerts;
  }
  set DisplayAlerts(on: boolean) {
    this.counter.tick('Application.DisplayAlerts=');
    this.alerts = on;
  }
}

export interface FakeEt {
  Application: EtFakeApplication;
  stats: EtStats;
  resetStats(): void;
  /** Worksheet.PageSetup refuses every setting from now on (a WPS without a printer). */
  failPageSetup(): void;
  /**
   * The `at`-th write call from now on (1-based, counting from the last resetStats; null: none)
   * throws before it changes anything, as ET refusing it would.
   */
  failWriteAt(at: number | null): void;
}

export function createFakeEt(workbook: FakeWorkbook, options: EtFakeOptions = {}): FakeEt {
  const counter = new Counter(options);
  return {
    Application: new EtFakeApplication(workbook, counter),
    stats: counter.stats,
    resetStats: () => counter.reset(),
    failPageSetup: () => {
      counter.pageSetupFails = true;
    },
    failWriteAt: (at) => {
      counter.failWriteAt = at;
    },
  };
}
