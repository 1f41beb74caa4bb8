/**
 * What the task pane can ask of the workbook. The pane only ever talks to this interface, so its
 * components are tested with a plain fake object and never see Office.js.
 * The Excel implementation is ./excel-controller.ts.
 */
import type { ProfileId } from '../engine/types';
import type { InputName } from '../workbook/names';
import type { SheetLayout } from './sheet-layout';
import type { RunOutcome, UndoPlan } from '../workbook/runOutcome';
import type { AllSheetsOutcome } from '../workbook/allSheetsOutcome';

/** Why an action did nothing; the pane turns the code into words (src/taskpane/i18n.ts). */
export type ProblemCode =
  | 'no-table' // detection found no header line with 年度目标值 / 年度实现值
  | 'multi-area' // the selection has several areas
  | 'selection-shape' // wrong shape for that name (e.g. a block where a column is needed)
  | 'other-sheet' // the name or cell is not on the active sheet
  | 'stale-undo' // the held undo's run is no longer the last run (src/app/held-undo.ts): nothing done
  | 'office-error'; // Excel refused; detail holds Excel's own description

export interface Problem {
  code: ProblemCode;
  /** Extra words for the officer, e.g. Excel's error text or the selected address. */
  detail?: string;
  /** The detail as a message (an Excel error: src/hosts/office/messages.ts), for the pane's other languages. */
  detailText?: import('../engine/messages/message').Message;
}

export type ActionResult<T extends object = object> = ({ ok: true } & T) | { ok: false; problem: Problem };

export interface SheetStatus {
  /** The active sheet's name. */
  sheet: string;
  /** PE_* input names that apply to this sheet (sheet-scoped, or workbook-scoped pointing here). */
  names: string[];
  /** The profile stored in PE_Profile, when that name exists and holds a known profile id. */
  profile: ProfileId | null;
  /** Whether PE_Profile exists for this sheet (so a profile choice can be written back). */
  hasProfileCell: boolean;
  /**
   * The workbook keeps the undo of the last run, and it was a run of this sheet (from the ribbon, or
   * a pane since closed): the pane can offer to undo it (undoLastRun).
   */
  canUndoLastRun?: boolean;
  /**
   * That last run was a 评分全部工作表 (offered on every sheet it scored and on its league sheet): its
   * undo undoes the whole run, and the pane says so.
   */
  lastRunAllSheets?: boolean;
  /**
   * The ids of the undo records the host keeps now (Office: the workbook's record, whichever sheet
   * it is of; WPS: this sheet's kept run and the kept 评分全部工作表). Absent: none. An undo the
   * pane holds is offered only while its record id is here (src/app/held-undo.ts).
   */
  recordIds?: string[];
}

/** A name and the A1 address (on the active sheet) it should refer to. */
export interface NameDefinition {
  name: string;
  address: string;
}

/**
 * A run's outcome for the pane; a scored run also carries the sheet's status as the run left it, so
 * the pane need not read it again (one click: one read, one write).
 */
export type PaneRunOutcome = RunOutcome & {
  sheetStatus?: SheetStatus;
  /** After a run that detected (and defined) the ranges: the 评分区域 fold's layout, no read needed. */
  sheetLayout?: SheetLayout;
};

/** 评分全部工作表's outcome for the pane: the active sheet's status after the run, when it was scored. */
export type PaneAllOutcome = AllSheetsOutcome & { sheetStatus?: SheetStatus };

export interface PaneController {
  getSheetStatus(): Promise<ActionResult<{ status: SheetStatus }>>;
  /**
   * Scores the active sheet. `profile` overrides PE_Profile for this run. A sheet without any PE_*
   * name is scored from detection, which defines the names it found (sheet-scoped); when the
   * required parts cannot be found the run is refused with code 'not-found' and nothing is written.
   */
  score(profile?: ProfileId): Promise<PaneRunOutcome>;
  /**
   * 评分全部工作表: every sheet that has (or detects) the inputs, scored as score() would score it,
   * and the sheet 各表评分汇总 written, in one read and one write. A scored outcome carries the active
   * sheet's status as the run left it (no read needed). Its undo goes to undo().
   */
  scoreAll(): Promise<PaneAllOutcome>;
  /**
   * 生成自评报告: scores the active sheet as `score` does and, in the same write, writes its 自评报告
   * sheet (the scorer's own, src/workbook/reportSheet.ts). The outcome's `report` holds the sheet and
   * the text for 复制全文. Same round trips as `score`: one read, one write.
   */
  generateReport(): Promise<PaneRunOutcome>;
  /**
   * Applies an undo the pane holds. `recordId`: the id of the record its run kept (the outcome's
   * undoRecordId; null: none kept): the host first checks, in the read the undo makes anyway, that
   * this is still its current record, and otherwise refuses with code 'stale-undo', writing nothing.
   * Absent: applied unchecked (a caller with no record to compare, e.g. a test).
   */
  undo(plan: UndoPlan, recordId?: string | null): Promise<ActionResult>;
  /**
   * Undoes the last run of `sheet` from the undo record kept in the workbook (a ribbon run too; a
   * 评分全部工作表 that scored `sheet` is undone whole).
   */
  undoLastRun(sheet: string): Promise<ActionResult>;
  /**
   * The active sheet's scoring ranges: every input name, set or not, and what detection proposes
   * (one read; detection runs on the grid read).
   */
  readLayout(): Promise<ActionResult<{ layout: SheetLayout }>>;
  /** Defines the names, scoped to the active sheet, replacing same-named sheet-scoped names. */
  defineNames(definitions: NameDefinition[]): Promise<ActionResult>;
  /**
   * Defines one name, scoped to the active sheet, as the current selection: one cell for the budget
   * and profile names, one column for the others, up to three adjacent columns for PE_Targets
   * (指标性质 | 指标值 | 度量单位).
   */
  useSelectionAs(name: string): Promise<ActionResult<{ address: string }>>;
  /** Adds the bundled example as a new sheet with its own sheet-scoped names, and activates it. */
  insertExample(): Promise<ActionResult<{ sheet: string }>>;
  /** Activates the sheet and selects the cell (Excel scrolls to it). */
  selectCell(sheet: string, address: string): Promise<ActionResult>;
  /** Activates the summary sheet (评分汇总) the last run of `scoredSheet` wrote, at its first cell. */
  showSummary(scoredSheet: string): Promise<ActionResult>;
  /**
   * Calls `onChange` whenever the officer activates another sheet, so the pane's sheet line stays
   * true. Resolves false (and the pane falls back to re-reading on focus) where Excel has no such
   * event (ExcelApi < 1.7, or the test fake).
   */
  watchActiveSheet(onChange: () => void): Promise<boolean>;
  /**
   * Remembers the profile: written into PE_Profile when that name exists ('cell'); otherwise kept
   * for this session's runs only ('session') and the pane says so.
   */
  setProfile(profile: ProfileId): Promise<ActionResult<{ stored: 'cell' | 'session' }>>;
}

/**
 * Every input name an officer may set by hand (docs/workbook-contract.md §1), in the menu's order,
 * with the column it stands for as the sheet's own (Chinese) headers say it.
 */
export const INPUT_NAME_LABELS: Readonly<Record<InputName, string>> = {
  PE_Targets: '年度目标值',
  PE_Actuals: '年度实现值',
  PE_Weights: '分值',
  PE_Categories: '一级/二级指标',
  PE_Names: '指标名称',
  PE_ReportedRates: '指标完成率',
  PE_ManualScores: '人工评分',
  PE_Reasons: '偏差原因',
  PE_BudgetPlanned: '年度预算',
  PE_BudgetSpent: '决算支出',
  PE_BudgetRate: '预算执行率',
  PE_MgmtItems: '管理项目',
  PE_MgmtWeights: '管理项目分值',
  PE_MgmtValues: '管理项目实际值',
  PE_MgmtRules: '管理项目规则',
  PE_Profile: '评分规则',
};

// The list of input names itself is src/workbook/names.ts's INPUT_NAMES (one list): the labels are
// keyed by its type, so a name added there without a label here does not compile.
