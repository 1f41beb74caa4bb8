/**
 * `perfscore`: the command line (docs/workbook-contract.md §3-§4).
 * stdout carries only the --json result; everything meant for a person goes to stderr.
 * Exit status: 0 when at least one sheet was scored, 1 when nothing could be, 2 for bad usage.
 */
import { readFileSync } from 'fs';
import { mkdir, writeFile } from 'fs/promises';
import { dirname, join, relative } from 'path';
import { parseArgs, USAGE, type ScoreOptions } from './args';
import { REPORT_USAGE } from './report-args';
import type { LeagueEntry } from '../workbook';
import { expandInputs, outIsFile, planOutputs, type Job } from './inputs';
import { sheetJson, type FileJson, type RunJson } from './json';
import { sheetReport } from './report-text';
import { samePath, type FileSource } from '../hosts/xlsx';
import { finishFile, prepareFile, type FileOutcome, type PreparedFile, type ScoredSheet } from './score-file';
import { summaryCsv, type SummaryRow } from './summary-csv';

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const EXIT = { scored: 0, nothingScored: 1, usage: 2 } as const;

/** Outputs being written at most at once (see the loop in score()). */
const IN_FLIGHT = 3;

/** A file's bytes, or why they could not be read (reported by readWorkbook, in the user's words). */
function readSource(path: string): FileSource {
  try {
    return { bytes: readFileSync(path) };
  } catch (error) {
    return { error };
  }
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const emptyOutcome = (input: string): FileOutcome => ({
  input,
  written: null,
  scored: [],
  refused: [],
  skipped: [],
  error: null,
});

/** A scored sheet's 各表评分汇总 row: linked to its summary in the scored copy, relative to the league file. */
function leagueEntry(file: string, scored: ScoredSheet, outcome: FileOutcome, league: string): LeagueEntry {
  const link =
    scored.summarySheet && outcome.written
      ? { summary: { sheet: scored.summarySheet, file: relative(dirname(league), outcome.written) } }
      : {};
  return {
    file,
    sheet: scored.sheet,
    ...(scored.organisation ? { organisation: scored.organisation } : {}),
    result: scored.result,
    ...link,
  };
}

/** Sheets refused (names missing, protected…) are listed with the reason; sheets without a table are not. */
function unscoredEntries(file: string, outcome: FileOutcome): LeagueEntry[] {
  return outcome.refused
    .filter((r) => r.sheet !== '' && !outcome.skipped.some((s) => s.sheet === r.sheet))
    .map((r) => ({ file, sheet: r.sheet, refusal: r.message }));
}

async function score(options: ScoreOptions, io: Io): Promise<number> {
  const say = (line: string): void => void io.stderr.write(`${line}\n`);
  const { files, problems } = await expandInputs(options.inputs);
  for (const problem of problems) say(problem.message);

  const outFile = options.out !== null && (await outIsFile(options.out));
  if (outFile && files.length > 1) {
    say(
      `--out ${options.out} 是一个文件，但有 ${files.length} 个输入；多个输入请用文件夹 (--out must be a folder for several inputs)`,
    );
    return EXIT.usage;
  }
  const jobs = planOutputs(files, options.out, outFile);
  if (options.out !== null) {
    // --out a.xlsx in a folder that does not exist yet: create the folder, as for --out <folder>.
    try {
      await mkdir(outFile ? dirname(options.out) : options.out, { recursive: true });
    } catch (error) {
      say(`无法创建输出文件夹 ${options.out}：${(error as Error).message} (cannot create the output folder)`);
      return EXIT.nothingScored;
    }
  }
  const json: RunJson = { files: [] };
  const summaryRows: SummaryRow[] = [];
  const leagueEntries: LeagueEntry[] = [];
  const usedOutputs = new Set<string>();
  let scoredSheets = 0;
  const fileOptions = {
    sheet: options.sheet,
    profile: options.profile,
    detect: options.detect,
    inputs: files,
  };

  const report = (index: number, job: Job, entry: FileJson, outcome: FileOutcome): void => {
    if (jobs.length > 1) say(`[${index + 1}/${jobs.length}] ${job.input}`);
    entry.output = outcome.written;
    if (outcome.refused.length > 0) entry.refused = outcome.refused;
    if (outcome.error) entry.error = outcome.error;
    for (const refusal of outcome.refused)
      say(refusal.sheet ? `${job.input} › ${refusal.message}` : `${job.input}：${refusal.message}`);
    if (outcome.error) say(outcome.error);
    for (const scored of outcome.scored) {
      const { sheet, result } = scored;
      // Kept for the end of the run only when asked for: a batch of hundreds need not hold them all.
      if (options.json) entry.sheets.push(sheetJson(sheet, result, scored));
      if (options.summary !== null) summaryRows.push({ file: job.input, sheet, result });
      if (options.league !== null)
        leagueEntries.push(leagueEntry(job.input, scored, outcome, options.league));
      say(sheetReport(job.input, sheet, job.output, result, scored.detection));
      scoredSheets++;
    }
    if (options.league !== null) leagueEntries.push(...unscoredEntries(job.input, outcome));
  };

  // Each file is read synchronously (from the page cache in well under a millisecond, where the
  // asynchronous read costs four trips to Node's I/O threads: open, stat, read, close), scored, and
  // its output written while the next ones are scored: creating the output's temporary file can
  // wait on the file system's journal for milliseconds when other programs write, so up to
  // IN_FLIGHT outputs are being created on Node's I/O threads at once (writeAtomically: the rest of
  // the write is synchronous). Reports stay in input order.
  const writes: Promise<void>[] = [];
  let reported: Promise<void> = Promise.resolve();
  for (const [index, job] of jobs.entries()) {
    const entry: FileJson = { file: job.input, output: null, sheets: [] };
    json.files.push(entry);
    if (usedOutputs.has(job.output)) {
      reported = reported.then(() =>
        report(index, job, entry, {
          ...emptyOutcome(job.input),
          error: `输出文件重名：${job.output}，已跳过 ${job.input} (two inputs would write the same output)`,
        }),
      );
      continue;
    }
    const prepared = await prepareFile(job.input, job.output, fileOptions, readSource(job.input)).catch(
      (error: Error): PreparedFile => ({
        output: job.output,
        bytes: null,
        // Unexpected (a bug, not the user's file): still one line; PERFSCORE_DEBUG=1 shows the stack.
        outcome: {
          ...emptyOutcome(job.input),
          error: `${job.input}：评分失败：${error.message} (unexpected error)${process.env.PERFSCORE_DEBUG ? `\n${error.stack}` : ''}`,
        },
      }),
    );
    if (prepared.bytes) usedOutputs.add(job.output);
    const written = finishFile(prepared, files);
    reported = Promise.all([reported, written]).then(([, outcome]) => report(index, job, entry, outcome));
    writes.push(reported);
    if (writes.length >= IN_FLIGHT) await writes.shift();
  }
  await reported;

  if (options.summary !== null && files.some((input) => samePath(input, options.summary!))) {
    say(`--summary 不能写到输入文件 ${options.summary} (the summary must not overwrite an input)`);
  } else if (options.summary !== null) {
    try {
      await writeFile(options.summary, summaryCsv(summaryRows));
    } catch (error) {
      say(`无法写入汇总 ${options.summary}：${(error as Error).message} (cannot write the summary)`);
    }
  }
  if (options.league !== null) {
    try {
      // Loaded on demand: the league file is written with exceljs, whose loading (about half a
      // second on a busy machine) a run without --league never pays.
      const { writeLeague } = await import('./league-file');
      await writeLeague(leagueEntries, options.league, files);
    } catch (error) {
      say(
        `无法写入各表评分汇总 ${options.league}：${(error as Error).message} (cannot write the league table)`,
      );
    }
  }
  if (options.json) io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  if (jobs.length > 1) say(`完成：${jobs.length} 个文件，评分 ${scoredSheets} 个工作表 (done)`);
  return scoredSheets > 0 ? EXIT.scored : EXIT.nothingScored;
}

/** Runs the command line; resolves to the exit status. Never throws for user errors. */
export async function main(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.command) {
    case 'help':
      io.stdout.write(`${USAGE}\n\n${REPORT_USAGE}\n`);
      return EXIT.scored;
    case 'version':
      io.stdout.write(`${version()}\n`);
      return EXIT.scored;
    case 'usage-error':
      io.stderr.write(`${parsed.message}；运行 perfscore --help 查看用法 (see --help)\n`);
      return EXIT.usage;
    case 'score':
      return score(parsed, io);
    case 'report':
      // Loaded on demand: the report (and its docx library) costs nothing to a score run.
      return (await import('./report-command')).reportCommand(parsed, io);
  }
}

/** Entry point of bin/perfscore.js. */
export function run(): void {
  // `npm run score -- <file>` runs in the package root; paths are meant from where npm was called.
  if (process.env.npm_lifecycle_event === 'score' && process.env.INIT_CWD)
    process.chdir(process.env.INIT_CWD);
  main(process.argv.slice(2), process).then((code) => {
    process.exitCode = code;
  });
}
