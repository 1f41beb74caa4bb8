/**
 * Opening an .xlsx/.xlsm package for scoring and taking the snapshot the workbook mapping scores.
 *
 * The package is read part by part (./package.ts): the workbook part (found through the package's
 * own relationship, not assumed at xl/workbook.xml), its relationships, the styles, the shared
 * strings, the theme, and only the worksheets a snapshot asks for — a 50 MB workbook does not load
 * the sheets the scorer never looks at. Defined names are read from the raw workbook XML
 * (./defined-names.ts) so every name keeps its scope and text.
 */
import { readFile as readFileCallback } from 'fs';
import { promisify } from 'util';
import { outputSheetNames } from '../../workbook/outputLocation';
import type { DefinedName, ScoringSnapshot, SheetSnapshot } from '../../workbook/types';
import { sameText } from '../names';
import { themeSchemeFromXml } from './colors';
import { readStoredNames, toDefinedNames, type StoredName } from './defined-names';
import { XlsxPackage, type Relationship } from './package';
import { readSheetSnapshot, type ReadContext } from './read-grid';
import { readSharedStrings } from './shared-strings';
import { SheetPart } from './sheet-part';
import { StylesPart } from './styles-part';
import { attribute, findElement, findElements } from './xml';

/** fs.readFile (callback, promisified): cheaper per file than fs/promises' FileHandle API. */
const readFile = promisify(readFileCallback);

/** A file's bytes read ahead of time, or why they could not be read. */
export type FileSource = { bytes: Buffer } | { error: unknown };

/** One entry of the workbook's <sheets>, in tab order. */
export interface BookSheet {
  name: string;
  /** The sheet's part (package path); null when its relationship points nowhere. */
  part: string | null;
  /** True for a worksheet (a chart sheet or dialog sheet has no cells). */
  worksheet: boolean;
  /** The <sheet> element as in the file; null for a sheet the scorer added. */
  element: string | null;
}

/** An .xlsx/.xlsm package open for scoring. */
export interface XlsxBook {
  /** The file it was read from (never written to). */
  path: string;
  pkg: XlsxPackage;
  /** The workbook part, e.g. "xl/workbook.xml". */
  workbookPart: string;
  workbookXml: string;
  /** Sheets in tab order (scorer-added ones included once applied). */
  sheets: BookSheet[];
  /** Every defined name, as stored and as the applied plans left them, in file order. */
  storedNames: StoredName[];
  /** The names as the file had them (the workbook part is rewritten only when they change). */
  originalNames: StoredName[];
  styles: StylesPart;
  /** The styles part's name ("" when the package has none yet). */
  stylesPart: string;
  sharedStrings: () => string[];
  context: ReadContext;
  /** Worksheets parsed so far (by part name), edited in place by applyWritePlan. */
  parsed: Map<string, SheetPart>;
  /** Relationship type of worksheets as this package spells it (transitional or strict namespace). */
  worksheetType: string;
  /** A sheet holding formulas was written afresh (the calculation chain no longer matches). */
  formulasRemoved: boolean;
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

const TRANSITIONAL_WORKSHEET =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const isType = (relationship: Relationship, kind: string): boolean => relationship.type.endsWith(`/${kind}`);

/** Parses a package into a book; throws a plain Error describing what is missing. */
export function bookFromPackage(pkg: XlsxPackage, path = ''): XlsxBook {
  const office = pkg.relationships('').find((r) => isType(r, 'officeDocument') && r.part);
  const workbookPart = office?.part ?? (pkg.has('xl/workbook.xml') ? 'xl/workbook.xml' : null);
  const workbookXml = workbookPart ? pkg.text(workbookPart) : undefined;
  if (!workbookPart || workbookXml === undefined) throw new Error('缺少 xl/workbook.xml');
  const relationships = pkg.relationships(workbookPart);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const sheetsElement = findElement(workbookXml, 'sheets');
  const sheets: BookSheet[] = (sheetsElement ? findElements(sheetsElement.content, 'sheet') : []).map(
    ({ openTag }) => {
      const idAttribute = /\s([\w.-]+:id)\s*=/.exec(openTag)?.[1];
      const relationship = idAttribute ? byId.get(attribute(openTag, idAttribute) ?? '') : undefined;
      return {
        name: attribute(openTag, 'name') ?? '',
        part: relationship?.part && pkg.has(relationship.part) ? relationship.part : null,
        worksheet: relationship ? isType(relationship, 'worksheet') : false,
        element: openTag,
      };
    },
  );
  const stylesRelationship = relationships.find((r) => isType(r, 'styles') && r.part && pkg.has(r.part));
  const stylesPart = stylesRelationship?.part ?? '';
  const stringsPart = relationships.find((r) => isType(r, 'sharedStrings') && r.part)?.part;
  const themePart = relationships.find((r) => isType(r, 'theme') && r.part)?.part;
  const styles = new StylesPart(stylesPart ? pkg.text(stylesPart) : undefined);
  let strings: string[] | null = null;
  let themeScheme: string[] | null = null;
  const workbookPr = findElement(workbookXml, 'workbookPr');
  const date1904 = workbookPr ? attribute(workbookPr.openTag, 'date1904') : undefined;
  const storedNames = readStoredNames(workbookXml);
  return {
    path,
    pkg,
    workbookPart,
    workbookXml,
    sheets,
    storedNames,
    originalNames: storedNames,
    styles,
    stylesPart,
    sharedStrings: () => (strings ??= readSharedStrings(stringsPart ? pkg.text(stringsPart) : undefined)),
    context: {
      date1904: date1904 === '1' || date1904 === 'true',
      // Read on first use: only a fill in a theme colour needs the theme part.
      get themeScheme() {
        return (themeScheme ??= themeSchemeFromXml(themePart ? pkg.text(themePart) : undefined));
      },
      customPalette: styles.customPalette,
    },
    parsed: new Map(),
    worksheetType: relationships.find((r) => isType(r, 'worksheet'))?.type ?? TRANSITIONAL_WORKSHEET,
    formulasRemoved: false,
  };
}

/** A book from a package's bytes (in memory, e.g. a fixture). Throws UnreadableWorkbookError. */
export async function bookFromBytes(bytes: Buffer, path = ''): Promise<XlsxBook> {
  try {
    return bookFromPackage(await XlsxPackage.open(bytes), path);
  } catch (error) {
    throw new UnreadableWorkbookError(path, describeReadError(error));
  }
}

/**
 * Reads an .xlsx/.xlsm file. Throws UnreadableWorkbookError. `source` is the file's bytes (or the
 * error reading them) when the caller already read them, e.g. a batch that reads the next file
 * while the current one is being scored.
 */
export async function readWorkbook(path: string, source?: FileSource): Promise<XlsxBook> {
  let buffer: Buffer;
  try {
    if (source && 'error' in source) throw source.error;
    buffer = source?.bytes ?? (await readFile(path));
  } catch (error) {
    throw new UnreadableWorkbookError(path, describeReadError(error));
  }
  return bookFromBytes(buffer, path);
}

/** Sheet names in tab order. */
export function sheetNames(book: XlsxBook): string[] {
  return book.sheets.map((sheet) => sheet.name);
}

/** Every defined name, workbook- and sheet-scoped, in the mapping's shape. */
export function definedNames(book: XlsxBook): DefinedName[] {
  let names = namesOf.get(book.storedNames);
  if (!names) {
    names = toDefinedNames(book.storedNames);
    namesOf.set(book.storedNames, names);
  }
  // A new array each time (callers may add to it), of the same definitions: the mapping keeps what
  // it has read of a definition (workbook/names.ts) per definition object.
  return [...names];
}

/**
 * The names of a stored-name list, per list: a list is never changed in place (applying a plan
 * replaces book.storedNames with a new one, mergeNames), so its names stay what they were.
 */
const namesOf = new WeakMap<StoredName[], DefinedName[]>();

/** The sheet of that name (exact spelling first, then Excel's case-insensitive match). */
export function findSheet(book: XlsxBook, name: string): BookSheet | undefined {
  return book.sheets.find((s) => s.name === name) ?? book.sheets.find((s) => sameText(s.name, name));
}

/** A worksheet's parsed part (parsed once; later reads see the edits applied to it). */
export function sheetPart(book: XlsxBook, sheet: BookSheet): SheetPart | null {
  if (!sheet.part || !sheet.worksheet) return null;
  let part = book.parsed.get(sheet.part);
  if (!part) {
    part = new SheetPart(book.pkg.text(sheet.part) ?? '');
    book.parsed.set(sheet.part, part);
  }
  return part;
}

/** One sheet's snapshot (an empty grid for a chart sheet). */
export function snapshotOf(book: XlsxBook, sheet: BookSheet): SheetSnapshot {
  const part = sheetPart(book, sheet);
  if (!part) {
    return {
      name: sheet.name,
      protected: false,
      grid: { top: 0, left: 0, values: [], formulas: [], numberFormats: [], fills: [], merged: [] },
    };
  }
  if (part.isEdited())
    return readSheetSnapshot(part, sheet.name, book.styles, book.sharedStrings, book.context);
  let snapshot = unedited.get(part);
  if (snapshot?.name !== sheet.name) {
    snapshot = readSheetSnapshot(part, sheet.name, book.styles, book.sharedStrings, book.context);
    unedited.set(part, snapshot);
  }
  return snapshot;
}

/**
 * Snapshots of parts not edited since they were parsed: such a part reads the same every time (its
 * cells, and its styles, to which a book only ever appends), and the scored sheet is read twice, for
 * its head (sheetHead) and for planning (readSnapshot). Grids are never changed by their readers.
 */
const unedited = new WeakMap<SheetPart, SheetSnapshot>();

/** The snapshot of one sheet: its used range, every name, sheet names, its output sheets' grids. */
export function readSnapshot(book: XlsxBook, sheetName: string): ScoringSnapshot {
  const sheet = findSheet(book, sheetName);
  if (!sheet) throw new Error(`工作表 ${sheetName} 不存在 (no such sheet)`);
  const names = definedNames(book);
  const otherSheets = outputSheetNames(names, sheet.name, sheetNames(book))
    .map((name) => findSheet(book, name))
    .filter((other): other is BookSheet => other !== undefined)
    .map((other) => snapshotOf(book, other));
  return { sheet: snapshotOf(book, sheet), names, sheetNames: sheetNames(book), otherSheets };
}

/** One sheet's snapshot by name. */
export function sheetSnapshot(book: XlsxBook, sheetName: string): SheetSnapshot {
  const sheet = findSheet(book, sheetName);
  if (!sheet) throw new Error(`工作表 ${sheetName} 不存在 (no such sheet)`);
  return snapshotOf(book, sheet);
}

/** Compressed bytes of a sheet inflated to see its first rows, and how many of those rows are read. */
const HEAD_COMPRESSED_BYTES = 64 * 1024;
const HEAD_ROWS = 300;

/**
 * The first rows of a sheet (at most HEAD_ROWS, from at most HEAD_COMPRESSED_BYTES of its stored
 * part) without inflating or parsing the rest: enough to see whether it holds a table's header, so a
 * big data sheet without one is never read whole. Merged areas (stored after the rows) are not read.
 */
export function sheetHead(book: XlsxBook, sheetName: string): SheetSnapshot {
  const sheet = findSheet(book, sheetName);
  if (!sheet) throw new Error(`工作表 ${sheetName} 不存在 (no such sheet)`);
  if (!sheet.part || !sheet.worksheet || book.parsed.has(sheet.part)) return snapshotOf(book, sheet);
  const text = book.pkg.textPrefix(sheet.part, HEAD_COMPRESSED_BYTES) ?? '';
  const prefix = /<(\w+:)?sheetData\b/.exec(text)?.[1] ?? '';
  if (text.includes(`</${prefix}sheetData>`)) return snapshotOf(book, sheet);
  // Cut after the last complete row (or the HEAD_ROWS-th) and close what is open.
  let end = -1;
  let rows = 0;
  for (const row of text.matchAll(new RegExp(`</${prefix}row>|<${prefix}row\\b[^>]*/>`, 'g'))) {
    end = row.index + row[0].length;
    if (++rows === HEAD_ROWS) break;
  }
  const head = end < 0 ? '' : `${text.slice(0, end)}</${prefix}sheetData></${prefix}worksheet>`;
  return readSheetSnapshot(new SheetPart(head), sheet.name, book.styles, book.sharedStrings, book.context);
}
