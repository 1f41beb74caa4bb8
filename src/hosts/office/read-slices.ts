/**
 * The one exception to "read everything in one sync": Excel on the web refuses a response over 5 MB
 * (ResponsePayloadSizeLimitExceeded), which a sheet of many thousand rows — or the output sheets of
 * such a sheet's previous run — can reach. Then the read is redone with the frames (position and
 * size) of the used ranges only, and the cells of the scored sheet and of each output sheet are read
 * in row slices sized to stay under the limit (a slice that is still too large is halved). Normal
 * sheets never get here.
 */
import type { ScoringSnapshot, SheetGrid, SheetSnapshot } from '../../workbook/types';
import { EMPTY_GRID, loadedBytes, queueGridRead, readGrid } from './read-grid';
import { joinMergedAreas } from './merged-areas';
import { sameText } from '../names';
import { outputSheetNames } from '../../workbook/outputLocation';
import {
  buildSnapshot,
  frameOf,
  queueOutputSheet,
  queueSnapshotRead,
  readOutputSheet,
  type Frame,
} from './read-snapshot';
import type { HostCapabilities } from './types';
import { payloadBudget } from './chunks';

/**
 * A generous guess of the response bytes per cell (value, formula, format, type, fill), used only
 * for a sheet's first slice; later slices are sized from what the previous slice really weighed.
 */
export const FIRST_GUESS_BYTES_PER_CELL = 200;
/** Headroom on the measured bytes per row (or cell), for rows heavier than the slice measured. */
export const MEASURED_HEADROOM = 1.25;

/** A slice aims at the sync budget (chunks.ts): the measured size is an estimate of Excel's own JSON. */
function rowsFitting(limitBytes: number, bytesPerRow: number): number {
  return Math.max(1, Math.floor(payloadBudget(limitBytes) / Math.max(1, bytesPerRow)));
}

export function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

export function joinGrids(parts: SheetGrid[], frame: Frame): SheetGrid {
  if (parts.every((g) => g.values.length === 0)) return EMPTY_GRID;
  const grid: SheetGrid = {
    top: frame.top,
    left: frame.left,
    values: parts.flatMap((g) => g.values),
    formulas: parts.flatMap((g) => g.formulas),
    numberFormats: parts.flatMap((g) => g.numberFormats),
    fills: parts.flatMap((g) => g.fills),
  };
  // A merged area spanning two slices is reported by both: keep it once.
  const merged = joinMergedAreas(parts.map((g) => g.merged));
  if (merged) grid.merged = merged;
  return grid;
}

export function blankRows(rows: number, cols: number, mergesRead: boolean): SheetGrid {
  const grid = (value: unknown) => Array.from({ length: rows }, () => Array(cols).fill(value));
  return {
    top: 0,
    left: 0,
    values: grid(null),
    formulas: grid(null),
    numberFormats: grid('General'),
    fills: grid(null),
    ...(mergesRead ? { merged: [] } : {}),
  };
}

interface SliceJob {
  context: Excel.RequestContext;
  sheet: string;
  frame: Frame;
  capabilities: HostCapabilities;
}

/**
 * Reads the frame's rows [start, end) in slices; returns the grids and the syncs made. Each slice
 * after the first is sized from the bytes per row the previous slice actually weighed, so a sheet
 * of light cells is read in a few large slices rather than many cautious ones.
 */
async function readRows(
  job: SliceJob,
  start: number,
  sliceRows: number,
  limitBytes: number,
): Promise<{ grids: SheetGrid[]; syncs: number }> {
  const { context, frame } = job;
  if (start >= frame.rows) return { grids: [], syncs: 0 };
  const rows = Math.min(sliceRows, frame.rows - start);
  const range = context.workbook.worksheets
    .getItem(job.sheet)
    .getRangeByIndexes(frame.top + start, frame.left, rows, frame.cols);
  const proxies = queueGridRead(range, job.capabilities);
  try {
    await context.sync();
  } catch (error) {
    if (!isResponseTooLarge(error) || rows === 1) throw error;
    const retry = await readRows(job, start, Math.max(1, Math.floor(rows / 2)), limitBytes);
    return { grids: retry.grids, syncs: retry.syncs + 1 };
  }
  const grid = readGrid(proxies) ?? EMPTY_GRID;
  // A slice of blank rows reads as the empty grid: keep its rows so the slices still line up.
  const slice = grid.values.length > 0 ? grid : blankRows(rows, frame.cols, proxies.mergedAreas !== null);
  const measuredPerRow = (loadedBytes(proxies) / rows) * MEASURED_HEADROOM;
  const nextRows = measuredPerRow > 0 ? rowsFitting(limitBytes, measuredPerRow) : sliceRows;
  const rest = await readRows(job, start + rows, nextRows, limitBytes);
  return { grids: [slice, ...rest.grids], syncs: rest.syncs + 1 };
}

async function readSheetInSlices(
  job: SliceJob,
  limitBytes: number,
): Promise<{ grid: SheetGrid; syncs: number }> {
  const firstRows = rowsFitting(limitBytes, FIRST_GUESS_BYTES_PER_CELL * job.frame.cols);
  const { grids, syncs } = await readRows(job, 0, firstRows, limitBytes);
  return { grid: joinGrids(grids, job.frame), syncs };
}

/** Reads the output sheets one after another (each in slices). */
async function readOutputs(
  jobs: { sheet: SheetSnapshot; job: SliceJob | null }[],
  limitBytes: number,
): Promise<{ sheets: SheetSnapshot[]; syncs: number }> {
  if (jobs.length === 0) return { sheets: [], syncs: 0 };
  const [first, ...others] = jobs;
  const read = first.job ? await readSheetInSlices(first.job, limitBytes) : { grid: EMPTY_GRID, syncs: 0 };
  const rest = await readOutputs(others, limitBytes);
  return { sheets: [{ ...first.sheet, grid: read.grid }, ...rest.sheets], syncs: read.syncs + rest.syncs };
}

export async function readSnapshotInSlices(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  limitBytes: number,
  knownOutputs: readonly string[] = [],
): Promise<{ snapshot: ScoringSnapshot; syncs: number }> {
  const proxies = queueSnapshotRead(context, capabilities, false, knownOutputs);
  await context.sync();
  const base = buildSnapshot(proxies);
  // The output sheets' frames: those guessed were read above; the others (known now) in one sync.
  const wanted = outputSheetNames(base.names, base.sheet.name, base.sheetNames);
  const read = proxies.outputs.filter((o) => wanted.some((w) => sameText(w, o.sheet.name)));
  const missing = wanted.filter((w) => !read.some((o) => sameText(o.sheet.name, w)));
  const more = missing.map((name) => queueOutputSheet(context, name, capabilities, false));
  if (more.length > 0) await context.sync();
  const outputsRead = [...read, ...more];
  const scoredFrame = frameOf(proxies.frame);
  const scored = scoredFrame
    ? await readSheetInSlices(
        { context, sheet: base.sheet.name, frame: scoredFrame, capabilities },
        limitBytes,
      )
    : { grid: EMPTY_GRID, syncs: 0 };
  const jobs = outputsRead.map((output) => {
    const sheet = readOutputSheet(output);
    const frame = frameOf(output.frame);
    return { sheet, job: frame ? { context, sheet: sheet.name, frame, capabilities } : null };
  });
  const outputs = await readOutputs(jobs, limitBytes);
  return {
    snapshot: { ...base, sheet: { ...base.sheet, grid: scored.grid }, otherSheets: outputs.sheets },
    syncs: 1 + (more.length > 0 ? 1 : 0) + scored.syncs + outputs.syncs,
  };
}
