/**
 * Runs the real command line (bin/perfscore.js, compiled once with `npm run build:cli`) and reads
 * what it wrote: cells, number formats, fills with exceljs; sheet order and defined names from the
 * raw xl/workbook.xml.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const BIN = path.join(ROOT, 'bin', 'perfscore.js');
const LOCK = path.join(os.tmpdir(), 'perfscore-acceptance-build.lock');

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Compiles the CLI; test files run in parallel workers, so one build at a time (a lock dir). */
export function buildCli(): void {
  for (let waited = 0; ; waited += 200) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 120000) fs.rmSync(LOCK, { recursive: true, force: true });
      sleep(200);
    }
  }
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['run', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build:cli failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function perfscore(cwd: string, args: string[]): CliRun {
  const r = spawnSync(process.execPath, [BIN, 'score', ...args], { cwd, encoding: 'utf8', timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function runRaw(cwd: string, args: string[]): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `perfscore-acc-${label}-`));
}

export interface RawName {
  name: string;
  /** 'workbook' or the scope sheet's NAME (localSheetId resolved through the sheet order). */
  scope: string;
  ref: string;
  /** hidden="1": Name Manager does not list it (the scorer's _PerfScore_ memory names). */
  hidden: boolean;
}

export interface RawWorkbook {
  sheetNames: string[];
  names: RawName[];
}

function xmlUnescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export async function readRaw(file: string): Promise<RawWorkbook> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  const sheetNames = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => xmlUnescape(m[1]));
  const names = [...xml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)].map((m) => {
    const attrs = m[1];
    const name = xmlUnescape(/\bname="([^"]*)"/.exec(attrs)![1]);
    const local = /\blocalSheetId="(\d+)"/.exec(attrs);
    const hidden = /\bhidden="(1|true)"/.test(attrs);
    return { name, scope: local ? sheetNames[Number(local[1])] : 'workbook', ref: xmlUnescape(m[2]), hidden };
  });
  return { sheetNames, names };
}

export async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

/** A cell's value in comparable form (rich text flattened, formulas as their text). */
export function valueOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && v !== null && 'richText' in v) {
    return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  }
  return v;
}

export function solidFill(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  return (fill.fgColor && (fill.fgColor.argb ?? `theme${fill.fgColor.theme}`)) || 'solid';
}

/** Every non-empty cell of a sheet: address -> {value, numFmt, fill}. */
export function snapshotSheet(sheet: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.isMerged && cell.master !== cell) return; // shows the master's value
      const value = valueOf(cell);
      const fill = solidFill(cell);
      if (value === null && !fill) return;
      out[cell.address] = { value, numFmt: cell.numFmt ?? null, fill };
    }),
  );
  return out;
}

export async function snapshotBook(file: string): Promise<unknown> {
  const wb = await readBook(file);
  const raw = await readRaw(file);
  return {
    sheets: raw.sheetNames,
    names: [...raw.names].sort((a, b) => (a.name + a.scope).localeCompare(b.name + b.scope)),
    cells: Object.fromEntries(wb.worksheets.map((s) => [s.name, snapshotSheet(s)])),
    merges: Object.fromEntries(wb.worksheets.map((s) => [s.name, [...(s.model.merges ?? [])].sort()])),
  };
}

export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  return [...letters].reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0);
}
