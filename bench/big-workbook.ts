/**
 * A large workbook through the CLI: the example's scored sheet plus a data sheet of random numbers
 * large enough to make the file ~50 MB (smoke: ~5 MB). The CLI runs in a child process, whose peak
 * resident memory (VmHWM) shows whether it loaded the sheet it never scores: that sheet's XML alone
 * is several times the file size, so reading it would show. The same child on the example alone gives
 * the baseline (Node, the engine, the example): the big file may add far less than its data sheet.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { bookFromBytes } from '../src/hosts/xlsx';
import { zipEntries, type ZipEntry } from '../src/hosts/xlsx/zip-writer';
import { partData, readZip } from '../src/hosts/xlsx/zip-reader';

export interface BigWorkbookFigure {
  fileMB: number;
  /** Uncompressed size of the data sheet the scorer does not read. */
  untouchedSheetMB: number;
  ms: number;
  peakRssMB: number;
  /** Peak of the same command on the example alone: what Node and the scorer cost anyway. */
  baselineRssMB: number;
  exitCode: number;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A sheet of `rows` x 10 random numbers (a fixed seed: the same file every run). */
function dataSheet(rows: number): Buffer {
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const chunks: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>`,
  ];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < 10; c++) row += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${random()}</v></c>`;
    chunks.push(`${row}</row>`);
  }
  chunks.push('</sheetData></worksheet>');
  return Buffer.from(chunks.join(''));
}

/** The example with a data sheet added (by editing its package, as the scorer itself would). */
export async function buildBigWorkbook(example: string, rows: number, path: string): Promise<number> {
  const parts = await readZip(readFileSync(example));
  const entries: ZipEntry[] = parts.map((part) => ({ name: part.name, data: partData(part) }));
  const edit = (name: string, change: (xml: string) => string) => {
    const entry = entries.find((e) => e.name === name) as { name: string; data: Buffer };
    entry.data = Buffer.from(change(entry.data.toString('utf8')));
  };
  const sheet = dataSheet(rows);
  entries.push({ name: 'xl/worksheets/sheet2.xml', data: sheet });
  edit('xl/workbook.xml', (xml) =>
    xml.replace('</sheets>', '<sheet name="明细数据" sheetId="2" r:id="rIdBig"/></sheets>'),
  );
  edit('xl/_rels/workbook.xml.rels', (xml) =>
    xml.replace(
      '</Relationships>',
      '<Relationship Id="rIdBig" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
    ),
  );
  edit('[Content_Types].xml', (xml) =>
    xml.replace(
      '</Types>',
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  writeFileSync(path, zipEntries(entries));
  // Sanity: the package host opens it and sees both sheets.
  const book = await bookFromBytes(readFileSync(path));
  if (book.sheets.length !== 2) throw new Error('big workbook: the data sheet is missing');
  return sheet.length;
}

/** `perfscore score input --out out` in a child process: exit code, time and peak memory (KB). */
function runCli(input: string, out: string): { code: number; ms: number; maxRss: number } {
  const cli = join(__dirname, '..', 'src', 'cli', 'main.js');
  const script = `const started = performance.now();
require(${JSON.stringify(cli)}).main(['score', ${JSON.stringify(input)}, '--out', ${JSON.stringify(out)}], { stdout: process.stdout, stderr: { write: () => true } })
  .then((code) => {
    // The high-water mark of this process's memory (Linux); maxRSS elsewhere. Not maxRSS on Linux:
    // after fork it starts from the parent's, which here holds the whole generated workbook.
    let peakKb = process.resourceUsage().maxRSS;
    try {
      peakKb = Number(/VmHWM:\\s*(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1]);
    } catch {}
    console.log(JSON.stringify({ code, ms: performance.now() - started, maxRss: peakKb }));
  });`;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as {
    code: number;
    ms: number;
    maxRss: number;
  };
}

export async function benchBigWorkbook(example: string, targetMB: number): Promise<BigWorkbookFigure> {
  const root = mkdtempSync(join(tmpdir(), 'perfscore-big-'));
  try {
    const input = join(root, 'big.xlsx');
    // About 125 bytes of file per row of 10 random numbers once deflated.
    const sheetBytes = await buildBigWorkbook(example, Math.round((targetMB * 1024 * 1024) / 125), input);
    const big = runCli(input, join(root, 'big.scored.xlsx'));
    const baseline = runCli(example, join(root, 'example.scored.xlsx'));
    return {
      fileMB: Math.round((statSync(input).size / 1024 / 1024) * 10) / 10,
      untouchedSheetMB: Math.round((sheetBytes / 1024 / 1024) * 10) / 10,
      ms: Math.round(big.ms),
      peakRssMB: Math.round(big.maxRss / 1024),
      baselineRssMB: Math.round(baseline.maxRss / 1024),
      exitCode: big.code,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
