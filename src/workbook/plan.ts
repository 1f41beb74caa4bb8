/**
 * planScoring: one sheet from snapshot to write plan.
 * resolve names -> read the grid into EngineInput -> scoreEvaluation -> merge the mapping's own
 * findings -> place the output columns, highlights and output sheets -> WritePlan.
 */
import { scoreEvaluation } from '../engine';
import { FLAG_LABELS } from '../engine/flags';
import type { Finding, Flag, IndicatorResult, ProfileId, ScoreResult } from '../engine/types';
import { cellAt } from './grid';
import { planHighlights, readMemory, wantedHighlights } from './highlights';
import { OUTPUT_HEADERS, chooseOutputColumns, type OutputColumn } from './outputColumns';
import { OUTPUT_NAMES, type OutputKey } from './outputNames';
import {
  DEDUCTIONS_SHEET,
  SUMMARY_SHEET,
  chooseOutputSheet,
  deductionsSheet,
  summarySheet,
} from './outputSheets';
import { followOldRecord, readOutputRecord } from './outputRecord';
import { memoryNameChanges, readNamedMemory } from './memoryNames';
import { readInput, type IndicatorBlock } from './readInput';
import { chooseBase, readRules } from './rulesInput';
import { readHistory } from './historyInput';
import { detectedRows, detectedRunNames, laterDetectedRecord } from './detectRecord';
import { detectStep, withReasons } from './detectStep';
import { reportStep, reportWanted } from './reportSheet';
import { sameText } from './references';
import { RATE_FORMAT, SCORE_FORMAT } from './sheetTable';
import type {
  BlockWrite,
  NameAdd,
  PlannedRun,
  ScoringSnapshot,
  SheetGrid,
  SheetRefusal,
  WriteValue,
} from './types';

import { PROTECTED_MESSAGE, STRUCTURE_PROTECTED_MESSAGE } from './refusalMessages';

export { PROTECTED_MESSAGE, STRUCTURE_PROTECTED_MESSAGE };

/** 标记 column words (the engine's one table, src/engine/flags.ts); ok is written as a blank cell. */
export const FLAG_WORDS: Record<Flag, string | null> = {
  over150: FLAG_LABELS.over150['zh-CN'],
  review: FLAG_LABELS.review['zh-CN'],
  under100: FLAG_LABELS.under100['zh-CN'],
  error: FLAG_LABELS.error['zh-CN'],
  ok: null,
};

const COLUMN_FORMATS: Record<OutputKey, string> = {
  rates: RATE_FORMAT,
  scores: SCORE_FORMAT,
  flags: 'General',
  notes: 'General',
};

function columnValue(key: OutputKey, indicator: IndicatorResult | undefined): WriteValue {
  if (!indicator) return null; // a completely empty row, skipped by the engine: all four blank
  switch (key) {
    case 'rates':
      return indicator.displayRate;
    case 'scores':
      return indicator.score;
    case 'flags':
      return FLAG_WORDS[indicator.flag];
    case 'notes':
      return indicator.note || null;
  }
}

/** The value blocks of the four columns: header (when written), the block's rows, stale rows cleared. */
function columnBlocks(
  sheet: string,
  grid: SheetGrid,
  block: IndicatorBlock,
  columns: OutputColumn[],
  result: ScoreResult,
): BlockWrite[] {
  const byRow = new Map(result.indicators.map((indicator) => [indicator.row, indicator]));
  const blocks: BlockWrite[] = [];
  for (const column of columns) {
    const values: WriteValue[][] = [];
    const numberFormats: string[][] = [];
    if (column.writeHeader) {
      values.push([OUTPUT_HEADERS[column.key]]);
      numberFormats.push([cellAt(grid, block.top - 1, column.col).numberFormat]);
    }
    for (let row = block.top; row <= block.bottom; row += 1) {
      values.push([columnValue(column.key, byRow.get(row - block.top))]);
      numberFormats.push([COLUMN_FORMATS[column.key]]);
    }
    const top = column.writeHeader ? block.top - 1 : block.top;
    blocks.push({ sheet, top, left: column.col, values, numberFormats });
    // The previous run's cells that are no longer indicator rows are the scorer's: clear them.
    const previous = column.previous;
    if (previous) {
      if (previous.top < top) {
        blocks.push(clearBlock(sheet, previous.top, Math.min(previous.bottom, top - 1), column.col));
      }
      if (previous.bottom > block.bottom) {
        blocks.push(clearBlock(sheet, Math.max(previous.top, block.bottom + 1), previous.bottom, column.col));
      }
    }
  }
  return blocks;
}

function clearBlock(sheet: string, top: number, bottom: number, col: number): BlockWrite {
  return { sheet, top, left: col, values: Array.from({ length: bottom - top + 1 }, () => [null]) };
}

export interface PlanOptions {
  /** Overrides PE_Profile (the CLI's --profile). */
  profile?: ProfileId;
  /**
   * On a sheet without any PE_* input name: find the ranges from the sheet's headers (./detect),
   * score from them and define them (sheet-scoped) in the same plan. Off: such a sheet is refused
   * ('no-names'). When the required parts cannot be found: refusal 'not-found' with the detection.
   */
  detect?: boolean;
  /**
   * Write the 自评报告 sheet (reportSheet.ts) with this run: the pane's 生成自评报告. Without it the
   * report is rewritten only when the sheet already owns one (so it never goes stale).
   */
  report?: boolean;
}

export type PlanOutcome = { ok: true; run: PlannedRun } | { ok: false; refusal: SheetRefusal };

export function planScoring(snapshot: ScoringSnapshot, options: PlanOptions = {}): PlanOutcome {
  const sheet = snapshot.sheet.name;
  const grid = snapshot.sheet.grid;
  const detected = options.detect ? detectStep(snapshot) : null;
  if (detected && 'refusal' in detected) return { ok: false, refusal: detected.refusal };
  const detection = detected?.detection ?? null;
  const detectedAdds = detected?.names ?? [];
  const working = detected?.snapshot ?? snapshot;
  const read = readInput(working);
  if (!read.ok) return read;
  if (snapshot.sheet.protected) {
    return { ok: false, refusal: { sheet, code: 'protected', message: PROTECTED_MESSAGE } };
  }

  // Detection's own findings are reported with this run and kept in the summary's 评分区域（自动识别）
  // block (detectRecord.ts), not in its findings table: later runs read names and do not detect.
  const placementFindings: Finding[] = detection ? [...detection.findings] : [];
  const names: NameAdd[] = [...detectedAdds];

  const summaryChoice = chooseOutputSheet(
    sheet,
    OUTPUT_NAMES.summary,
    SUMMARY_SHEET,
    snapshot.names,
    snapshot.sheetNames,
    [],
    snapshot.otherSheets,
  );
  const deductionsChoice = chooseOutputSheet(
    sheet,
    OUTPUT_NAMES.deductions,
    DEDUCTIONS_SHEET,
    snapshot.names,
    snapshot.sheetNames,
    [summaryChoice.name],
    snapshot.otherSheets,
  );

  // The report's sheet is chosen now (its contents need the result): it is checked with the others.
  const taken = [summaryChoice.name, deductionsChoice.name];
  const writesReport = reportWanted(snapshot, taken, options);
  const choices = [summaryChoice, deductionsChoice];

  // The scorer's own sheets are replaced wholesale; a protected one would fail half-way through.
  const lockedOutput = [...choices, ...(writesReport ? [writesReport] : [])].find(
    (choice) =>
      !choice.create && snapshot.otherSheets.some((s) => sameText(s.name, choice.name) && s.protected),
  );
  if (lockedOutput) {
    return {
      ok: false,
      refusal: {
        sheet,
        code: 'protected',
        message: `工作表 ${lockedOutput.name} 受保护，未写入任何内容。请撤销保护后重试。`,
      },
    };
  }
  // Adding a sheet is the one write structure protection refuses: refuse before anything is written.
  if (snapshot.structureProtected && [...choices, writesReport].some((choice) => choice?.create)) {
    return { ok: false, refusal: { sheet, code: 'protected', message: STRUCTURE_PROTECTED_MESSAGE } };
  }
  // Only an owned summary is read: its 评分区域（自动识别） block, and (a workbook scored by a version
  // before the memory names) its old highlight memory and record of the PE_Out* names.
  const summaryGrid = summaryChoice.create
    ? null
    : (snapshot.otherSheets.find((s) => sameText(s.name, summaryChoice.name))?.grid ?? null);

  // Ranges detected by an earlier run keep being reported as detected, and its profile used, while
  // the input names equal their hidden twins (detectNames.ts); this run's detection is remembered so.
  const later = detection ? null : laterDetectedRecord(summaryGrid, snapshot.names, sheet);
  const record = later?.record ?? null;
  const detectedMemory = detection ? detectedRunNames(detection, snapshot.names, sheet) : later!;
  names.push(...detectedMemory.adds);
  const detectedProfile = detection ? detection.profile.id : (record?.profile ?? null);
  const rules = readRules(snapshot);
  const { profile, findings: profileFindings } = chooseBase(
    rules.base,
    read.read.profileCell,
    options.profile,
    detectedProfile,
  );
  const history = readHistory(working, read.read.block);
  const engineResult = scoreEvaluation({
    ...read.read.input,
    indicators: read.read.input.indicators.map((row, i) =>
      history.rows[i]?.length ? { ...row, history: history.rows[i] } : row,
    ),
    profile,
    ...(rules.overrides ? { rules: rules.overrides } : {}),
  });
  const scored: ScoreResult = {
    ...engineResult,
    indicators: withReasons(engineResult.indicators, read.read.reasons),
  };
  // Findings that describe the workbook's inputs are written to the summary sheet; findings about
  // where this run put its output are only reported, because the next run places the output
  // differently (it reuses the names this run adds) and would otherwise rewrite the summary.
  const inputFindings = [
    ...read.read.findings,
    ...rules.findings,
    ...history.findings,
    ...profileFindings,
    ...scored.findings,
  ];

  const block = read.read.block;
  // The scorer's memory: its hidden names on this sheet; without any, the old summary tables.
  const memory = readNamedMemory(snapshot.names, sheet);
  const placed = block
    ? chooseOutputColumns({
        sheet,
        grid,
        names: snapshot.names,
        block,
        inputAreas: [...read.read.inputAreas, ...[rules.area, history.area].filter((a) => a !== null)],
        recorded: memory.found
          ? memory.outputs
          : followOldRecord(readOutputRecord(summaryGrid), snapshot.names, sheet, block),
      })
    : { columns: [], findings: [] };
  placementFindings.push(...placed.findings);
  for (const column of placed.columns) if (column.nameAdd) names.push(column.nameAdd);
  if (writesReport) choices.push(writesReport);
  for (const choice of choices) {
    placementFindings.push(...choice.findings);
    if (choice.nameAdd) names.push(choice.nameAdd);
  }
  const ownedOutputs = block
    ? placed.columns
        .filter((column) => column.scorerOwned)
        .map((column) => ({
          key: column.key,
          area: { sheet, top: block.top, bottom: block.bottom, left: column.col, right: column.col },
        }))
    : [];

  const flagColumn = placed.columns.find((c) => c.key === 'flags');
  const highlights = planHighlights(
    sheet,
    grid,
    block ? wantedHighlights(scored, block.top, flagColumn ? flagColumn.col : null) : [],
    memory.found ? memory.fills : readMemory(summaryGrid),
    block ? block.top : null,
  );
  const filled = new Map(highlights.fills.map((f) => [`${f.row}:${f.col}`, f.color]));
  const memoryNames = memoryNameChanges(snapshot.names, sheet, ownedOutputs, highlights.memory, (row, col) =>
    filled.has(`${row}:${col}`) ? filled.get(`${row}:${col}`)! : cellAt(grid, row, col).fill,
  );
  names.push(...memoryNames.adds);
  // Cells left unhighlighted (unrestorable fills) stay so on every run: written like input findings.
  const sheetFindings = [...inputFindings, ...highlights.findings];

  const result: ScoreResult = {
    ...scored,
    complete: scored.complete && read.read.complete,
    findings: [...sheetFindings, ...placementFindings],
  };
  const sheetResult: ScoreResult = { ...result, findings: sheetFindings };
  const report = writesReport ? reportStep(snapshot, writesReport, sheetResult) : null;
  return {
    ok: true,
    run: {
      result,
      layout: detection ? 'detected' : 'names',
      ranges: read.read.ranges,
      detection,
      report: report ? { sheet: report.write.name, text: report.text } : null,
      plan: {
        sheet,
        blocks: block ? columnBlocks(sheet, grid, block, placed.columns, scored) : [],
        fills: highlights.fills,
        names,
        ...(memoryNames.deletes.length + detectedMemory.deletes.length > 0
          ? { deleteNames: [...memoryNames.deletes, ...detectedMemory.deletes] }
          : {}),
        sheets: [
          summarySheet(
            summaryChoice,
            sheet,
            sheetResult,
            scored.rules.profile,
            inputFindings,
            detection ? detectedRows(detection) : (record?.rows ?? []),
          ),
          deductionsSheet(deductionsChoice, sheet, sheetResult),
          ...(report ? [report.write] : []),
        ],
      },
    },
  };
}

/**
 * planScoring with a host's run options: the profile given for this run, else the one the pane chose
 * for this sheet (sheets without PE_Profile), and detection when asked. One rule for every host.
 */
export function planRun(
  snapshot: ScoringSnapshot,
  options: {
    profile?: ProfileId;
    profileBySheet?: Readonly<Record<string, ProfileId>>;
    detect?: boolean;
    report?: boolean;
  },
): PlanOutcome {
  // Own entries only: a sheet named "constructor" or "toString" must not find Object's members.
  const chosen = options.profileBySheet;
  const profile =
    options.profile ??
    (chosen && Object.prototype.hasOwnProperty.call(chosen, snapshot.sheet.name)
      ? chosen[snapshot.sheet.name]
      : undefined);
  return planScoring(snapshot, {
    ...(profile ? { profile } : {}),
    ...(options.detect ? { detect: true } : {}),
    ...(options.report ? { report: true } : {}),
  });
}
