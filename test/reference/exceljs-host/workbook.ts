/**
 * Opening an .xlsx file and taking the snapshot the workbook mapping scores.
 *
 * The file is read once: inflated natively (./zip-reader.ts) and parsed by exceljs; on its way we
 * keep the raw xl/workbook.xml to read the defined names ourselves (see ./defined-names.ts).
 * exceljs is given no names at all: it would only mangle them (and expand every range name into
 * one entry per cell, which is slow for whole-column names); they are written back from the raw
 * list on save.
 */
import { readFile } from 'fs/promises';
import { Readable } from 'stream';
import ExcelJS from 'exceljs';
import { OUTPUT_NAMES } from '../../../src/workbook';
import type { DefinedName, ScoringSnapshot } from '../../../src/workbook/types';
import { sameScope, sameText } from '../../../src/hosts/names';
import { themeSchemeFromXml } from '../../../src/hosts/xlsx/colors';
import { readStoredNames, toDefinedNames, type StoredName } from '../../../src/hosts/xlsx/defined-names';
import { readSheetSnapshot, type ReadContext } from './read-cells';
import { featuresLostOnSave, storedCopy } from './zip-reader';

/** A file's bytes read ahead of time, or why they could not be read. */
export type FileSource = { bytes: Buffer } | { error: unknown };

/** An .xlsx file open for scoring. */
export interface XlsxBook {
  /** The file it was read from (never written to). */
  path: string;
  workbook: ExcelJS.Workbook;
  /** Every defined name of the file, as stored, in file order. */
  storedNames: StoredName[];
  context: ReadContext;
  /** Features of the file that the saved output will not have (exceljs drops them), in Chinese. */
  lostOnSave: string[];
}

/** A file that is not a readable .xlsx workbook; the message is for the user (Chinese first). */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`无法读取 ${path}：${reason} (cannot read the workbook)`);
    this.name = 'UnreadableWorkbookError';
  }
}

interface ParsesWorkbookXml {
  parseWorkbook(stream: Readable): Promise<{ definedNames?: unknown[] }>;
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return '文件不存在';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  if (code === 'EISDIR') return '这是一个文件夹';
  const message = error instanceof Error ? error.message : String(error);
  if (/zip|central directory|signature|Corrupted/i.test(message))
    return '不是有效的 .xlsx 文件（可能是 .xls 或已损坏）';
  return `不是有效的 .xlsx 文件（${message}）`;
}

/**
 * Reads an .xlsx file: workbook, raw defined names, theme colours. Throws UnreadableWorkbookError.
 * `source` is the file's bytes (or the error reading them) when the caller already read them, e.g.
 * a batch that reads the next file while the current one is being scored.
 */
export async function readWorkbook(path: string, source?: FileSource): Promise<XlsxBook> {
  let buffer: Buffer;
  try {
    if (source && 'error' in source) throw source.error;
    buffer = source?.bytes ?? (await readFile(path));
  } catch (error) {
    throw new UnreadableWorkbookError(path, describeReadError(error));
  }
  const workbook = new ExcelJS.Workbook();
  let workbookXml: string | undefined;
  let lostOnSave: string[] = [];
  let customPalette = false;
  const xlsx = workbook.xlsx as unknown as ParsesWorkbookXml;
  const parseWorkbook = xlsx.parseWorkbook.bind(xlsx);
  xlsx.parseWorkbook = async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream)
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    workbookXml = Buffer.concat(chunks).toString('utf8');
    const model = await parseWorkbook(Readable.from([workbookXml]));
    model.definedNames = [];
    return model;
  };
  try {
    const stored = storedCopy(buffer);
    lostOnSave = featuresLostOnSave(stored.partNames);
    customPalette = stored.customPalette;
    await workbook.xlsx.load((stored.bytes ?? buffer) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UnreadableWorkbookError(path, describeReadError(error));
  }
  if (workbookXml === undefined) throw new UnreadableWorkbookError(path, '缺少 xl/workbook.xml');
  const themes = (workbook as unknown as { _themes?: Record<string, string> })._themes;
  return {
    path,
    workbook,
    storedNames: readStoredNames(workbookXml),
    context: {
      date1904: Boolean(workbook.properties?.date1904),
      themeScheme: themeSchemeFromXml(themes?.theme1),
      customPalette,
    },
    lostOnSave,
  };
}

/** A workbook built in memory (no file behind it), e.g. the example or a test fixture. */
export function bookFromWorkbook(workbook: ExcelJS.Workbook, path = ''): XlsxBook {
  return {
    path,
    workbook,
    storedNames: [],
    context: { date1904: false, themeScheme: themeSchemeFromXml(undefined) },
    lostOnSave: [],
  };
}

/** Sheet names in tab order. */
export function sheetNames(book: XlsxBook): string[] {
  return book.workbook.worksheets.map((sheet) => sheet.name);
}

/** Every defined name, workbook- and sheet-scoped, in the mapping's shape. */
export function definedNames(book: XlsxBook): DefinedName[] {
  return toDefinedNames(book.storedNames);
}

/** The sheet name a reference such as "'评分汇总'!$A$1" or "Sheet2!A1:B3" points at. */
export function sheetOfReference(formula: string): string | null {
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(formula.trim());
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}

/** The existing sheets the scored sheet's PE_OutSummary / PE_OutDeductions names point at, as spelled in the book. */
function outputSheetsOf(names: DefinedName[], sheetName: string, allSheets: string[]): string[] {
  const sheets = new Set<string>();
  for (const key of [OUTPUT_NAMES.summary, OUTPUT_NAMES.deductions]) {
    const candidates = names.filter((n) => sameText(n.name, key));
    // A name scoped to the scored sheet wins over a workbook-scoped one.
    const scoped = candidates.find((n) => sameScope(n.scope, { sheet: sheetName }));
    const chosen = scoped ?? candidates.find((n) => n.scope === 'workbook');
    const target = chosen ? sheetOfReference(chosen.formula) : null;
    const sheet = target === null ? undefined : allSheets.find((s) => sameText(s, target));
    if (sheet && !sameText(sheet, sheetName)) sheets.add(sheet);
  }
  return [...sheets];
}

/** The snapshot of one sheet: its used range, every name, sheet names, its output sheets' grids. */
export function readSnapshot(book: XlsxBook, sheetName: string): ScoringSnapshot {
  const sheet = book.workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`工作表 ${sheetName} 不存在 (no such sheet)`);
  const names = definedNames(book);
  const otherSheets = outputSheetsOf(names, sheetName, sheetNames(book))
    .map((name) => book.workbook.getWorksheet(name))
    .filter((other): other is ExcelJS.Worksheet => other !== undefined)
    .map((other) => readSheetSnapshot(other, book.context));
  return {
    sheet: readSheetSnapshot(sheet, book.context),
    names,
    sheetNames: sheetNames(book),
    otherSheets,
  };
}
