/**
 * Scoring one .xlsx/.xlsm file: read it once, plan and apply every sheet to score, write the output
 * once (the input package with the scored parts edited, ../hosts/xlsx/save.ts).
 * Split in two (prepare: CPU; finish: disk) so a batch can write one file while scoring the next.
 * Every problem is a value (refusals, a file error) for the caller to report; nothing here prints.
 */
import type { ProfileId, ScoreResult } from '../engine/types';
import {
  OutputIsInputError,
  samePath,
  applyWritePlan,
  definedNames,
  readSnapshot,
  readWorkbook,
  sheetHead,
  sheetNames,
  workbookChunks,
  writeAtomically,
} from '../hosts/xlsx';
import type { FileSource } from '../hosts/xlsx';
import { sameText } from '../hosts/names';
import { cellAt } from '../workbook/grid';
import {
  detectLayout,
  factsFromSheet,
  findScorableSheets,
  isScorerSheet,
  inputNamesOnSheet,
  notFoundMessage,
  zhText,
  planScoring,
  type DefinedName,
  type Detection,
} from '../workbook';

export interface ScoredSheet {
  sheet: string;
  result: ScoreResult;
  /** 'detected' when the sheet had no PE_* names and was scored from its headers. */
  layout: 'names' | 'detected';
  /** Every input name read, with its reference. */
  ranges: Record<string, string>;
  /** The detection (layout 'detected'), else null. */
  detection: Detection | null;
  /** The sheet its 评分汇总 went to (评分汇总, 评分汇总 (2)…): 各表评分汇总 links to it. */
  summarySheet: string | null;
  /** 部门 / 项目名称 from the sheet's head block (workbook/headFacts.ts), when there is one. */
  organisation: string | null;
}

export interface FileOutcome {
  input: string;
  /** The output path, set once the output file has been written. */
  written: string | null;
  scored: ScoredSheet[];
  refused: { sheet: string; message: string }[];
  /**
   * Sheets without names where detection found no table (a cover, notes): listed in `refused` only
   * when nothing in the file was scored; never in 各表评分汇总.
   */
  skipped: { sheet: string; message: string }[];
  /** The file could not be read or written (one line, for the user). */
  error: string | null;
}

export interface FileJobOptions {
  sheet: string | null;
  profile: ProfileId | null;
  /** Score sheets without PE_* names from their headers (false: --no-detect). */
  detect: boolean;
  /** Paths that must never be written to (every input of the run). */
  inputs: string[];
}

/** --sheet named one of the scorer's own sheets. */
const scorerSheetMessage = (sheet: string) =>
  `工作表 ${sheet} 是评分程序写出的工作表（评分汇总、扣分明细、自评报告或各表评分汇总），不评分 (the sheet is the scorer's own output)`;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Which sheets to score: those with a complete set of names, and (with detection) those without any
 * PE_* name, which are scored from their headers; sheets with some names but not the required ones
 * are reported as refused.
 */
function chooseSheets(
  all: string[],
  names: DefinedName[],
  only: string | null,
  detect: boolean,
): { targets: string[]; refused: { sheet: string; message: string }[] } {
  const found = findScorableSheets(names, all);
  const refused = found.incomplete.map(({ sheet, text }) => ({ sheet, message: zhText(text) }));
  // The scorer's own sheets (评分汇总, 扣分明细, 自评报告, 各表评分汇总) are never scored: told by their
  // names AND titles on the sheet's head below (a PE_Out* or PE_OutLeague name alone claims nothing).
  const unnamed = all.filter(
    (sheet) => !found.scorable.includes(sheet) && !found.incomplete.some((i) => i.sheet === sheet),
  );
  if (only === null) {
    const targets = all.filter(
      (sheet) => found.scorable.includes(sheet) || (detect && unnamed.includes(sheet)),
    );
    if (targets.length === 0 && refused.length === 0) {
      refused.push({ sheet: '', message: '没有找到带 PE_* 名称的工作表 (no sheet carries PE_* names)' });
    }
    return { targets, refused };
  }
  const sheet = all.find((name) => sameText(name, only));
  if (!sheet)
    return { targets: [], refused: [{ sheet: only, message: `工作表 ${only} 不存在 (no such sheet)` }] };
  if (found.scorable.includes(sheet) || (detect && unnamed.includes(sheet)))
    return { targets: [sheet], refused: [] };
  const incomplete = refused.find((r) => r.sheet === sheet);
  return {
    targets: [],
    refused: [
      incomplete ?? { sheet, message: `工作表 ${sheet} 没有 PE_* 名称 (the sheet has no PE_* names)` },
    ],
  };
}

/** A file read, scored and rendered in memory, not written yet. */
export interface PreparedFile {
  outcome: FileOutcome;
  output: string;
  /**
   * The output file's bytes as consecutive pieces, never joined (a big workbook's copy is not held
   * twice); null when nothing was scored.
   */
  bytes: Buffer[] | null;
}

/**
 * Reads, scores and renders one file (CPU work). `source` is the file's bytes when the caller
 * already read them (see readWorkbook).
 */
export async function prepareFile(
  input: string,
  output: string,
  options: FileJobOptions,
  source?: FileSource,
): Promise<PreparedFile> {
  const outcome: FileOutcome = { input, written: null, scored: [], refused: [], skipped: [], error: null };
  let book;
  try {
    book = await readWorkbook(input, source);
  } catch (error) {
    outcome.error = message(error);
    return { outcome, output, bytes: null };
  }
  const all = sheetNames(book);
  const { targets, refused } = chooseSheets(all, definedNames(book), options.sheet, options.detect);
  outcome.refused.push(...refused);
  const undetected: { sheet: string; message: string }[] = [];
  for (const sheet of targets) {
    // A sheet without names whose first rows hold no table header (a big data sheet, notes) is
    // never read whole: detection would find nothing in it anyway.
    const headGrid = sheetHead(book, sheet).grid;
    if (options.detect && inputNamesOnSheet(definedNames(book), sheet).length === 0) {
      // One rule with the write (leagueSheet.ts): the name AND the title (A1), or the title alone
      // when the scorer's name is gone. Asked for by --sheet, it is refused with why.
      if (isScorerSheet(definedNames(book), sheet, cellAt(headGrid, 0, 0).value)) {
        if (options.sheet !== null) outcome.refused.push({ sheet, message: scorerSheetMessage(sheet) });
        continue;
      }
      const head = detectLayout(headGrid, sheet);
      if (!head.table) {
        const refusal = { sheet, message: zhText(notFoundMessage(head)) };
        if (options.sheet === null) undetected.push(refusal);
        else outcome.refused.push(refusal);
        continue;
      }
    }
    // Each sheet sees the workbook as the previous sheets left it (their output sheets and names).
    const planned = planScoring(readSnapshot(book, sheet), {
      ...(options.profile ? { profile: options.profile } : {}),
      detect: options.detect,
    });
    if (!planned.ok) {
      // A sheet without names and without a table to detect (a cover, notes) is only worth a word
      // when nothing in the file could be scored, or when it was asked for by --sheet.
      if (planned.refusal.code === 'not-found' && options.sheet === null) undetected.push(planned.refusal);
      else outcome.refused.push({ sheet, message: planned.refusal.message });
      continue;
    }
    applyWritePlan(book, planned.run.plan);
    const { result, layout, ranges, detection, plan } = planned.run;
    outcome.scored.push({
      sheet,
      result,
      layout,
      ranges,
      detection,
      summarySheet: plan.sheets[0]?.name ?? null,
      organisation: factsFromSheet(sheet, headGrid).organisation ?? null,
    });
  }
  outcome.skipped.push(...undetected);
  if (outcome.scored.length === 0) {
    outcome.refused.push(...undetected.map(({ sheet, message: text }) => ({ sheet, message: text })));
    return { outcome, output, bytes: null };
  }
  // The copy is the input package with only the scored parts edited: nothing of the input is lost.
  return { outcome, output, bytes: workbookChunks(book) };
}

/** Writes a prepared file's output (I/O work); a failed write un-scores the file. */
export async function finishFile(prepared: PreparedFile, inputs: string[]): Promise<FileOutcome> {
  const { outcome, output, bytes } = prepared;
  if (bytes === null) return outcome;
  try {
    if (samePath(outcome.input, output)) throw new OutputIsInputError(output);
    await writeAtomically(bytes, output, inputs);
    outcome.written = output;
  } catch (error) {
    outcome.error =
      error instanceof OutputIsInputError
        ? error.message
        : `无法写入 ${output}：${message(error)} (cannot write the output)`;
    outcome.scored = [];
  }
  return outcome;
}

/** Reads, scores and writes one file. */
export async function scoreFile(
  input: string,
  output: string,
  options: FileJobOptions,
): Promise<FileOutcome> {
  return finishFile(await prepareFile(input, output, options), options.inputs);
}
