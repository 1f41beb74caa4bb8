/**
 * The command line on a batch: N copies of examples/tianhe-2023.xlsx scored in one in-process run of
 * the CLI's main() (the same code path as `npx perfscore score <folder> --out <folder>`), against
 * just loading and saving the same files with exceljs. The scorer's own cost is the difference.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../src/cli/main';

export interface CliFigure {
  files: number;
  ms: number;
  exceljsMs: number;
  filesPerSecond: number;
  exceljsFilesPerSecond: number;
  /** CLI time ÷ exceljs load+save time (budget ≤ 0.5). */
  overExceljs: number;
  /**
   * Process CPU time (user + system, every thread) of the same batches, best of the rounds: less
   * sensitive than wall time to other programs on the machine, reported beside it, not budgeted.
   */
  cpuMs: number;
  exceljsCpuMs: number;
  cpuOverExceljs: number;
  exitCode: number;
  outputs: number;
}

const silent = { write: () => true };

/** Process CPU time so far (user + system of every thread), in ms. */
function cpuMsNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function exceljsRoundTrip(files: string[], outDir: string): Promise<{ ms: number; cpuMs: number }> {
  const started = performance.now();
  const cpuStarted = cpuMsNow();
  for (const file of files) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    await workbook.xlsx.writeFile(join(outDir, file.split(/[\\/]/).pop()!));
  }
  return { ms: performance.now() - started, cpuMs: cpuMsNow() - cpuStarted };
}

async function cliRun(
  inDir: string,
  outDir: string,
): Promise<{ ms: number; cpuMs: number; exitCode: number }> {
  const started = performance.now();
  const cpuStarted = cpuMsNow();
  const exitCode = await main(['score', inDir, '--out', outDir], { stdout: silent, stderr: silent });
  return { ms: performance.now() - started, cpuMs: cpuMsNow() - cpuStarted, exitCode };
}

/** Alternates baseline and CLI `rounds` times and keeps the best of each (least machine noise). */
export async function benchCli(example: string, count: number, rounds: number): Promise<CliFigure> {
  const root = mkdtempSync(join(tmpdir(), 'perfscore-bench-'));
  try {
    const inDir = join(root, 'in');
    mkdirSync(inDir);
    const files: string[] = [];
    for (let i = 0; i < count; i++) {
      const file = join(inDir, `dept-${String(i).padStart(3, '0')}.xlsx`);
      copyFileSync(example, file);
      files.push(file);
    }
    // Warm-up (not counted): loads exceljs and the CLI's modules and lets the JIT settle, so the
    // first measured batch does not pay for it.
    const warm = join(root, 'warm');
    mkdirSync(warm);
    await exceljsRoundTrip(files.slice(0, 3), warm);
    await main(['score', files[0], '--out', join(warm, 'cli')], { stdout: silent, stderr: silent });
    let exceljsMs = Infinity;
    let ms = Infinity;
    let exceljsCpuMs = Infinity;
    let cpuMs = Infinity;
    let exitCode = -1;
    let outputs = 0;
    for (let round = 0; round < rounds; round++) {
      const plainOut = join(root, `plain-${round}`);
      mkdirSync(plainOut);
      const plain = await exceljsRoundTrip(files, plainOut);
      exceljsMs = Math.min(exceljsMs, plain.ms);
      exceljsCpuMs = Math.min(exceljsCpuMs, plain.cpuMs);
      const cliOut = join(root, `scored-${round}`);
      const run = await cliRun(inDir, cliOut);
      ms = Math.min(ms, run.ms);
      cpuMs = Math.min(cpuMs, run.cpuMs);
      exitCode = run.exitCode;
      outputs = readdirSync(cliOut).filter((f) => f.endsWith('.xlsx')).length;
    }
    return {
      files: count,
      ms: Math.round(ms),
      exceljsMs: Math.round(exceljsMs),
      filesPerSecond: Math.round((count / ms) * 1000 * 10) / 10,
      exceljsFilesPerSecond: Math.round((count / exceljsMs) * 1000 * 10) / 10,
      overExceljs: Math.round((ms / exceljsMs) * 100) / 100,
      cpuMs: Math.round(cpuMs),
      exceljsCpuMs: Math.round(exceljsCpuMs),
      cpuOverExceljs: Math.round((cpuMs / exceljsCpuMs) * 100) / 100,
      exitCode,
      outputs,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
