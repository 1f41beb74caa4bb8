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
  sheetNames,
  workbookBytes,
  writeAtomically,
} from '../hosts/xlsx';
import type { FileSource } from '../hosts/xlsx';
import { sameText } from '../hosts/names';
import { findScorableSheets, planScoring } from '../workbook';

export interface ScoredSheet {
  sheet: string;
  result: ScoreResult;
}

export interface FileOutcome {
  input: string;
  /** The output path, set once the output file has been written. */
  written: string | null;
  scored: ScoredSheet[];
  refused: { sheet: string; message: string }[];
  /** The file could not be read or written (one line, for the user). */
  error: string | null;
}

export interface FileJobOptions {
  sheet: string | null;
  profile: ProfileId | null;
  /** Paths that must never be written to (every input of the run). */
  inputs: string[];
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Which sheets to score; the rest of the sheets with PE_* names are reported as refused. */
function chooseSheets(
  all: string[],
  found: ReturnType<typeof findScorableSheets>,
  only: string | null,
): { targets: string[]; refused: { sheet: string; message: string }[] } {
  const refused = found.incomplete.map(({ sheet, message: text }) => ({ sheet, message: text }));
  if (only === null) {
    if (found.scorable.length === 0 && refused.length === 0) {
      refused.push({ sheet: '', message: '没有找到带 PE_* 名称的工作表 (no sheet carries PE_* names)' });
    }
    return { targets: found.scorable, refused };
  }
  const sheet = all.find((name) => sameText(name, only));
  if (!sheet)
    return { targets: [], refused: [{ sheet: only, message: `工作表 ${only} 不存在 (no such sheet)` }] };
  if (found.scorable.includes(sheet)) return { targets: [sheet], refused: [] };
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
  /** The output file's bytes; null when nothing was scored. */
  bytes: Buffer | null;
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
  const outcome: FileOutcome = { input, written: null, scored: [], refused: [], error: null };
  let book;
  try {
    book = await readWorkbook(input, source);
  } catch (error) {
    outcome.error = message(error);
    return { outcome, output, bytes: null };
  }
  const all = sheetNames(book);
  const { targets, refused } = chooseSheets(all, findScorableSheets(definedNames(book), all), options.sheet);
  outcome.refused.push(...refused);
  for (const sheet of targets) {
    // Each sheet sees the workbook as the previous sheets left it (their output sheets and names).
    const planned = planScoring(
      readSnapshot(book, sheet),
      options.profile ? { profile: options.profile } : {},
    );
    if (!planned.ok) {
      outcome.refused.push({ sheet, message: planned.refusal.message });
      continue;
    }
    applyWritePlan(book, planned.run.plan);
    outcome.scored.push({ sheet, result: planned.run.result });
  }
  if (outcome.scored.length === 0) return { outcome, output, bytes: null };
  // The copy is the input package with only the scored parts edited: nothing of the input is lost.
  return { outcome, output, bytes: workbookBytes(book) };
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
