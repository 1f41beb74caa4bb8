/**
 * The narrow part of WPS 表格's spreadsheet API (ET, "et-jsapi") this host uses, owned by the
 * project: the member names and shapes are those of Kingsoft's ET API (VBA-like, synchronous,
 * 1-based `Item`). Everything the host touches is listed here so the fake (test/fakes/et) and a
 * real WPS can be swapped; `Value` is a method in ET, so the host only uses `Value2`.
 *
 * Shapes that differ between WPS builds are read defensively by the host (read-cells.ts): a block's
 * `Value2` / `Formula` may come back as a scalar for one cell, empty cells as undefined or null,
 * errors as CVErr codes (-2146826281 = #DIV/0!), `NumberFormat` / `Interior.Color` / `MergeCells`
 * null when the block is mixed, "General" spelt "G/通用格式" in Chinese builds.
 *
 * Checked against Kingsoft's declarations (et-jsapi-declare) in a test-only compile:
 * test/wps-types/et-compat.ts (tsconfig.et-check.json), which also lists the declarations' known
 * error this interface does not follow (Sheets.Item).
 */

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook;
  readonly ActiveSheet: EtWorksheet;
  ScreenUpdating: boolean;
  /** False suppresses WPS's confirmation dialog when a sheet is deleted (undo). */
  DisplayAlerts: boolean;
  /** The selection (a Range on a worksheet); used only by the pane's "use selection as …". */
  readonly Selection?: EtRange;
  /**
   * One line at the bottom of the window: where the ribbon command reports (never alert()). Written
   * as text; read back it may be text, a number or false (et-jsapi-declare: string | number | boolean).
   */
  StatusBar?: string | number | boolean;
  /** WPS's event hub: AddApiEventListener('SheetActivate', fn) keeps the pane's sheet line true. */
  readonly ApiEvent?: {
    AddApiEventListener(event: 'SheetActivate', handler: (sheet: unknown) => void): void;
  };
}

export interface EtWorkbook {
  /** The file name (pane-only: keys the last run's undo per workbook; absent on the fake). */
  readonly Name?: string;
  readonly Worksheets: EtWorksheets;
  /** Workbook-scoped names (some builds also list sheet-scoped ones, spelt "Sheet!Name"). */
  readonly Names: EtNames;
  /** 保护工作簿 (structure): sheets cannot be added. Read so a run that adds one refuses first. */
  readonly ProtectStructure: boolean;
}

export interface EtWorksheets {
  readonly Count: number;
  Item(index: number | string): EtWorksheet;
  /** The new sheet goes before `Before` or after `After`, and becomes the active sheet. */
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet;
}

export interface EtWorksheet {
  Name: string;
  readonly ProtectContents: boolean;
  readonly UsedRange: EtRange;
  /** Names scoped to this sheet (`Name.Name` may carry the "Sheet!" prefix). */
  readonly Names: EtNames;
  /** Every cell of the sheet. */
  readonly Cells: EtRange;
  Range(address: string): EtRange;
  Activate(): void;
  Delete(): void;
  /** The printed page (xlPaperA4 = 9, xlPortrait = 1). Optional: setting it can fail without a printer. */
  readonly PageSetup?: { PaperSize: number; Orientation: number };
}

export interface EtRange {
  Value2: unknown;
  /**
   * A method in ET. With 11 (xlRangeValueXMLSpreadsheet) the range as an XML Spreadsheet 2003
   * document: values, formats, fills and merges in one call (xml-spreadsheet.ts).
   */
  Value(RangeValueDataType?: number): unknown;
  Formula: unknown;
  /** One format for the whole range; null when its cells differ. */
  NumberFormat: unknown;
  readonly Interior: EtInterior;
  /** True when every cell is merged, false when none, null when mixed. */
  readonly MergeCells: boolean | null;
  /** The merged area a (single) cell belongs to. */
  readonly MergeArea: EtRange;
  /** 1-based row / column of the range's first cell. */
  readonly Row: number;
  readonly Column: number;
  /** `AutoFit` fits the rows' heights to their (wrapped) text; optional, as in the pane's uses. */
  readonly Rows: { readonly Count: number; AutoFit?(): unknown };
  readonly Columns: { readonly Count: number };
  /** "$A$1:$C$9" — a method in ET. */
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  Clear(): void;
  /** In characters of the default font, as in Excel's VBA. */
  ColumnWidth: number;
  /** Pane-only: select the range (Excel scrolls to it), merge it. */
  Select?(): void;
  Merge?(): void;
  /** Bold on every cell of the range (null when mixed): the 自评报告's headings, as one union. */
  readonly Font: { Bold: boolean | null };
  /** Text wraps in the range's cells (null when mixed). */
  WrapText: boolean | null;
}

export interface EtInterior {
  /** A BGR long (0xBBGGRR); null when the range's fills differ. */
  Color: number | null;
  /** -4142 (xlColorIndexNone) when there is no fill; null when mixed. */
  ColorIndex: number | null;
  /** 1 = solid, -4142 = none, other values are hatchings; null when mixed. */
  readonly Pattern: number | null;
}

export interface EtNames {
  readonly Count: number;
  Item(index: number | string): EtName;
  Add(Name: string, RefersTo: string): EtName;
}

export interface EtName {
  readonly Name: string;
  /**
   * The formula the name refers to ("=Sheet1!$A$1:$A$9"). Read as text or a boolean: the Excel object
   * model (which ET follows) documents a String, et-jsapi-declare declares `string | boolean`, so the
   * host reads it with String(…) and a non-formula is a broken name; written as text.
   */
  get RefersTo(): string | boolean;
  set RefersTo(formula: string);
  /** False: a hidden name (the scorer's memory names; Name Manager does not list them). */
  Visible: boolean;
  Delete(): void;
}

/** xlColorIndexNone / xlNone. */
export const XL_NONE = -4142;
/** xlPatternSolid. */
export const XL_SOLID = 1;
