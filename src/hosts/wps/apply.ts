/**
 * A WritePlan through ET, in the Office host's order: output blocks (number formats first, so a
 * text format "@" governs the values, then one Value2 assignment per block), fills, the scorer's
 * sheets (Worksheets.Add after the scored sheet, or Cells.Clear()), names last (a name may refer to
 * a sheet added here): added (the scorer's memory names hidden), redefined, then deleted. Screen updating is off during the writes and restored in `finally`.
 *
 * Values go through the Office host's toExcelInput: text ET would reinterpret as typed (numbers,
 * dates, TRUE, a leading + - or ') gets the apostrophe text marker, so user text is never turned
 * into a formula or a number; strings starting with "=" are formulas by the WritePlan's contract
 * (undo writes formulas back that way). Same rule, same bytes as on Excel: identical workbooks.
 */
import { caseKey } from '../../engine/caseKey';
import { sameText } from '../names';
import {
  OPAQUE_FILL,
  type BlockWrite,
  type FillWrite,
  type NameAdd,
  type SheetWrite,
  type WritePlan,
} from '../../workbook/types';
import { rectangle, sheetBlock, toExcelInput } from '../cell-input';
import { rectAddress, type Rect } from './blocks';
import { hexToBgr } from './cell-codes';
import { XL_NONE, type EtApplication, type EtNames, type EtWorksheet } from './et-types';

export interface ApplyOptions {
  /** Tab order before the run (a created sheet goes right after the scored sheet). */
  sheetNames: string[];
  /** Whether the name already exists in that scope (then its RefersTo is set, not added). */
  nameExists(add: NameAdd): boolean;
}

/** Excel and ET refuse a Range() address longer than 255 characters. */
const MAX_ADDRESS = 255;

/**
 * Same-format rectangles of a block's formats: vertical runs per column, joined with the run of the
 * column to their left when it spans the same rows with the same format. One NumberFormat call each.
 */
export function formatRects(
  formats: (string | null)[][],
  top: number,
  left: number,
): { rect: Rect; format: string }[] {
  const rects: { rect: Rect; format: string }[] = [];
  const width = Math.max(0, ...formats.map((row) => row.length));
  let previous: { rect: Rect; format: string }[] = [];
  for (let c = 0; c < width; c++) {
    const column: { rect: Rect; format: string }[] = [];
    let r = 0;
    while (r < formats.length) {
      const format = formats[r]?.[c] ?? null;
      let end = r;
      while (end + 1 < formats.length && (formats[end + 1]?.[c] ?? null) === format) end++;
      if (format !== null) {
        const rect = { top: top + r, bottom: top + end, left: left + c, right: left + c };
        const joined = previous.find(
          (p) => p.format === format && p.rect.top === rect.top && p.rect.bottom === rect.bottom,
        );
        if (joined) {
          joined.rect.right = rect.right;
          column.push(joined);
        } else {
          const entry = { rect, format };
          rects.push(entry);
          column.push(entry);
        }
      }
      r = end + 1;
    }
    previous = column;
  }
  return rects;
}

function writeBlock(sheet: EtWorksheet, block: BlockWrite): void {
  const { rows: values, width } = rectangle(
    block.values.map((row) => row.map(toExcelInput)),
    '',
  );
  if (values.length === 0 || width === 0) return;
  if (block.numberFormats)
    for (const { rect, format } of formatRects(block.numberFormats, block.top, block.left))
      sheet.Range(rectAddress(rect)).NumberFormat = format;
  const rect = {
    top: block.top,
    left: block.left,
    bottom: block.top + values.length - 1,
    right: block.left + width - 1,
  };
  sheet.Range(rectAddress(rect)).Value2 = values;
}

/**
 * Fills as few Range("A1:B3,E5,…") calls as possible: equal neighbours are joined into rectangles
 * (formatRects over the fills' bounding box), rectangles of one colour share a multi-area address
 * under the 255-character limit; one Interior write per address.
 */
function writeFills(sheet: EtWorksheet, fills: { row: number; col: number; color: string | null }[]): void {
  const wanted = fills.filter((fill) => fill.color !== OPAQUE_FILL); // a fill we cannot reproduce is left alone
  if (wanted.length === 0) return;
  const top = Math.min(...wanted.map((f) => f.row));
  const left = Math.min(...wanted.map((f) => f.col));
  const bottom = Math.max(...wanted.map((f) => f.row));
  const right = Math.max(...wanted.map((f) => f.col));
  const NONE = '(none)';
  const grid: (string | null)[][] = Array.from({ length: bottom - top + 1 }, () =>
    Array<string | null>(right - left + 1).fill(null),
  );
  for (const fill of wanted)
    grid[fill.row - top][fill.col - left] = fill.color === null ? NONE : fill.color.toUpperCase();
  const byColor = new Map<string, string[]>();
  for (const { rect, format: color } of formatRects(grid, top, left))
    byColor.set(color, [...(byColor.get(color) ?? []), rectAddress(rect)]);
  for (const [color, areas] of byColor) {
    let batch: string[] = [];
    const flush = () => {
      if (batch.length === 0) return;
      const interior = sheet.Range(batch.join(',')).Interior;
      if (color === NONE) interior.ColorIndex = XL_NONE;
      else interior.Color = hexToBgr(color);
      batch = [];
    };
    for (const area of areas) {
      if ([...batch, area].join(',').length > MAX_ADDRESS) flush();
      batch.push(area);
    }
    flush();
  }
}

/** Addresses joined into multi-area ranges under the 255-character limit: one ET call per batch. */
function addressBatches(addresses: string[]): string[] {
  const batches: string[] = [];
  let batch: string[] = [];
  for (const address of addresses) {
    if (batch.length > 0 && [...batch, address].join(',').length > MAX_ADDRESS) {
      batches.push(batch.join(','));
      batch = [];
    }
    batch.push(address);
  }
  if (batch.length > 0) batches.push(batch.join(','));
  return batches;
}

/** ET's codes for the plan's page (XlPaperSize, XlPageOrientation). */
const PAPER_SIZES = { A4: 9 } as const;
const ORIENTATIONS = { portrait: 1 } as const;

/**
 * Bold cells as unions of rectangles (Font.Bold once per union), each wrapped column over the rows
 * written (WrapText once, then the rows' heights fitted), and the page. A page ET refuses (PageSetup
 * needs a printer on some systems) is left as it is: the report is still written.
 */
function writePresentation(sheet: EtWorksheet, write: SheetWrite): void {
  const bold = write.bold ?? [];
  if (bold.length > 0) {
    const top = Math.min(...bold.map((b) => b.row));
    const left = Math.min(...bold.map((b) => b.col));
    const grid: (string | null)[][] = Array.from(
      { length: Math.max(...bold.map((b) => b.row)) - top + 1 },
      () => Array<string | null>(Math.max(...bold.map((b) => b.col)) - left + 1).fill(null),
    );
    for (const b of bold) grid[b.row - top][b.col - left] = 'bold';
    const addresses = formatRects(grid, top, left).map(({ rect }) => rectAddress(rect));
    for (const batch of addressBatches(addresses)) sheet.Range(batch).Font.Bold = true;
  }
  const height = write.rows.length;
  if (height > 0 && write.wrapColumns && write.wrapColumns.length > 0) {
    const addresses = write.wrapColumns.map((col) =>
      rectAddress({ top: 0, bottom: height - 1, left: col, right: col }),
    );
    for (const batch of addressBatches(addresses)) {
      const range = sheet.Range(batch);
      range.WrapText = true;
      range.Rows.AutoFit?.();
    }
  }
  const page = write.pageSetup;
  if (page && sheet.PageSetup) {
    try {
      sheet.PageSetup.PaperSize = PAPER_SIZES[page.paper];
      sheet.PageSetup.Orientation = ORIENTATIONS[page.orientation];
    } catch {
      // Printing setup is a nicety: a WPS without a printer refuses it, the sheet is written anyway.
    }
  }
}

/** Adds or redefines a name; the scorer's memory names are hidden when added (Visible = False). */
function writeName(names: EtNames, add: NameAdd, exists: boolean): void {
  const formula = add.formula.startsWith('=') ? add.formula : `=${add.formula}`;
  if (exists) names.Item(add.name).RefersTo = formula;
  else {
    const item = names.Add(add.name, formula);
    if (add.hidden) item.Visible = false;
  }
}

/** Applies the plan; the caller's active sheet stays active (Worksheets.Add activates new sheets). */
export function applyPlan(app: EtApplication, plan: WritePlan, options: ApplyOptions): void {
  const workbook = app.ActiveWorkbook;
  const sheets = workbook.Worksheets;
  const active = app.ActiveSheet;
  const sheet = (name: string) => sheets.Item(name);
  for (const block of plan.blocks) writeBlock(sheet(block.sheet), block);
  const fillsBySheet = new Map<string, FillWrite[]>();
  for (const fill of plan.fills)
    fillsBySheet.set(fill.sheet, [...(fillsBySheet.get(fill.sheet) ?? []), fill]);
  for (const [name, fills] of fillsBySheet) writeFills(sheet(name), fills);

  const scoredIndex = options.sheetNames.findIndex((n) => sameText(n, plan.sheet));
  let created = 0;
  for (const write of plan.sheets) {
    let target: EtWorksheet;
    if (write.create) {
      // 1-based: the sheet after which the new one goes (the scored sheet, then the ones added).
      const after = sheets.Item(Math.max(1, scoredIndex + 1 + created));
      target = sheets.Add(undefined, after);
      target.Name = write.name;
      created += 1;
    } else {
      target = sheet(write.name);
      target.Cells.Clear();
    }
    const content = sheetBlock(write);
    if (content) writeBlock(target, content);
    if (write.fills) writeFills(target, write.fills);
    write.columnWidths?.forEach((characters, col) => {
      target.Range(rectAddress({ top: 0, bottom: 0, left: col, right: col })).ColumnWidth = characters;
    });
    writePresentation(target, write);
  }
  if (created > 0) active.Activate();
  // Each scope's Names once: a run defines dozens of the scorer's memory names on one sheet, and
  // every ET call counts.
  const namesByScope = new Map<string, EtNames>();
  const namesOf = (scope: NameAdd['scope']): EtNames => {
    const key = scope === 'workbook' ? '' : `!${caseKey(scope.sheet)}`;
    let names = namesByScope.get(key);
    if (!names) {
      names = scope === 'workbook' ? workbook.Names : sheets.Item(scope.sheet).Names;
      namesByScope.set(key, names);
    }
    return names;
  };
  // `create`: undo putting back a memory name the run deleted (it is not there to redefine).
  for (const add of plan.names) writeName(namesOf(add.scope), add, !add.create && options.nameExists(add));
  for (const entry of plan.deleteNames ?? []) namesOf(entry.scope).Item(entry.name).Delete();
}

/** Runs `writes` with screen updating (and alerts) off, restoring both whatever happens. */
export function withScreenOff<T>(app: EtApplication, writes: () => T): T {
  const updating = app.ScreenUpdating;
  const alerts = app.DisplayAlerts;
  app.ScreenUpdating = false;
  app.DisplayAlerts = false;
  try {
    return writes();
  } finally {
    app.ScreenUpdating = updating;
    app.DisplayAlerts = alerts;
  }
}
