/**
 * A WritePlan as a list of write steps, each queueing a few Office.js operations and carrying an
 * estimate of its share of the request (the JSON of the values/formats it sends, plus a fixed
 * per-operation overhead). Order: the operations Excel is most likely to refuse come first — adding
 * the scorer's sheets (refused under workbook-structure protection), then defining names (refused on
 * a bad formula or a clash; the scorer's hidden memory names among them, added, redefined or
 * deleted) — so a refusal leaves the fewest cells written; then the output columns,
 * fills, and the scorer's sheets' contents. (Office batches are not transactions: what precedes a
 * failing operation stays applied; score.ts then reports exactly what landed and hands back undo.)
 */
import {
  OPAQUE_FILL,
  type BlockWrite,
  type FillWrite,
  type NameAdd,
  type NameRef,
  type SheetWrite,
  type WritePlan,
} from '../../workbook/types';
import { sameText } from '../names';
import { rectangle, sheetBlock, toExcelInput } from '../cell-input';
import { charactersToPoints } from './column-width';

export interface WriteStep {
  /** Estimated bytes this step adds to a request. */
  bytes: number;
  queue(context: Excel.RequestContext): void;
}

export interface StepOptions {
  /** Tab order before the run (a created sheet goes right after the scored sheet). */
  sheetNames: string[];
  /** Whether a name already exists in that scope (then its formula is redefined, not added). */
  nameExists(add: NameAdd): boolean;
  /**
   * Worksheet.pageLayout is there (ExcelApi 1.9): a SheetWrite's pageSetup is applied; otherwise it
   * is left out (an older Excel would fail the whole batch on it).
   */
  pageLayout?: boolean;
}

/** Office's per-operation envelope (object path, action, ids) is a few hundred bytes at most. */
const OPERATION_OVERHEAD = 300;

const encoder = new TextEncoder();
export const jsonBytes = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

function sheetItem(context: Excel.RequestContext, name: string): Excel.Worksheet {
  return context.workbook.worksheets.getItem(name);
}

/** One rectangular write: number formats first, so a text format "@" governs the values. */
export function blockStep(block: BlockWrite): WriteStep {
  const { rows: values, width } = rectangle(
    block.values.map((row) => row.map(toExcelInput)),
    '',
  );
  const formats = block.numberFormats ? rectangle(block.numberFormats, 'General').rows : null;
  return {
    bytes: jsonBytes(values) + (formats ? jsonBytes(formats) : 0) + 2 * OPERATION_OVERHEAD,
    queue(context) {
      if (values.length === 0 || width === 0) return;
      const range = sheetItem(context, block.sheet).getRangeByIndexes(
        block.top,
        block.left,
        values.length,
        width,
      );
      if (formats) range.numberFormat = formats;
      range.values = values;
    },
  };
}

/** Splits a block into row slices of at most `maxBytes` each (only used when chunking). */
export function splitBlock(block: BlockWrite, maxBytes: number): BlockWrite[] {
  const slices: BlockWrite[] = [];
  let start = 0;
  while (start < block.values.length) {
    let end = start;
    let bytes = 0;
    while (end < block.values.length) {
      const rowBytes =
        jsonBytes(block.values[end]) + (block.numberFormats ? jsonBytes(block.numberFormats[end]) : 0);
      if (end > start && bytes + rowBytes > maxBytes) break;
      bytes += rowBytes;
      end += 1;
    }
    slices.push({
      sheet: block.sheet,
      top: block.top + start,
      left: block.left,
      values: block.values.slice(start, end),
      ...(block.numberFormats ? { numberFormats: block.numberFormats.slice(start, end) } : {}),
    });
    start = end;
  }
  return slices;
}

export function fillStep(fill: FillWrite): WriteStep {
  return {
    bytes: OPERATION_OVERHEAD,
    queue(context) {
      // OPAQUE_FILL is "a fill we cannot reproduce", never a colour: that cell's fill is left alone.
      if (fill.color === OPAQUE_FILL) return;
      const format = sheetItem(context, fill.sheet).getCell(fill.row, fill.col).format;
      if (fill.color === null) format.fill.clear();
      else format.fill.color = fill.color;
    },
  };
}

/** Adds a sheet the plan creates, placed at `position` (right after the scored sheet). */
function sheetAddStep(write: SheetWrite, position: number): WriteStep {
  return {
    bytes: OPERATION_OVERHEAD * 2,
    queue(context) {
      const sheet = context.workbook.worksheets.add(write.name);
      sheet.position = position;
    },
  };
}

/** Empties a sheet the plan rewrites, before its new contents. */
function sheetClearStep(write: SheetWrite): WriteStep {
  return {
    bytes: OPERATION_OVERHEAD,
    queue(context) {
      sheetItem(context, write.name).getRange().clear();
    },
  };
}

/**
 * Runs of cells down one column: one format.font.bold per run (Office.js has no multi-area range
 * before ExcelApi 1.9), so a report's headings cost a few operations, not one per cell.
 */
export function columnRuns(
  cells: { row: number; col: number }[],
): { top: number; col: number; rows: number }[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: { top: number; col: number; rows: number }[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    const inLast = last !== undefined && last.col === col && row >= last.top;
    if (inLast && row < last.top + last.rows) continue; // the same cell twice
    if (inLast && row === last.top + last.rows) last.rows += 1;
    else runs.push({ top: row, col, rows: 1 });
  }
  return runs;
}

/** Bold cells, wrapped columns (over the rows written, row heights fitted) and the page, if asked. */
function presentationSteps(write: SheetWrite, pageLayout: boolean): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const run of columnRuns(write.bold ?? []))
    steps.push({
      bytes: OPERATION_OVERHEAD,
      queue(context) {
        sheetItem(context, write.name).getRangeByIndexes(run.top, run.col, run.rows, 1).format.font.bold =
          true;
      },
    });
  const height = write.rows.length;
  for (const col of height > 0 ? (write.wrapColumns ?? []) : [])
    steps.push({
      bytes: OPERATION_OVERHEAD * 2,
      queue(context) {
        const format = sheetItem(context, write.name).getRangeByIndexes(0, col, height, 1).format;
        format.wrapText = true;
        format.autofitRows();
      },
    });
  const page = write.pageSetup;
  if (page && pageLayout)
    steps.push({
      bytes: OPERATION_OVERHEAD * 2,
      queue(context) {
        const layout = sheetItem(context, write.name).pageLayout;
        layout.paperSize = PAPER_SIZES[page.paper];
        layout.orientation = ORIENTATIONS[page.orientation];
      },
    });
  return steps;
}

/** Office.js's words for the plan's page (Excel.PaperType, Excel.PageOrientation). */
const PAPER_SIZES = { A4: 'A4' } as const;
const ORIENTATIONS = { portrait: 'Portrait' } as const;

function sheetDecorationSteps(write: SheetWrite, pageLayout: boolean): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const fill of write.fills ?? []) steps.push(fillStep({ sheet: write.name, ...fill }));
  steps.push(...presentationSteps(write, pageLayout));
  write.columnWidths?.forEach((characters, col) =>
    steps.push({
      bytes: OPERATION_OVERHEAD,
      queue(context) {
        sheetItem(context, write.name).getRangeByIndexes(0, col, 1, 1).format.columnWidth =
          charactersToPoints(characters);
      },
    }),
  );
  return steps;
}

function namesOf(context: Excel.RequestContext, scope: NameAdd['scope']): Excel.NamedItemCollection {
  return scope === 'workbook' ? context.workbook.names : sheetItem(context, scope.sheet).names;
}

/** Adds or redefines a name; the scorer's memory names are hidden when added (visible = false). */
export function nameStep(add: NameAdd, exists: boolean): WriteStep {
  const formula = add.formula.startsWith('=') ? add.formula : `=${add.formula}`;
  return {
    bytes: OPERATION_OVERHEAD * (add.hidden && !exists ? 2 : 1) + jsonBytes(formula),
    queue(context) {
      const names = namesOf(context, add.scope);
      if (exists) names.getItem(add.name).formula = formula;
      else {
        const item = names.add(add.name, formula);
        if (add.hidden) item.visible = false;
      }
    },
  };
}

/** Deletes a name the plan no longer needs (only ever one of the scorer's memory names). */
export function nameDeleteStep(entry: NameRef): WriteStep {
  return {
    bytes: OPERATION_OVERHEAD,
    queue(context) {
      namesOf(context, entry.scope).getItem(entry.name).delete();
    },
  };
}

/** Every step of a plan; `maxBlockBytes` splits big blocks (Infinity = never). */
export function planSteps(plan: WritePlan, options: StepOptions, maxBlockBytes = Infinity): WriteStep[] {
  const blockSteps = (block: BlockWrite) =>
    (maxBlockBytes === Infinity ? [block] : splitBlock(block, maxBlockBytes)).map(blockStep);
  const steps: WriteStep[] = [];
  const scoredIndex = options.sheetNames.findIndex((n) => sameText(n, plan.sheet));
  let created = 0;
  for (const write of plan.sheets) {
    if (!write.create) continue;
    steps.push(sheetAddStep(write, Math.max(0, scoredIndex + 1 + created)));
    created += 1;
  }
  // `create`: undo putting back a name the run deleted (it is not there to redefine).
  for (const add of plan.names) steps.push(nameStep(add, !add.create && options.nameExists(add)));
  for (const entry of plan.deleteNames ?? []) steps.push(nameDeleteStep(entry));
  for (const block of plan.blocks) steps.push(...blockSteps(block));
  for (const fill of plan.fills) steps.push(fillStep(fill));
  for (const write of plan.sheets) {
    if (!write.create) steps.push(sheetClearStep(write));
    const content = sheetBlock(write);
    if (content) steps.push(...blockSteps(content));
    steps.push(...sheetDecorationSteps(write, options.pageLayout === true));
  }
  return steps;
}
