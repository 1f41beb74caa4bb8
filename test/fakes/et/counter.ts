/** Counted ET calls and the fake's switches (the quirks real WPS builds differ in). */
export interface EtFakeOptions {
  /** How an empty cell comes back in Value2: undefined (default) or null. */
  emptyAs?: 'undefined' | 'null';
  /** Value2 / Formula of a one-cell range as a bare scalar (default true, as in Excel's VBA). */
  scalarForOneCell?: boolean;
  /** The General format's spelling: "General" (default) or "G/通用格式" (Chinese WPS builds). */
  generalFormat?: string;
  /** Worksheet.Names entries named "Sheet!PE_X" (default true, VBA's spelling) or plain "PE_X". */
  sheetNamePrefix?: boolean;
  /** Range.Value(11) gives the XML Spreadsheet (default true); false: it throws (bisection then). */
  xmlSpreadsheet?: boolean;
  /** Workbook.Names also lists every sheet-scoped name, as "Sheet!PE_X" (default false). */
  workbookNamesListAll?: boolean;
}

export interface EtStats {
  /** Every property get/set and method call on an ET object (each crosses into WPS). */
  calls: number;
  byMember: Record<string, number>;
  /** Every value ScreenUpdating was set to, in order. */
  screenUpdating: boolean[];
  /** Every call that changes the workbook (isWrite), in order: what failWriteAt counts. */
  writes: string[];
}

/** Methods that change the workbook; every property set does too, except the Application's own. */
const WRITE_METHODS = new Set([
  'Names.Add',
  'Name.Delete',
  'Worksheets.Add',
  'Worksheet.Delete',
  'Range.Clear',
  'Range.Merge',
  'Rows.AutoFit',
]);

export const isWrite = (member: string) =>
  WRITE_METHODS.has(member) || (member.endsWith('=') && !member.startsWith('Application.'));

/** The error an injected failure throws (as ET throws: a plain error with WPS's text). */
export class EtInjectedError extends Error {
  constructor(readonly member: string) {
    super(`EtFake: 写入失败 (injected failure at ${member})`);
  }
}

export class Counter {
  readonly stats: EtStats = { calls: 0, byMember: {}, screenUpdating: [], writes: [] };
  /** Test switch, not a build's quirk (the probe does not report it): PageSetup throws, as without a printer. */
  pageSetupFails = false;
  /**
   * Test switch: the write call with this 1-based number (counted in stats.writes) throws an
   * EtInjectedError before it changes anything, as ET refusing it would; null = none.
   */
  failWriteAt: number | null = null;
  constructor(readonly options: EtFakeOptions) {}

  tick(member: string): void {
    this.stats.calls++;
    this.stats.byMember[member] = (this.stats.byMember[member] ?? 0) + 1;
    if (!isWrite(member)) return;
    this.stats.writes.push(member);
    if (this.stats.writes.length === this.failWriteAt) throw new EtInjectedError(member);
  }

  reset(): void {
    this.stats.calls = 0;
    this.stats.byMember = {};
    this.stats.screenUpdating.length = 0;
    this.stats.writes.length = 0;
  }
}

/** A protected sheet refuses writes, as WPS does (its message names protection). */
export class EtProtectedError extends Error {
  constructor(sheet: string) {
    super(`工作表“${sheet}”受保护，无法修改。(The sheet is protected.)`);
  }
}
