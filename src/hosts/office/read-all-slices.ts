/**
 * 评分全部工作表's read when Excel on the web refuses the one-sync read as too large
 * (ResponsePayloadSizeLimitExceeded): the cells of every sheet, in row slices, as few syncs as the
 * limit allows. The budget and the packing are the writes' (chunks.ts: payloadBudget, packChunks):
 * what is left to read is cut into row slices at the budget's boundaries and packed in order into
 * chunks of at most the budget, one sync per chunk; so several small sheets share a sync and a large
 * sheet spreads over as many as it needs, each sync full. Read bytes are not known in advance: at
 * first every sheet is estimated at read-slices.ts's generous first guess per cell; after a sync a
 * sheet read in part at what its slices really weighed (with headroom), a sheet not read yet at the
 * heaviest sheet measured so far; the packing is redone after every sync. A chunk still refused is
 * redone with every estimate in it doubled (a single one-row slice refused: the read fails with
 * Excel's error).
 */
import type { SheetGrid } from '../../workbook/types';
import { packChunks, payloadBudget } from './chunks';
import { EMPTY_GRID, loadedBytes, queueGridRead, readGrid } from './read-grid';
import {
  blankRows,
  FIRST_GUESS_BYTES_PER_CELL,
  isResponseTooLarge,
  joinGrids,
  MEASURED_HEADROOM,
} from './read-slices';
import type { Frame } from './read-snapshot';
import type { HostCapabilities } from './types';

/** A sheet to read: its name and its used range's frame (from the frames-only read). */
export interface SheetToRead {
  sheet: string;
  frame: Frame;
}

/** Rows [start, start + rows) of sheet `index`, estimated at `bytes`. */
interface Slice {
  index: number;
  start: number;
  rows: number;
  bytes: number;
}

/**
 * What is left of each sheet, in order, as one stream of rows cut at every multiple of the budget
 * (a sheet split where a sync fills up; a row is never split, a row heavier than the budget goes
 * alone): packChunks then groups the slices into syncs that each carry all the budget allows.
 */
function cutSlices(sheets: SheetToRead[], next: number[], perCell: number[], budget: number): Slice[] {
  const slices: Slice[] = [];
  let room = budget;
  sheets.forEach(({ frame }, index) => {
    const rowBytes = frame.cols * perCell[index];
    let start = next[index];
    while (start < frame.rows) {
      if (room < rowBytes && room < budget) room = budget; // this sync is full: the next one
      const rows = Math.min(frame.rows - start, Math.max(1, Math.floor(room / rowBytes)));
      slices.push({ index, start, rows, bytes: rows * rowBytes });
      room -= rows * rowBytes;
      start += rows;
    }
  });
  return slices;
}

/**
 * Reads the sheets' cells; returns each sheet's grid (in the order given) and the syncs made.
 * Sheets with no frame (nothing to read) are left out by the caller.
 */
export async function readSheetsInSlices(
  context: Excel.RequestContext,
  sheets: SheetToRead[],
  capabilities: HostCapabilities,
  limitBytes: number,
): Promise<{ grids: SheetGrid[]; syncs: number }> {
  const budget = payloadBudget(limitBytes);
  const parts: SheetGrid[][] = sheets.map(() => []);
  const next = sheets.map(() => 0);
  /** Estimated response bytes per cell, by sheet; null until one of its slices was measured. */
  const measured: (number | null)[] = sheets.map(() => null);
  let unseen = FIRST_GUESS_BYTES_PER_CELL;
  let syncs = 0;
  // One chunk per call, then the next: the syncs go one after another on purpose (each packed from
  // what the previous one weighed), as applyChunks does for writes.
  const readNextChunk = async (): Promise<void> => {
    const perCell = measured.map((rate) => rate ?? unseen);
    const [chunk] = packChunks(cutSlices(sheets, next, perCell, budget), budget);
    if (!chunk) return;
    const reads = chunk.map((slice) => {
      const { sheet, frame } = sheets[slice.index];
      const range = context.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(frame.top + slice.start, frame.left, slice.rows, frame.cols);
      return { slice, proxies: queueGridRead(range, capabilities) };
    });
    syncs += 1;
    try {
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || (chunk.length === 1 && chunk[0].rows === 1)) throw error;
      // Heavier than estimated: the same sheets again, at twice the estimate (half the rows a sync).
      for (const { index } of chunk) measured[index] = perCell[index] * 2;
      unseen = Math.max(unseen, ...chunk.map(({ index }) => perCell[index] * 2));
      return readNextChunk();
    }
    for (const { slice, proxies } of reads) {
      const { frame } = sheets[slice.index];
      const grid = readGrid(proxies) ?? EMPTY_GRID;
      // A slice of blank rows reads as the empty grid: keep its rows so the slices still line up.
      parts[slice.index].push(
        grid.values.length > 0 ? grid : blankRows(slice.rows, frame.cols, proxies.mergedAreas !== null),
      );
      next[slice.index] += slice.rows;
      const perCellMeasured = (loadedBytes(proxies) / (slice.rows * frame.cols)) * MEASURED_HEADROOM;
      measured[slice.index] = Math.max(1, perCellMeasured);
    }
    // A sheet not read yet is guessed as heavy as the heaviest one read so far (a workbook's sheets
    // are mostly copies of one template; a heavier one costs a refused sync and is halved).
    unseen = Math.max(...measured.map((rate) => rate ?? 0));
    return readNextChunk();
  };
  await readNextChunk();
  return { grids: sheets.map(({ frame }, index) => joinGrids(parts[index], frame)), syncs };
}
