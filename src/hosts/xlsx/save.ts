/**
 * Saving a scored workbook by editing its package: only the parts the plan touched are written
 * again — the edited worksheets, the styles part when a style was added, the workbook part when a
 * sheet or a name was added (names re-rendered with localSheetId for the final sheet order), the
 * workbook's relationships and the content types for a new sheet. Every other part of the input —
 * charts, drawings, images, comments, tables, pivot tables, external links, the VBA project, custom
 * XML, themes, printer settings — is copied as stored, byte for byte.
 *
 * The calculation chain (xl/calcChain.xml) lists formula cells; when the scorer overwrites a cell
 * that held a formula, the chain is dropped (Excel rebuilds it) rather than left pointing at a cell
 * that no longer has one, which Excel would "repair".
 *
 * The file is written to a temporary file beside the output and renamed into place, so a failed or
 * interrupted save never leaves a half-written output, and an input file is never the target.
 */
import { randomBytes } from 'crypto';
import { closeSync, open as openCallback, renameSync, unlinkSync, writevSync } from 'fs';
import { promisify } from 'util';
import { basename, dirname, join, resolve } from 'path';
import type { NameAdd } from '../../workbook/types';
import { mergeNames, patchWorkbookXml, type StoredName } from './defined-names';
import { EMPTY_STYLESHEET } from './styles-part';
import type { BookSheet, XlsxBook } from './workbook';
import {
  attribute,
  encodeXmlAttribute,
  findElement,
  findElements,
  prefixOf,
  splice,
  withAttribute,
} from './xml';

/** fs.open (callback, promisified): cheaper per call than fs/promises' FileHandle API. */
const open = promisify(openCallback);

/**
 * Writes the pieces one after the other into the open file and closes it (libuv writes every piece,
 * however many). Synchronous: from the page cache a small output's write and close take microseconds,
 * less than a trip to Node's I/O threads and back.
 */
function writeChunksAndClose(fd: number, chunks: readonly Buffer[]): void {
  try {
    const expected = chunks.reduce((total, chunk) => total + chunk.length, 0);
    const written = chunks.length === 0 ? 0 : writevSync(fd, chunks as Buffer[]);
    if (written !== expected) throw new Error(`short write: ${written} of ${expected} bytes`);
  } finally {
    closeSync(fd);
  }
}

const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

export class OutputIsInputError extends Error {
  constructor(readonly path: string) {
    super(`输出文件不能与输入文件相同：${path} (the output must not overwrite an input)`);
    this.name = 'OutputIsInputError';
  }
}

/** A path as compared: resolved, and case-folded where the file system usually ignores case. */
const pathKey = (path: string): string =>
  process.platform === 'linux' ? resolve(path) : resolve(path).toLowerCase();

/** True when two paths name the same file (compared resolved; case-insensitively on Windows/macOS). */
export function samePath(a: string, b: string): boolean {
  return pathKey(a) === pathKey(b);
}

/**
 * The protected paths of a run as a set, built once per list: a batch checks every output against
 * every input, which resolved pairwise is quadratic in the number of files.
 */
const protectedSets = new WeakMap<string[], Set<string>>();
function isProtected(outPath: string, protectedPaths: string[]): boolean {
  let set = protectedSets.get(protectedPaths);
  if (!set) {
    set = new Set(protectedPaths.map(pathKey));
    protectedSets.set(protectedPaths, set);
  }
  return set.has(pathKey(outPath));
}

const sameNames = (a: StoredName[], b: StoredName[]): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Adds the scorer's new sheets to the package and to <sheets>, in tab order. */
function addNewSheets(book: XlsxBook, workbookXml: string): string {
  const created = book.sheets.filter((sheet) => sheet.element === null);
  if (created.length === 0) return workbookXml;
  const sheetsElement = findElement(workbookXml, 'sheets');
  if (!sheetsElement) throw new Error('xl/workbook.xml has no <sheets>');
  const existing = book.sheets.filter((s) => s.element !== null).map((s) => s.element!);
  const idAttribute = existing.map((e) => /\s([\w.-]+:id)\s*=/.exec(e)?.[1]).find(Boolean) ?? 'r:id';
  const tag = /^<([\w.:-]+)/.exec(existing[0] ?? '<sheet')![1];
  let nextId = Math.max(0, ...existing.map((e) => Number(attribute(e, 'sheetId')) || 0)) + 1;
  const oldOrder = book.sheets.filter((s) => s.element !== null).map((s) => s.name);
  for (const sheet of created) {
    const id = book.pkg.addRelationship(book.workbookPart, book.worksheetType, sheet.part!);
    book.pkg.setContentType(sheet.part!, WORKSHEET_CONTENT);
    sheet.element = `<${tag} name="${encodeXmlAttribute(sheet.name)}" sheetId="${nextId++}" ${idAttribute}="${id}"/>`;
  }
  const prefix = prefixOf(sheetsElement.tag);
  const content = book.sheets.map((s: BookSheet) => s.element!).join('');
  let xml = splice(
    workbookXml,
    sheetsElement.start,
    sheetsElement.end,
    `<${prefix}sheets>${content}</${prefix}sheets>`,
  );
  // The active and first visible tab are positions: keep them on the same sheets.
  const newOrder = book.sheets.map((s) => s.name);
  const views = findElement(xml, 'bookViews');
  if (views) {
    let content = views.content;
    for (const view of findElements(views.content, 'workbookView').reverse()) {
      let openTag = view.openTag;
      for (const key of ['activeTab', 'firstSheet']) {
        const index = attribute(openTag, key);
        if (index === undefined) continue;
        const moved = newOrder.indexOf(oldOrder[Number(index)]);
        if (moved >= 0 && moved !== Number(index)) openTag = withAttribute(openTag, key, String(moved));
      }
      content = splice(content, view.start, view.start + view.openTag.length, openTag);
    }
    xml = splice(xml, views.contentStart, views.contentStart + views.content.length, content);
  }
  return xml;
}

function writeStyles(book: XlsxBook): void {
  if (!book.styles.changed()) return;
  if (!book.stylesPart) {
    const folder = book.workbookPart.slice(0, book.workbookPart.lastIndexOf('/') + 1);
    book.stylesPart = `${folder}styles.xml`;
    book.pkg.addRelationship(
      book.workbookPart,
      book.worksheetType.replace(/worksheet$/, 'styles'),
      book.stylesPart,
    );
    book.pkg.setContentType(book.stylesPart, STYLES_CONTENT);
  }
  book.pkg.setText(book.stylesPart, book.styles.render() || EMPTY_STYLESHEET);
}

function dropCalcChain(book: XlsxBook): void {
  const chain = book.pkg.relationships(book.workbookPart).filter((r) => r.type.endsWith('/calcChain'));
  for (const relationship of chain) {
    if (relationship.part) {
      book.pkg.remove(relationship.part);
      book.pkg.removeContentType(relationship.part);
    }
  }
  book.pkg.removeRelationships(book.workbookPart, (r) => r.type.endsWith('/calcChain'));
}

/**
 * The whole output file as bytes. `extraNames` are names to add on top of the book's own (the
 * example workbook's); scoring passes [], since applyWritePlan has already merged the plan's names.
 */
export function workbookBytes(book: XlsxBook, extraNames: NameAdd[] = []): Buffer {
  return Buffer.concat(workbookChunks(book, extraNames));
}

/** workbookBytes as consecutive pieces, not joined (what writeAtomically writes without copying). */
export function workbookChunks(book: XlsxBook, extraNames: NameAdd[] = []): Buffer[] {
  if (extraNames.length > 0) book.storedNames = mergeNames(book.storedNames, extraNames);
  let formulaOverwritten = book.formulasRemoved;
  for (const [name, part] of book.parsed) {
    if (!part.isEdited()) continue;
    book.pkg.setText(name, part.render());
    formulaOverwritten ||= part.formulaOverwritten;
  }
  const addedSheets = book.sheets.some((sheet) => sheet.element === null);
  let workbookXml = addNewSheets(book, book.workbookXml);
  if (addedSheets || !sameNames(book.storedNames, book.originalNames)) {
    workbookXml = patchWorkbookXml(workbookXml, book.storedNames);
  }
  if (workbookXml !== book.workbookXml) {
    book.pkg.setText(book.workbookPart, workbookXml);
    book.workbookXml = workbookXml;
    book.originalNames = book.storedNames;
  }
  writeStyles(book);
  if (formulaOverwritten) dropCalcChain(book);
  return book.pkg.toChunks();
}

/**
 * Writes bytes (one buffer, or consecutive pieces) to outPath atomically (a temporary file beside
 * it, then a rename), refusing any path in `protectedPaths` (the inputs: an input file is never
 * written).
 */
export async function writeAtomically(
  bytes: Buffer | readonly Buffer[],
  outPath: string,
  protectedPaths: string[],
): Promise<void> {
  if (isProtected(outPath, protectedPaths)) throw new OutputIsInputError(outPath);
  const temp = temporaryPath(outPath);
  try {
    // Creating the file is the call that can wait (on the file system's journal, for milliseconds
    // when other programs write): it runs on Node's I/O threads while the caller scores the next
    // file. Writing, closing and renaming follow synchronously (see writeChunksAndClose).
    const fd = await open(temp, 'w');
    writeChunksAndClose(fd, Buffer.isBuffer(bytes) ? [bytes] : bytes);
    renameSync(temp, outPath);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
}

/** Temporary names: random per process (another run may write beside it), counted within it. */
const RUN_TAG = randomBytes(4).toString('hex');
let tempCount = 0;
const temporaryPath = (outPath: string): string =>
  join(dirname(outPath), `.${basename(outPath)}.${RUN_TAG}${(tempCount++).toString(36)}.tmp`);

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // never created, or already gone
  }
}

/**
 * Writes the workbook to outPath (atomically). Refuses to write over the file the workbook was
 * read from, or over any of `protectedPaths` (the run's other inputs).
 */
export async function saveWorkbook(
  book: XlsxBook,
  outPath: string,
  extraNames: NameAdd[] = [],
  protectedPaths: string[] = [],
): Promise<void> {
  const inputs = [book.path, ...protectedPaths].filter((path) => path !== '');
  for (const input of inputs) {
    if (samePath(input, outPath)) throw new OutputIsInputError(outPath);
  }
  await writeAtomically(workbookChunks(book, extraNames), outPath, inputs);
}
