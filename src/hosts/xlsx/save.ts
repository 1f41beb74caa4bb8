/**
 * Saving a scored workbook: exceljs writes the package; on its way into the zip, xl/workbook.xml
 * gets its <definedNames> replaced by the original names plus the added ones (./defined-names.ts),
 * with localSheetId computed against the final sheet order. Patching in flight avoids unzipping
 * and re-zipping the output a second time.
 *
 * The file is written to a temporary file beside the output and renamed into place, so a failed or
 * interrupted save never leaves a half-written output, and an input file is never the target.
 */
import { randomBytes } from 'crypto';
import { rename, unlink, writeFile } from 'fs/promises';
import { basename, dirname, join, resolve } from 'path';
import type { NameAdd } from '../../workbook/types';
import { mergeNames, patchWorkbookXml } from './defined-names';
import type { XlsxBook } from './workbook';

interface ZipWriterLike {
  append(data: unknown, options: { name: string }): void;
}

interface AddsWorkbookXml {
  addWorkbook(zip: ZipWriterLike, model: unknown): Promise<void>;
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

/** The whole output file as bytes, names patched. */
export async function workbookBytes(book: XlsxBook, extraNames: NameAdd[]): Promise<Buffer> {
  const names = mergeNames(book.storedNames, extraNames);
  const xlsx = book.workbook.xlsx as unknown as AddsWorkbookXml;
  const addWorkbook = xlsx.addWorkbook.bind(xlsx);
  xlsx.addWorkbook = async (zip, model) => {
    const append = zip.append.bind(zip);
    zip.append = (data, options) =>
      append(options.name === 'xl/workbook.xml' ? patchWorkbookXml(String(data), names) : data, options);
    try {
      await addWorkbook(zip, model);
    } finally {
      zip.append = append;
    }
  };
  try {
    return Buffer.from(await book.workbook.xlsx.writeBuffer());
  } finally {
    xlsx.addWorkbook = addWorkbook;
  }
}

/**
 * Writes the workbook to outPath (atomically: temp file + rename). Refuses to write over the file
 * the workbook was read from, or over any of `protectedPaths` (the run's other inputs).
 */
export async function saveWorkbook(
  book: XlsxBook,
  outPath: string,
  extraNames: NameAdd[],
  protectedPaths: string[] = [],
): Promise<void> {
  for (const input of [book.path, ...protectedPaths]) {
    if (samePath(input, outPath)) throw new OutputIsInputError(outPath);
  }
  const bytes = await workbookBytes(book, extraNames);
  const temp = join(dirname(outPath), `.${basename(outPath)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, outPath);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
