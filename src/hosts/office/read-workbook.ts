/**
 * 评分全部工作表's read of the whole workbook: every sheet (grid, protection, own names), the
 * workbook's names, tab order, structure protection and undo records.
 *
 * One sync with a right guess of the sheets (the caller's tab order); one more for sheets the guess
 * missed; a guessed sheet deleted meanwhile fails the read (ItemNotFound) and it is redone from the
 * real list. When Excel on the web refuses the response as too large (ResponsePayloadSizeLimitExceeded,
 * only for workbooks whose sheets together are near 5 MB) the read is redone with the used ranges'
 * frames only, and the cells are read in row slices packed under the limit (read-all-slices.ts), as
 * the single-sheet read does (read-slices.ts). Small workbooks never get there.
 */
import type { WorkbookSnapshot } from '../../workbook/scoreAll';
import type { DefinedName, SheetGrid, SheetSnapshot } from '../../workbook/types';
import { sameText } from '../names';
import { readSheetsInSlices, type SheetToRead } from './read-all-slices';
import { completeWindowFills } from './read-fills';
import { EMPTY_GRID } from './read-grid';
import { isResponseTooLarge } from './read-slices';
import { frameOf, queueOutputSheet, readOutputSheet, toDefinedNames } from './read-snapshot';
import type { HostCapabilities } from './types';
import { queueRecordList, recordsIn } from './undo-record';

type SheetProxies = ReturnType<typeof queueOutputSheet> & { names: Excel.NamedItemCollection };

function queueSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  capabilities: HostCapabilities,
  withGrid: boolean,
) {
  return names.map((name): SheetProxies => {
    const proxies = queueOutputSheet(context, name, capabilities, withGrid);
    return {
      ...proxies,
      names: proxies.sheet.names.load('items/name, items/type, items/formula, items/visible'),
    };
  });
}

const isItemNotFound = (error: unknown) => (error as { code?: unknown } | null)?.code === 'ItemNotFound';

function queueFrame(
  context: Excel.RequestContext,
  names: readonly string[],
  capabilities: HostCapabilities,
  withGrid: boolean,
) {
  return {
    active: context.workbook.worksheets.getActiveWorksheet().load('name'),
    workbookNames: context.workbook.names.load('items/name, items/type, items/formula, items/visible'),
    sheets: context.workbook.worksheets.load('items/name'),
    structure: context.workbook.protection.load('protected'),
    records: queueRecordList(context),
    read: queueSheets(context, names, capabilities, withGrid),
  };
}

/** The syncs made so far (refused ones too), and the real tab order once a sync has given it. */
interface Progress {
  syncs: number;
  order?: string[];
}

/**
 * Everything but (when `withGrid` is false) the cells. A read redone after a refusal starts from
 * the tab order `progress` learned.
 */
async function readSheets(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  guess: readonly string[],
  withGrid: boolean,
  progress: Progress,
) {
  const sync = () => {
    progress.syncs += 1;
    return context.sync();
  };
  let frame = queueFrame(context, guess, capabilities, withGrid);
  try {
    await sync();
  } catch (error) {
    if (guess.length === 0 || !isItemNotFound(error)) throw error;
    frame = queueFrame(context, [], capabilities, withGrid); // a guessed sheet is gone: learn the real list
    await sync();
  }
  const order = frame.sheets.items.map((s) => s.name);
  progress.order = order;
  const missing = order.filter((name) => !frame.read.some((p) => sameText(p.sheet.name, name)));
  const more = missing.length > 0 ? queueSheets(context, missing, capabilities, withGrid) : [];
  if (more.length > 0) await sync();
  const read = [...frame.read, ...more];
  const proxies = order.map((name) => read.find((p) => sameText(p.sheet.name, name))!);
  return { frame, order, proxies };
}

/** The cells of every sheet in row slices, after a frames-only read. */
async function readCellsInSlices(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  proxies: SheetProxies[],
  limit: number,
): Promise<{ grids: SheetGrid[]; syncs: number }> {
  const toRead: (SheetToRead & { at: number })[] = [];
  proxies.forEach((p, at) => {
    const frame = frameOf(p.frame);
    if (frame) toRead.push({ sheet: p.sheet.name, frame, at });
  });
  const sliced = await readSheetsInSlices(context, toRead, capabilities, limit);
  const grids = proxies.map(() => EMPTY_GRID);
  toRead.forEach(({ at }, i) => (grids[at] = sliced.grids[i]));
  return { grids, syncs: sliced.syncs };
}

/** The whole workbook: one sync with a right guess, one more for sheets it missed (see the header). */
export async function readWorkbook(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  guess: readonly string[],
  limit: number,
): Promise<{ book: WorkbookSnapshot; active: string; records: string[]; syncs: number }> {
  const progress: Progress = { syncs: 0 };
  let read: Awaited<ReturnType<typeof readSheets>>;
  let grids: SheetGrid[] | null = null;
  try {
    read = await readSheets(context, capabilities, guess, true, progress);
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    // Too large for one response: the frames (from the tab order just learned, if any), then slices.
    read = await readSheets(context, capabilities, progress.order ?? guess, false, progress);
    const sliced = await readCellsInSlices(context, capabilities, read.proxies, limit);
    grids = sliced.grids;
    progress.syncs += sliced.syncs;
  }
  let syncs = progress.syncs;
  const { frame, order, proxies } = read;
  const names: DefinedName[] = toDefinedNames(frame.workbookNames.items, 'workbook');
  const sheets: SheetSnapshot[] = proxies.map((p, i) => {
    names.push(...toDefinedNames(p.names.items, { sheet: p.sheet.name }));
    const sheet = readOutputSheet(p);
    return grids ? { ...sheet, grid: grids[i] } : sheet;
  });
  let book: WorkbookSnapshot = { sheets, names, structureProtected: frame.structure.protected === true };
  if (!capabilities.cellProperties && sheets.length > 0) {
    // Old Excel (no getCellProperties): the fills beyond the window read with the cells.
    const filled = await completeWindowFills(context, {
      sheet: sheets[0],
      otherSheets: sheets.slice(1),
      names,
      sheetNames: order,
    });
    book = { ...book, sheets: [filled.snapshot.sheet, ...filled.snapshot.otherSheets] };
    syncs += filled.syncs;
  }
  return { book, active: frame.active.name, records: recordsIn(frame.records).map((r) => r.id), syncs };
}
