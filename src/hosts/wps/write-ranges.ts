/**
 * The ET writes of one piece of a WritePlan: a block (number formats, then values), fills, a sheet's
 * presentation (bold, wrap, page), a name. Each call is one crossing into WPS, so they are batched
 * (multi-area addresses under ET's 255-character limit). The block and fill writers report each
 * completed call to an optional listener: ET is synchronous, so when a later call throws, what was
 * reported is exactly what landed (progress.ts).
 */
import { OPAQUE_FILL, type BlockWrite, type NameAdd, type SheetWrite } from '../../workbook/types';
import { rectangle, toExcelInput } from '../cell-input';
import { rectAddress, type Rect } from './blocks';
import { hexToBgr } from './cell-codes';
import { XL_NONE, type EtNames, type EtWorksheet } from './et-types';

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

/** What a block write reports as each of its ET calls completes (progress.ts keeps it). */
export interface BlockLanded {
  formats(rect: Rect): void;
  values(): void;
}

/** Number formats first (one call per same-format rectangle), then one Value2 for the block. */
export function writeBlock(sheet: EtWorksheet, block: BlockWrite, landed?: BlockLanded): void {
  const { rows: values, width } = rectangle(
    block.values.map((row) => row.map(toExcelInput)),
    '',
  );
  if (values.length === 0 || width === 0) return;
  if (block.numberFormats)
    for (const { rect, format } of formatRects(block.numberFormats, block.top, block.left)) {
      sheet.Range(rectAddress(rect)).NumberFormat = format;
      landed?.formats(rect);
    }
  const rect = {
    top: block.top,
    left: block.left,
    bottom: block.top + values.length - 1,
    right: block.left + width - 1,
  };
  sheet.Range(rectAddress(rect)).Value2 = values;
  landed?.values();
}

type CellFill = { row: number; col: number; color: string | null };

/**
 * Fills as few Range("A1:B3,E5,…") calls as possible: equal neighbours are joined into rectangles
 * (formatRects over the fills' bounding box), rectangles of one colour share a multi-area address
 * under the 255-character limit; one Interior write per address, after which `landed` is told the
 * fills it set.
 */
export function writeFills<F extends CellFill>(
  sheet: EtWorksheet,
  fills: readonly F[],
  landed?: (fills: F[]) => void,
): void {
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
  const byColor = new Map<string, Rect[]>();
  for (const { rect, format: color } of formatRects(grid, top, left))
    byColor.set(color, [...(byColor.get(color) ?? []), rect]);
  // The fills inside a batch's rectangles (only asked for when someone listens).
  const byCell = landed ? new Map(wanted.map((fill) => [`${fill.row},${fill.col}`, fill])) : null;
  const fillsIn = (rects: Rect[]): F[] =>
    rects.flatMap((rect) => {
      const inside: F[] = [];
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) inside.push(byCell!.get(`${r},${c}`)!);
      return inside;
    });
  for (const [color, rects] of byColor) {
    let batch: Rect[] = [];
    let address = '';
    const flush = () => {
      if (batch.length === 0) return;
      const interior = sheet.Range(address).Interior;
      if (color === NONE) interior.ColorIndex = XL_NONE;
      else interior.Color = hexToBgr(color);
      landed?.(fillsIn(batch));
      batch = [];
      address = '';
    };
    for (const rect of rects) {
      const area = rectAddress(rect);
      if (batch.length > 0 && address.length + 1 + area.length > MAX_ADDRESS) flush();
      address = batch.length === 0 ? area : `${address},${area}`;
      batch.push(rect);
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
export function writePresentation(sheet: EtWorksheet, write: SheetWrite): void {
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

/**
 * Adds or redefines a name; the scorer's memory names are hidden when added (Visible = False).
 * `landed` is told once the name exists with its formula (before Visible, which may still fail).
 */
export function writeName(names: EtNames, add: NameAdd, exists: boolean, landed?: () => void): void {
  const formula = add.formula.startsWith('=') ? add.formula : `=${add.formula}`;
  if (exists) {
    names.Item(add.name).RefersTo = formula;
    landed?.();
  } else {
    const item = names.Add(add.name, formula);
    landed?.();
    if (add.hidden) item.Visible = false;
  }
}
