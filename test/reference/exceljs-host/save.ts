/**
 * Saving a scored workbook: exceljs renders the package parts; xl/workbook.xml gets its
 * <definedNames> replaced by the original names plus the added ones (./defined-names.ts), with
 * localSheetId computed against the final sheet order; the parts are zipped with native zlib.
 *
 * The file is written to a temporary file beside the output and renamed into place, so a failed or
 * interrupted save never leaves a half-written output, and an input file is never the target.
 */
import { randomBytes } from 'crypto';
import { rename, unlink, writeFile } from 'fs/promises';
import { basename, dirname, join, resolve } from 'path';
import { Writable } from 'stream';
import type { NameAdd } from '../../../src/workbook/types';
import { mergeNames, patchWorkbookXml } from '../../../src/hosts/xlsx/defined-names';
import type { XlsxBook } from './workbook';
import { zipEntries } from '../../../src/hosts/xlsx/zip-writer';

/** The parts of exceljs's XLSX writer that saving hooks into (exceljs 4.4, lib/xlsx/xlsx.js). */
interface ZipWriterLike {
  append(data: unknown, options: { name: string; base64?: boolean }): void;
}
interface ExceljsXlsxWriter {
  addContentTypes(zip: ZipWriterLike, model: unknown): Promise<void>;
  _finalize(zip: ZipWriterLike): Promise<unknown>;
  write(stream: NodeJS.WritableStream, options?: object): Promise<unknown>;
}

function partBytes(data: unknown, base64: boolean | undefined): Buffer {
  if (typeof data === 'string') return Buffer.from(data, base64 ? 'base64' : 'utf8');
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(String(data), 'utf8');
}

export class OutputIsInputError extends Error {
  constructor(readonly path: string) {
    super(`输出文件不能与输入文件相同：${path} (the output must not overwrite an input)`);
    this.name = 'OutputIsInputError';
  }
}

/** True when two paths name the same file (compared resolved; case-insensitively on Windows/macOS). */
export function samePath(a: string, b: string): boolean {
  const [x, y] = [resolve(a), resolve(b)];
  return process.platform === 'linux' ? x === y : x.toLowerCase() === y.toLowerCase();
}

/**
 * The whole output file as bytes, names patched. exceljs renders every part; its parts are
 * collected as it appends them (its first step, addContentTypes, installs the collector on the
 * zip writer it has just created) and zipped with native zlib (./zip-writer.ts) instead of JSZip.
 */
export async function workbookBytes(book: XlsxBook, extraNames: NameAdd[]): Promise<Buffer> {
  const names = mergeNames(book.storedNames, extraNames);
  const parts = new Map<string, Buffer>();
  const xlsx = book.workbook.xlsx as unknown as ExceljsXlsxWriter;
  const { addContentTypes, _finalize: finalize } = xlsx;
  xlsx.addContentTypes = async (zip, model) => {
    zip.append = (data, options) => {
      const name = options.name.replace(/^\//, '');
      const bytes = partBytes(data, options.base64);
      parts.set(
        name,
        name === 'xl/workbook.xml' ? Buffer.from(patchWorkbookXml(bytes.toString('utf8'), names)) : bytes,
      );
    };
    await addContentTypes.call(xlsx, zip, model);
  };
  xlsx._finalize = async () => xlsx;
  try {
    await xlsx.write(new Writable({ write: (_chunk, _encoding, done) => done() }));
  } finally {
    xlsx.addContentTypes = addContentTypes;
    xlsx._finalize = finalize;
  }
  if (!parts.has('xl/workbook.xml')) throw new Error('exceljs did not write xl/workbook.xml');
  return zipEntries([...parts].map(([name, data]) => ({ name, data })));
}

/**
 * Writes bytes to outPath atomically (a temporary file beside it, then a rename), refusing any
 * path in `protectedPaths` (the inputs: an input file is never written).
 */
export async function writeAtomically(
  bytes: Buffer,
  outPath: string,
  protectedPaths: string[],
): Promise<void> {
  for (const input of protectedPaths) {
    if (samePath(input, outPath)) throw new OutputIsInputError(outPath);
  }
  const temp = join(dirname(outPath), `.${basename(outPath)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, outPath);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes the workbook to outPath (atomically). Refuses to write over the file the workbook was
 * read from, or over any of `protectedPaths` (the run's other inputs). `extraNames` are names to add
 * on top of the book's own (the example workbook's); scoring passes [], since applyWritePlan has
 * already merged the plan's names into the book.
 */
export async function saveWorkbook(
  book: XlsxBook,
  outPath: string,
  extraNames: NameAdd[],
  protectedPaths: string[] = [],
): Promise<void> {
  const inputs = [book.path, ...protectedPaths].filter((path) => path !== '');
  for (const input of inputs) {
    if (samePath(input, outPath)) throw new OutputIsInputError(outPath);
  }
  await writeAtomically(await workbookBytes(book, extraNames), outPath, inputs);
}
