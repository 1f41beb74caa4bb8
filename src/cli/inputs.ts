/**
 * Which files a run scores and where each output goes.
 * A folder contributes every .xlsx and .xlsm directly inside it (not recursive), except Excel's "~$"
 * lock files and earlier outputs (*.scored.xlsx, *.scored.xlsm). The default output is
 * <input>.scored.xlsx beside the input (<input>.scored.xlsm for a macro-enabled workbook: the copy
 * keeps its macros, and Excel refuses a macro-enabled package named .xlsx); --out names a file (one
 * input only) or a folder.
 */
import { readdir, stat } from 'fs/promises';
import { basename, dirname, extname, join } from 'path';

export interface Job {
  /** The input path as the user wrote it (joined with the folder for folder inputs). */
  input: string;
  output: string;
}

const isScorable = (name: string): boolean =>
  /\.xls[xm]$/i.test(name) && !name.startsWith('~$') && !/\.scored\.xls[xm]$/i.test(name);

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Files to score, in the order given (a folder's files sorted by name). */
export async function expandInputs(
  inputs: string[],
): Promise<{ files: string[]; problems: { input: string; message: string }[] }> {
  const files: string[] = [];
  const problems: { input: string; message: string }[] = [];
  for (const input of inputs) {
    if (await isDirectory(input)) {
      const entries = (await readdir(input, { withFileTypes: true }))
        .filter((entry) => entry.isFile() && isScorable(entry.name))
        .map((entry) => entry.name)
        .sort();
      if (entries.length === 0)
        problems.push({ input, message: `文件夹 ${input} 中没有 .xlsx 文件 (no .xlsx file in folder)` });
      files.push(...entries.map((name) => join(input, name)));
    } else {
      files.push(input);
    }
  }
  return { files, problems };
}

/** tianhe-2023.xlsx -> tianhe-2023.scored.xlsx; a.xlsm -> a.scored.xlsm */
export function scoredName(input: string): string {
  const name = basename(input);
  const extension = extname(name);
  const kept = /^\.xlsm$/i.test(extension) ? extension : '.xlsx';
  return `${extension ? name.slice(0, -extension.length) : name}.scored${kept}`;
}

/** Whether --out names a single output file rather than a folder. */
export async function outIsFile(out: string): Promise<boolean> {
  if (/[\\/]$/.test(out) || (await isDirectory(out))) return false;
  return /\.xls[xm]$/i.test(out);
}

/** The output path of every input. */
export function planOutputs(files: string[], out: string | null, outFile: boolean): Job[] {
  return files.map((input) => {
    if (out === null) return { input, output: join(dirname(input), scoredName(input)) };
    if (outFile) return { input, output: out };
    return { input, output: join(out, scoredName(input)) };
  });
}
