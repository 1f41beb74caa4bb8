/**
 * Detection: from a sheet's cells alone, propose every PE_* input name the contract knows
 * (docs/workbook-contract.md §5). Pure; shared by the pane, the ribbon and the command line.
 *
 * Never guesses silently: every found part names the header (or label) it came from, every part not
 * found says what its absence costs, and the chosen profile says why.
 */
import type { Finding, ProfileId } from '../../engine/types';
import type { Message } from '../../engine/messages/message';
import { wmsg, zhText } from '../messages';
import { a1, formatReference } from '../references';
import type { Area, NameAdd, SheetGrid } from '../types';
import { findBudgetBlock, type BudgetPart } from './budget';
import { findManagementBlock, type ManagementPart } from './management';
import { PART_SPECS, type DetectName, type DetectPart } from './parts';
import { chooseProfile } from './profile';
import { findIndicatorTable, type TablePart } from './table';
import { SheetView } from './text';

export interface DetectedPart {
  part: DetectPart;
  /** The PE_* name the part becomes. */
  name: DetectName;
  /** What the part is called on the checklist, e.g. 年度目标值. */
  label: string;
  required: boolean;
  status: 'found' | 'not-found';
  /** The proposed range (0-based), null when not found. */
  area: Area | null;
  /** "'Sheet'!$D$4:$D$27", null when not found. */
  reference: string | null;
  /** The header or label text it came from, as written (a split target: "年度指标值（指标性质 | 指标值 | 度量单位）"). */
  header: string | null;
  /** A1 address of that header cell. */
  headerCell: string | null;
  /** What the absence costs (null when found, or when nothing is lost). */
  consequence: string | null;
}

export interface Detection {
  sheet: string;
  /** True when the required parts (targets, actuals) and at least one indicator row were found. */
  ok: boolean;
  /** Every part, found or not, in checklist order (PART_SPECS). */
  parts: DetectedPart[];
  /** The indicator table (0-based rows), null when no header line was found. */
  table: { headerTop: number; headerBottom: number; firstRow: number; lastRow: number } | null;
  profile: { id: ProfileId; reason: string; reasonText?: Message };
  /** What detection noticed: a second table, a repeated header, a block it could not use … */
  findings: Finding[];
  /** One line saying why the sheet cannot be scored from detection (null when ok). */
  problem: string | null;
  /** The problem as a message (src/workbook/messages), for the pane's other languages. */
  problemText?: Message | null;
}

const TABLE_PARTS: Record<TablePart, DetectPart> = {
  targets: 'targets',
  actuals: 'actuals',
  weights: 'weights',
  categories: 'categories',
  names: 'names',
  reportedRates: 'reportedRates',
  reasons: 'reasons',
};
const BUDGET_PARTS: Record<BudgetPart, DetectPart> = {
  planned: 'budgetPlanned',
  spent: 'budgetSpent',
  rate: 'budgetRate',
};
const MANAGEMENT_PARTS: Record<ManagementPart, DetectPart> = {
  items: 'mgmtItems',
  weights: 'mgmtWeights',
  values: 'mgmtValues',
  rules: 'mgmtRules',
};

interface Found {
  area: Area;
  header: string;
  headerCell: string;
}

export interface DetectOptions {
  /** Columns holding the scorer's own output (its PE_Out* ranges): never proposed as input. */
  ignoredColumns?: ReadonlySet<number>;
}

export function detectLayout(grid: SheetGrid, sheetName: string, options: DetectOptions = {}): Detection {
  const view = new SheetView(sheetName, grid, options.ignoredColumns);
  const found = new Map<DetectPart, Found>();
  const findings: Finding[] = [];
  const area = (top: number, bottom: number, left: number, right: number): Area => ({
    sheet: sheetName,
    top,
    bottom,
    left,
    right,
  });

  const management = view.empty
    ? { block: null, findings: [], headerRows: new Set<number>() }
    : findManagementBlock(view);
  findings.push(...management.findings);
  const excluded = management.headerRows;
  const table = view.empty ? null : findIndicatorTable(view, excluded);
  let problem: Message | null = null;
  if (!table) {
    problem = view.empty ? wmsg('detect.empty', {}) : wmsg('detect.no-header', {});
  } else {
    findings.push(...table.findings);
    if (table.lastRow < table.firstRow) {
      problem = wmsg('detect.no-rows', { row: table.header.top + 1 });
    }
    for (const [part, column] of Object.entries(table.columns) as [
      TablePart,
      (typeof table.columns)[TablePart],
    ][]) {
      if (!column || table.lastRow < table.firstRow) continue;
      found.set(TABLE_PARTS[part], {
        area: area(table.firstRow, table.lastRow, column.left, column.right),
        header: column.header,
        headerCell: column.cell,
      });
    }
  }
  if (management.block) {
    const block = management.block;
    for (const part of Object.keys(MANAGEMENT_PARTS) as ManagementPart[]) {
      const column = block.columns[part];
      found.set(MANAGEMENT_PARTS[part], {
        area: area(block.firstRow, block.lastRow, column.col, column.col),
        header: column.header,
        headerCell: column.cell,
      });
    }
  }
  // Rows of the indicator table and of the 管理效率 block are never budget labels (an item may be
  // called 预算执行率, with its weight to its right).
  const tableRows = new Set<number>();
  if (table) for (let row = table.header.top; row <= table.lastRow; row += 1) tableRows.add(row);
  if (management.block) {
    for (let row = management.block.headerRow; row <= management.block.lastRow; row += 1) tableRows.add(row);
  }
  const budget = view.empty ? null : findBudgetBlock(view, tableRows);
  if (budget) {
    findings.push(...budget.findings);
    for (const part of Object.keys(BUDGET_PARTS) as BudgetPart[]) {
      const cell = budget.cells[part];
      if (cell)
        found.set(BUDGET_PARTS[part], {
          area: area(cell.row, cell.row, cell.col, cell.col),
          header: cell.header,
          headerCell: cell.headerCell,
        });
    }
  }
  const budgetFound = found.has('budgetRate') || (found.has('budgetPlanned') && found.has('budgetSpent'));
  const profile = view.empty
    ? {
        id: 'guangzhou-dept' as const,
        reason: '工作表是空的',
        reasonText: wmsg('detect.empty', {}),
        cell: null,
      }
    : chooseProfile(view, budgetFound);
  if (profile.cell) {
    const { row, col, label, labelCell } = profile.cell;
    found.set('profile', { area: area(row, row, col, col), header: label, headerCell: labelCell });
  }

  const foundParts = new Set(found.keys());
  const parts: DetectedPart[] = PART_SPECS.map((spec) => {
    const hit = found.get(spec.part);
    return {
      part: spec.part,
      name: spec.name,
      label: spec.label,
      required: spec.required,
      status: hit ? 'found' : 'not-found',
      area: hit?.area ?? null,
      reference: hit ? formatReference(hit.area) : null,
      header: hit?.header ?? null,
      headerCell: hit?.headerCell ?? null,
      consequence: hit ? null : spec.consequence(profile.id, foundParts),
    };
  });
  const missingRequired = parts.filter((p) => p.required && p.status === 'not-found');
  if (!problem && missingRequired.length > 0) {
    const parts = missingRequired.map((p) =>
      wmsg('detect.cost', { name: p.name, text: p.consequence ?? '' }),
    );
    problem = wmsg('detect.missing', { parts });
  }
  return {
    sheet: sheetName,
    ok: problem === null,
    parts,
    table: table
      ? {
          headerTop: table.header.top,
          headerBottom: table.header.bottom,
          firstRow: table.firstRow,
          lastRow: table.lastRow,
        }
      : null,
    profile: { id: profile.id, reason: profile.reason, reasonText: profile.reasonText },
    findings,
    problem: problem ? zhText(problem) : null,
    problemText: problem,
  };
}

/** The found parts as sheet-scoped names (what the scorer defines so the next run reads the same cells). */
export function detectedNames(detection: Detection): NameAdd[] {
  return detection.parts
    .filter((part) => part.status === 'found' && part.reference !== null)
    .map((part) => ({ name: part.name, scope: { sheet: detection.sheet }, formula: part.reference! }));
}

/** "工作表 Sheet1 没有 PE_* 名称，也未能自动识别评分区域：未找到实际完成值列：无法评分" */
export function notFoundMessage(detection: Detection): Message {
  const problem = detection.problemText ?? detection.problem ?? '';
  return wmsg('refusal.not-found', { sheet: detection.sheet, problem });
}

/** The A1 address of a detected part's first cell, for messages. */
export function partAddress(part: DetectedPart): string | null {
  return part.area ? a1(part.area.top, part.area.left) : null;
}
