/**
 * The one exception to "read everything in one sync": Excel on the web refuses a response over 5 MB
 * (ResponsePayloadSizeLimitExceeded), which a sheet of many thousand rows can reach. Then the read is
 * redone without the scored sheet's cells, and those are read in row slices sized to stay under the
 * limit (a slice that is still too large is halved). Normal sheets never get here.
 */
import type { SheetGrid } from '../../workbook/types';
import { EMPTY_GRID, queueGridRead, readGrid } from './read-grid';
import { buildSnapshot, queueSnapshotRead } from './read-snapshot';
import type { HostCapabilities } from './types';
import type { ScoringSnapshot } from '../../workbook/types';

/** A generous guess of the response bytes per cell (value, formula, format, type, fill). */
const BYTES_PER_CELL = 200;

export function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

interface Frame {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

function joinGrids(parts: SheetGrid[], frame: Frame): SheetGrid {
  const grids = parts.filter((g) => g.values.length > 0);
  if (grids.length === 0) return EMPTY_GRID;
  return {
    top: frame.top,
    left: frame.left,
    values: grids.flatMap((g) => g.values),
    formulas: grids.flatMap((g) => g.formulas),
    numberFormats: grids.flatMap((g) => g.numberFormats),
    fills: grids.flatMap((g) => g.fills),
  };
}

/** Reads the frame's rows [start, frame end) in slices; returns the grids and the syncs made. */
async function readRows(
  context: Excel.RequestContext,
  frame: Frame,
  capabilities: HostCapabilities,
  start: number,
  sliceRows: number,
): Promise<{ grids: SheetGrid[]; syncs: number }> {
  if (start >= frame.rows) return { grids: [], syncs: 0 };
  const rows = Math.min(sliceRows, frame.rows - start);
  const range = context.workbook.worksheets
    .getActiveWorksheet()
    .getRangeByIndexes(frame.top + start, frame.left, rows, frame.cols);
  const proxies = queueGridRead(range, capabilities);
  try {
    await context.sync();
  } catch (error) {
    if (!isResponseTooLarge(error) || rows === 1) throw error;
    const retry = await readRows(context, frame, capabilities, start, Math.max(1, Math.floor(rows / 2)));
    return { grids: retry.grids, syncs: retry.syncs + 1 };
  }
  const grid = readGrid(proxies) ?? EMPTY_GRID;
  // A slice of blank rows reads as the empty grid: keep its rows so the slices still line up.
  const slice = grid.values.length > 0 ? grid : blankRows(rows, frame.cols);
  const rest = await readRows(context, frame, capabilities, start + rows, sliceRows);
  return { grids: [slice, ...rest.grids], syncs: rest.syncs + 1 };
}

function blankRows(rows: number, cols: number): SheetGrid {
  const grid = (value: unknown) => Array.from({ length: rows }, () => Array(cols).fill(value));
  return {
    top: 0,
    left: 0,
    values: grid(null),
    formulas: grid(null),
    numberFormats: grid('General'),
    fills: grid(null),
  };
}

export async function readSnapshotInSlices(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  limitBytes: number,
): Promise<{ snapshot: ScoringSnapshot; syncs: number }> {
  const proxies = queueSnapshotRead(context, capabilities, false);
  await context.sync();
  const frame: Frame = {
    top: proxies.frame.rowIndex,
    left: proxies.frame.columnIndex,
    rows: proxies.frame.rowCount,
    cols: proxies.frame.columnCount,
  };
  const sliceRows = Math.max(1, Math.floor((limitBytes * 0.5) / (BYTES_PER_CELL * frame.cols)));
  const { grids, syncs } = await readRows(context, frame, capabilities, 0, sliceRows);
  return { snapshot: buildSnapshot(proxies, joinGrids(grids, frame)), syncs: syncs + 1 };
}
