/**
 * From the scored sheet's names and grid to the engine's input (workbook-contract.md §1), plus the
 * findings about the workbook itself (broken names, shapes) and where the indicator block sits.
 */
import type { Message } from '../engine/messages/message';
import { wmsg, workbookFinding, zhText } from './messages';
import type {
  BudgetInput,
  EngineInput,
  Finding,
  IndicatorRowInput,
  InputCell,
  ManagementItemInput,
} from '../engine/types';
import { cellAt, isEmptyCell } from './grid';
import { alignColumns, type Alignment, type ColumnRange } from './align';
import {
  INPUT_NAMES,
  REQUIRED_NAMES,
  type InputName,
  inputNamesOnSheet,
  lookupName,
  missingNameMessage,
  nameShape,
  SINGLE_CELL_NAMES,
} from './names';
import { a1, formatReference } from './references';
import type { Area, ScoringSnapshot, SheetGrid, SheetRefusal } from './types';
import { isWholeColumn, skipLeadingHeaderRows, trimWholeGroup } from './wholeRanges';
import { actualWithUnit, joinTarget, rowCells, splitUnit } from './splitTargets';
import { blankRow, skipNonIndicatorRow } from './formRows';

/** Where the scored indicator rows are: the rows of PE_Actuals that were read, and the block's right edge. */
export interface IndicatorBlock {
  top: number;
  bottom: number;
  /** Rightmost column of every PE indicator range (output columns go to its right). */
  right: number;
}

export interface ReadInput {
  input: Omit<EngineInput, 'profile'>;
  /** The PE_Profile cell, when the sheet has one (the caller turns it into a ProfileId). */
  profileCell: InputCell | null;
  findings: Finding[];
  /** Null when the indicator block has no rows at all. */
  block: IndicatorBlock | null;
  /** Every PE input range that was resolved: the scorer never writes into these. */
  inputAreas: Area[];
  /** False when part of the sheet could not be read (rows left out, management names incomplete). */
  complete: boolean;
  /** Every input name that was read, with its reference ("'绩效'!$D$4:$D$27"), in contract order. */
  ranges: Record<string, string>;
  /** PE_Reasons cell per indicator row (read, never written), null when absent or blank. */
  reasons: (InputCell | null)[];
}

const OPTIONAL_INDICATOR_NAMES = [
  'PE_Weights',
  'PE_Categories',
  'PE_Names',
  'PE_ReportedRates',
  'PE_ManualScores',
  'PE_Reasons',
] as const satisfies readonly InputName[];
const MANAGEMENT_NAMES = ['PE_MgmtItems', 'PE_MgmtWeights', 'PE_MgmtValues', 'PE_MgmtRules'] as const;

function nameFinding(name: string, text: Message, code: string, level: Finding['level'] = 'error'): Finding {
  return workbookFinding(level, name, code, text);
}

/**
 * Resolves every input name once: good areas (whole columns/rows trimmed, see wholeRanges.ts), the
 * messages for the bad ones, and info findings for header rows left out of a whole-column block.
 */
function resolveAll(snapshot: ScoringSnapshot) {
  const sheet = snapshot.sheet.name;
  const grid = snapshot.sheet.grid;
  const areas = new Map<InputName, Area>();
  const bad = new Map<InputName, Message>();
  for (const name of INPUT_NAMES) {
    const found = lookupName(snapshot.names, sheet, name);
    if (found.kind === 'ok') areas.set(name, found.area);
    if (found.kind === 'bad') bad.set(name, found.text);
  }
  const indicatorNames = [...REQUIRED_NAMES, ...OPTIONAL_INDICATOR_NAMES];
  const wholeColumn = new Set(
    indicatorNames.filter((name) => areas.has(name) && isWholeColumn(areas.get(name)!)),
  );
  trimWholeGroup(areas, indicatorNames, grid);
  trimWholeGroup(areas, MANAGEMENT_NAMES, grid);
  for (const name of INPUT_NAMES) {
    if (!indicatorNames.includes(name) && !(MANAGEMENT_NAMES as readonly InputName[]).includes(name)) {
      trimWholeGroup(areas, [name], grid);
    }
  }
  const headerFindings = skipLeadingHeaderRows(
    areas,
    indicatorNames,
    'PE_Targets',
    wholeColumn,
    grid,
    'PE_Actuals',
  );
  return { areas, bad, headerFindings };
}

/** Drops a resolved area whose shape is wrong for its name, with a finding. */
function checkShape(
  areas: Map<InputName, Area>,
  bad: Map<InputName, Message>,
  name: InputName,
  shape: 'column' | 'cell',
  maxColumns = 1,
): void {
  const area = areas.get(name);
  if (!area) return;
  const wide = area.right - area.left + 1 > maxColumns;
  const tall = area.bottom > area.top;
  if (shape === 'column' && wide) {
    bad.set(name, wmsg('name.not-column', { name, columns: maxColumns, reference: formatReference(area) }));
  } else if (shape === 'cell' && (wide || tall)) {
    bad.set(name, wmsg('name.not-cell', { name, reference: formatReference(area) }));
  } else {
    return;
  }
  areas.delete(name);
}

export function readInput(
  snapshot: ScoringSnapshot,
): { ok: true; read: ReadInput } | { ok: false; refusal: SheetRefusal } {
  const sheet = snapshot.sheet.name;
  const grid = snapshot.sheet.grid;
  const { areas, bad, headerFindings } = resolveAll(snapshot);
  // Same test as findScorableSheets: a broken workbook-level name (#REF!) does not make a sheet "set up".
  if (inputNamesOnSheet(snapshot.names, sheet).length === 0) {
    const text = wmsg('refusal.no-names', { sheet });
    return { ok: false, refusal: { sheet, code: 'no-names', message: zhText(text), text } };
  }
  const missing = REQUIRED_NAMES.filter((name) => !areas.has(name) && !bad.has(name));
  if (missing.length > 0) {
    const text = missingNameMessage(sheet, missing);
    return { ok: false, refusal: { sheet, code: 'missing-required-name', message: zhText(text), text } };
  }
  for (const name of [
    ...REQUIRED_NAMES,
    ...OPTIONAL_INDICATOR_NAMES,
    ...MANAGEMENT_NAMES,
    ...SINGLE_CELL_NAMES,
  ]) {
    const shape = nameShape(name);
    if (shape.kind === 'cell') checkShape(areas, bad, name, 'cell');
    else checkShape(areas, bad, name, 'column', shape.maxColumns);
  }
  const badRequired = REQUIRED_NAMES.find((name) => bad.has(name));
  if (badRequired) {
    const text = wmsg('refusal.bad-name', { sheet, problem: bad.get(badRequired)! });
    return { ok: false, refusal: { sheet, code: 'bad-name', message: zhText(text), text } };
  }

  const findings: Finding[] = INPUT_NAMES.filter((name) => bad.has(name)).map((name) =>
    nameFinding(name, wmsg('name.unused', { problem: bad.get(name)! }), 'name-invalid'),
  );
  findings.push(...headerFindings);
  const cell = (row: number, col: number): InputCell => {
    const found = cellAt(grid, row, col);
    return { address: a1(row, col), value: found.value, numberFormat: found.numberFormat };
  };

  // Indicator block: rows aligned across the ranges; row i of PE_Actuals identifies the indicator.
  const indicatorRanges: ColumnRange[] = [...REQUIRED_NAMES, ...OPTIONAL_INDICATOR_NAMES]
    .filter((name) => areas.has(name))
    .map((name) => ({ name, area: areas.get(name)! }));
  const indicatorAlign = alignColumns(indicatorRanges, 'PE_Actuals');
  findings.push(...indicatorAlign.findings);
  const indicators: IndicatorRowInput[] = [];
  const at = (name: InputName, i: number): InputCell | undefined => {
    const start = indicatorAlign.start.get(name);
    const area = areas.get(name);
    return start === undefined || !area ? undefined : cell(start + i, area.left);
  };
  const targetArea = areas.get('PE_Targets')!;
  const reasons: (InputCell | null)[] = [];
  for (let i = 0; i < indicatorAlign.count; i += 1) {
    const targetCells = rowCells(
      indicatorAlign.start.get('PE_Targets')! + i,
      targetArea.left,
      targetArea.right,
      cell,
    );
    const row: IndicatorRowInput = {
      target: joinTarget(targetCells),
      actual: actualWithUnit(at('PE_Actuals', i)!, splitUnit(targetCells)),
    };
    const optional: [Exclude<keyof IndicatorRowInput, 'history'>, InputName][] = [
      ['weight', 'PE_Weights'],
      ['category', 'PE_Categories'],
      ['name', 'PE_Names'],
      ['reportedRate', 'PE_ReportedRates'],
      ['manualScore', 'PE_ManualScores'],
    ];
    for (const [key, name] of optional) {
      const value = at(name, i);
      if (value) row[key] = value;
    }
    const reason = at('PE_Reasons', i);
    const skipped = skipNonIndicatorRow(row, targetCells);
    if (skipped) findings.push(skipped);
    indicators.push(skipped ? blankRow(row) : row);
    const hasReason = reason && reason.value !== null && String(reason.value).trim() !== '';
    reasons.push(!skipped && hasReason ? reason : null);
  }
  let complete = !leftOutContent(grid, areas, indicatorAlign, REQUIRED_NAMES);
  const actualsStart = indicatorAlign.start.get('PE_Actuals')!;
  const block: IndicatorBlock | null =
    indicatorAlign.count === 0
      ? null
      : {
          top: actualsStart,
          bottom: actualsStart + indicatorAlign.count - 1,
          right: Math.max(...indicatorRanges.map((range) => range.area.right)),
        };

  const management = readManagement(grid, areas, cell, findings);
  if (management === 'incomplete' || management.leftOut) complete = false;

  const input: Omit<EngineInput, 'profile'> = {
    indicators,
    hasWeights: areas.has('PE_Weights'),
    hasCategories: areas.has('PE_Categories'),
    budget: readBudget(areas, cell),
    management: management === 'incomplete' ? null : management.items,
  };
  const profileArea = areas.get('PE_Profile');
  return {
    ok: true,
    read: {
      input,
      profileCell: profileArea ? cell(profileArea.top, profileArea.left) : null,
      findings,
      block,
      inputAreas: INPUT_NAMES.filter((name) => areas.has(name)).map((name) => areas.get(name)!),
      complete,
      reasons,
      ranges: Object.fromEntries(
        INPUT_NAMES.filter((name) => areas.has(name)).map((name) => [
          name,
          formatReference(areas.get(name)!),
        ]),
      ),
    },
  };
}

/** Amounts when both are there, else the rate cell, else whatever part of the amounts exists. */
function readBudget(
  areas: Map<InputName, Area>,
  cell: (row: number, col: number) => InputCell,
): BudgetInput | null {
  const single = (name: InputName) => {
    const area = areas.get(name);
    return area ? cell(area.top, area.left) : null;
  };
  const planned = single('PE_BudgetPlanned');
  const spent = single('PE_BudgetSpent');
  const rate = single('PE_BudgetRate');
  if (planned && spent) return { kind: 'amounts', planned, spent };
  if (rate) return { kind: 'rate', rate };
  if (planned || spent) return { kind: 'amounts', planned, spent };
  return null;
}

/** The four management ranges; rows where all four cells are blank are not items. */
function readManagement(
  grid: SheetGrid,
  areas: Map<InputName, Area>,
  cell: (row: number, col: number) => InputCell,
  findings: Finding[],
): { items: ManagementItemInput[] | null; leftOut: boolean } | 'incomplete' {
  const present = MANAGEMENT_NAMES.filter((name) => areas.has(name));
  if (present.length === 0) return { items: null, leftOut: false };
  const absent = MANAGEMENT_NAMES.filter((name) => !areas.has(name));
  if (absent.length > 0) {
    findings.push(
      nameFinding(absent[0], wmsg('management-incomplete', { absent }), 'management-names-incomplete'),
    );
    return 'incomplete';
  }
  const aligned = alignColumns(
    MANAGEMENT_NAMES.map((name) => ({ name, area: areas.get(name)! })),
    'PE_MgmtItems',
  );
  findings.push(...aligned.findings);
  const items: ManagementItemInput[] = [];
  for (let i = 0; i < aligned.count; i += 1) {
    const [item, weight, value, rule] = MANAGEMENT_NAMES.map((name) =>
      cell(aligned.start.get(name)! + i, areas.get(name)!.left),
    );
    const blank = [item, weight, value, rule].every((c) => c.value === null || c.value === '');
    if (!blank) items.push({ item, weight, value, rule });
  }
  return { items, leftOut: leftOutContent(grid, areas, aligned, MANAGEMENT_NAMES) };
}

/** Whether rows left out by the alignment hold anything (then part of the sheet was not scored). */
function leftOutContent(
  grid: SheetGrid,
  areas: Map<InputName, Area>,
  alignment: Alignment,
  names: readonly InputName[],
): boolean {
  return names.some((name) => {
    const area = areas.get(name);
    const start = alignment.start.get(name);
    if (!area || start === undefined) return false;
    for (let row = area.top; row <= area.bottom; row += 1) {
      const inside = row >= start && row < start + alignment.count;
      if (!inside && !isEmptyCell(cellAt(grid, row, area.left))) return true;
    }
    return false;
  });
}
