/**
 * The contract between the hosts (Office.js, .xlsx) and the pure workbook mapping.
 *
 * Data flows one way: a host reads a ScoringSnapshot (one batch of reads) -> the mapping turns it
 * into EngineInput -> the engine scores -> the mapping builds a WritePlan -> the host applies it
 * (one batch of writes). The mapping never touches a host; a host never decides a score.
 *
 * Coordinates are 0-based (row 0 = Excel row 1, col 0 = column A) unless a field says "A1".
 */
import type { CellValue } from '../engine/types';

export type { CellValue };

/** A defined name exactly as the workbook stores it. */
export interface DefinedName {
  name: string;
  /** 'workbook', or the name of the sheet the name is scoped to. */
  scope: 'workbook' | { sheet: string };
  /**
   * The reference as Excel shows it in Name Manager, without the leading '=' or with it
   * (both accepted): "'绩效指标'!$E$4:$E$27", "Sheet1!$E:$E", "#REF!", "Sheet1!$A$1,Sheet1!$C$1".
   */
  formula: string;
  /**
   * Hidden (Name Manager does not list it): what undo gives back to a name a run deleted (only the
   * scorer's `_PerfScore_` names are ever deleted). Read with the names, at no extra round trip:
   * Office NamedItem.visible, .xlsx `hidden="1"` for every name; ET Name.Visible (one call each)
   * for the `_PerfScore_` names only. Only ever true; absent: visible, or not read (a name given
   * back is then visible, as Excel adds a name).
   */
  hidden?: boolean;
}

/** A rectangle of cells of one sheet. Rows/cols 0-based, inclusive. */
export interface Area {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A dense block of a sheet (normally its used range) as read from the host.
 * Cells outside the block are empty with the "General" format and no fill.
 */
export interface SheetGrid {
  /** 0-based row/col of values[0][0]. An empty sheet has values = [] . */
  top: number;
  left: number;
  values: CellValue[][];
  /** Formula text ("=SUM(A1:A3)") or null where the cell holds a constant. */
  formulas: (string | null)[][];
  numberFormats: string[][];
  /**
   * Solid fill colour as "#RRGGBB", null for no fill, or OPAQUE_FILL for a fill the host cannot
   * reproduce exactly (a pattern, a theme colour it cannot resolve): the scorer never highlights
   * such a cell, since it could not give the user's fill back.
   */
  fills: (string | null)[][];
  /**
   * Merged areas that touch the grid (0-based, inclusive). Every cell of a merged area counts as
   * occupied: the scorer never writes into one. Absent when the host could not read merges.
   */
  merged?: Area[];
}

/** A fill that exists but cannot be restored exactly by the scorer (see SheetGrid.fills). */
export const OPAQUE_FILL = 'opaque';

export interface SheetSnapshot {
  name: string;
  protected: boolean;
  grid: SheetGrid;
}

/**
 * Everything the mapping needs to score one sheet and plan its writes, read in one batch.
 *
 * `names` holds at least every workbook-scoped name and every name scoped to the scored sheet
 * (the .xlsx host gives all names; Office.js can only cheaply give those two collections).
 * `otherSheets` holds the grids of the scorer's own output sheets of this scored sheet, i.e. the
 * sheets that the scored sheet's PE_OutSummary / PE_OutDeductions names point at, when they exist
 * (the summary sheet carries the memory of fills the previous run put on user cells). Every other
 * sheet is known only by name (`sheetNames`).
 */
export interface ScoringSnapshot {
  sheet: SheetSnapshot;
  /** Every defined name of the workbook, workbook- and sheet-scoped, of every sheet. */
  names: DefinedName[];
  /** Names of every sheet in the workbook, in tab order. */
  sheetNames: string[];
  otherSheets: SheetSnapshot[];
  /**
   * The workbook's structure is protected (Excel: 审阅 → 保护工作簿): no sheet can be added. Absent
   * means not protected (hosts that cannot tell).
   */
  structureProtected?: boolean;
}

/**
 * A formula to be written as a formula ("=SUM(A1:A3)", with its "="). Only undo writes these: it puts
 * back a formula the run overwrote. Nothing the scorer computes is ever a formula.
 */
export interface FormulaWrite {
  formula: string;
}

/**
 * A cell value the scorer writes. null clears the cell (only ever in the scorer's own places). A
 * string is ALWAYS literal text, whatever it starts with ("=", "+", "-", "@", "'"): every host writes
 * it so the cell holds that text (an indicator named "=HYPERLINK(…)" never becomes a live formula).
 * Formulas are their own kind, FormulaWrite.
 */
export type WriteValue = ConstantWrite | FormulaWrite;

/** A constant: text (always text), number, boolean, or null for an empty cell. */
export type ConstantWrite = string | number | boolean | null;

export function isFormulaWrite(value: WriteValue | undefined): value is FormulaWrite {
  return typeof value === 'object' && value !== null && typeof value.formula === 'string';
}

/**
 * A rectangular block of values for one sheet. Hosts write it as one 2-D range assignment.
 * numberFormats, when given, has the same shape as values.
 */
export interface BlockWrite {
  sheet: string;
  top: number;
  left: number;
  values: WriteValue[][];
  numberFormats?: string[][];
}

/** A solid fill on one cell; color null removes the fill. */
export interface FillWrite {
  sheet: string;
  row: number;
  col: number;
  color: string | null;
}

export interface NameAdd {
  name: string;
  scope: 'workbook' | { sheet: string };
  /** "'Sheet'!$H$4:$H$27" style, absolute, with the sheet name quoted when needed. */
  formula: string;
  /**
   * A host that adds the name hides it (Excel NamedItem.visible = false, ET Name.Visible = False,
   * .xlsx hidden="1"): the scorer's own memory names (reserved prefix `_PerfScore_`, memoryNames.ts),
   * and in an undo a deleted name that was hidden (DefinedName.hidden).
   */
  hidden?: boolean;
  /**
   * True when the name does not exist when this is applied and must be added, never redefined: only
   * undo sets it, putting back a memory name the run deleted. Otherwise a host adds the name when its
   * snapshot lacks it and redefines it when it has it (undo: redefines).
   */
  create?: boolean;
}

/** A defined name by name and scope (one the plan deletes). */
export interface NameRef {
  name: string;
  scope: 'workbook' | { sheet: string };
}

/** A sheet owned by the scorer: created if missing, otherwise its contents are replaced. */
export interface SheetWrite {
  name: string;
  /** True when the sheet does not exist yet and must be added (after the scored sheet). */
  create: boolean;
  /** Full contents, starting at A1. The host clears the sheet's old contents first. */
  rows: WriteValue[][];
  numberFormats?: (string | null)[][];
  /** Column widths in characters, optional presentation hint. */
  columnWidths?: number[];
  /** Fills to put on this sheet (e.g. header row), in the same coordinates as rows. */
  fills?: { row: number; col: number; color: string }[];
  /**
   * Presentation for a sheet laid out for printing (the 自评报告 sheet, reportSheet.ts): cells set in
   * bold, and columns whose text wraps (over the rows written). Every host applies them (Office
   * format.font.bold / format.wrapText, ET Font.Bold / WrapText, .xlsx a bold font / wrap alignment
   * style); they are not read back: undo of a replaced output sheet derives them (and its widths
   * and page) from its restored contents (outputPresentation.ts), the rule the sheet was written by.
   */
  bold?: { row: number; col: number }[];
  wrapColumns?: number[];
  /**
   * The printed page, where the host can set it (Office: ExcelApi 1.9 pageLayout; ET: PageSetup;
   * .xlsx: <pageSetup>). Absent: the host's default page.
   */
  pageSetup?: PageSetupWrite;
}

/** A4 portrait: the only page the scorer asks for (the 自评报告 sheet). */
export interface PageSetupWrite {
  paper: 'A4';
  orientation: 'portrait';
}

/** Everything one run writes, computed before anything is written. */
export interface WritePlan {
  /** The scored sheet's name. */
  sheet: string;
  blocks: BlockWrite[];
  fills: FillWrite[];
  names: NameAdd[];
  /**
   * Names to delete, after `names`: only ever the scorer's own memory names (`_PerfScore_*` of the
   * scored sheet) that the memory no longer needs. Absent = none.
   */
  deleteNames?: NameRef[];
  sheets: SheetWrite[];
}

/** What the mapping tells a host after planning, beyond the plan itself. */
export interface PlannedRun {
  plan: WritePlan;
  /** Findings about the workbook itself (names, shapes) merged with the engine's. */
  result: import('../engine/types').ScoreResult;
  /**
   * 'detected' when this run found the ranges itself (the sheet had no PE_* names; the plan defines
   * them, sheet-scoped); 'names' when it read the sheet's names.
   */
  layout: 'names' | 'detected';
  /** Every input name read, with its reference: { PE_Targets: "'绩效'!$D$4:$D$27", … }. */
  ranges: Record<string, string>;
  /** The detection this run scored from (layout 'detected'), else null. */
  detection: import('./detect').Detection | null;
  /**
   * The 自评报告 this run writes (planScoring's `report`, or a report sheet the scored sheet already
   * owns): the sheet it goes to and the report as plain text (the pane's 复制全文); else null.
   */
  report: { sheet: string; text: string } | null;
}

/** Why a sheet could not be scored at all (nothing is written). */
export interface SheetRefusal {
  sheet: string;
  /** e.g. "工作表 Sheet1 缺少 PE_Actuals" */
  message: string;
  code: 'missing-required-name' | 'no-names' | 'protected' | 'bad-name' | 'not-found';
  /** The message as code and parameters (src/workbook/messages), for the pane's other languages. */
  text?: import('../engine/messages/message').Message;
  /**
   * With code 'not-found' (planning with detection on a sheet without names, and the required parts
   * could not be found): everything detection found and did not find, for the setup card.
   */
  detection?: import('./detect').Detection;
}
