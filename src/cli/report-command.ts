/**
 * `perfscore report`: read the workbook like `score` does (names, else detection), score the sheet
 * in memory (planScoring; the write plan is not applied, no .xlsx is written), draft the report
 * (src/report) and write it as a Word document. The docx code is imported here, lazily, and only here.
 */
import { writeFile } from 'fs/promises';
import { sameText } from '../hosts/names';
import { readSnapshot, readWorkbook, samePath, sheetNames } from '../hosts/xlsx';
import { draftReport } from '../report';
import { factsFromSheet } from '../workbook/headFacts';
import { planScoring, type PlannedRun } from '../workbook';
import type { Io } from './main';
import type { ReportOptions } from './report-args';

const EXIT = { written: 0, nothing: 1 } as const;

/** <input>.自评报告.docx next to the input: a.xlsx -> a.自评报告.docx. */
export function defaultReportPath(input: string): string {
  return `${input.replace(/\.xlsx$/i, '')}.自评报告.docx`;
}

type Chosen = { sheet: string; run: PlannedRun; grid: Parameters<typeof factsFromSheet>[1] };

export async function reportCommand(options: ReportOptions, io: Io): Promise<number> {
  const say = (line: string): void => void io.stderr.write(`${line}\n`);
  let book;
  try {
    book = await readWorkbook(options.input);
  } catch (error) {
    // UnreadableWorkbookError already names the file and says why.
    say((error as Error).message);
    return EXIT.nothing;
  }
  const all = sheetNames(book);
  const wanted = options.sheet === null ? all : all.filter((s) => sameText(s, options.sheet!));
  if (wanted.length === 0) {
    say(`工作表 ${options.sheet} 不存在 (no such sheet)`);
    return EXIT.nothing;
  }
  const scorable: Chosen[] = [];
  const refusals: string[] = [];
  for (const sheet of wanted) {
    const snapshot = readSnapshot(book, sheet);
    const planned = planScoring(snapshot, {
      ...(options.profile ? { profile: options.profile } : {}),
      detect: options.detect,
    });
    if (planned.ok) scorable.push({ sheet, run: planned.run, grid: snapshot.sheet.grid });
    else refusals.push(`${options.input} › ${planned.refusal.message}`);
    if (scorable.length > 0 && options.sheet === null) break;
  }
  if (scorable.length === 0) {
    for (const line of refusals) say(line);
    say('没有可评分的工作表，未生成报告 (nothing to report)');
    return EXIT.nothing;
  }
  const { sheet, run, grid } = scorable[0];
  const draft = draftReport(run.result, factsFromSheet(sheet, grid));
  const out = options.out ?? defaultReportPath(options.input);
  if (samePath(out, options.input)) {
    say(`--out 不能是输入文件 ${out} (the report must not overwrite the input)`);
    return EXIT.nothing;
  }
  const { reportDocx } = await import('./report-docx');
  try {
    await writeFile(out, await reportDocx(draft));
  } catch (error) {
    say(`无法写入 ${out}：${(error as Error).message} (cannot write the report)`);
    return EXIT.nothing;
  }
  say(`${options.input} › ${sheet}：自评报告已写入 ${out}（总分 ${run.result.total}，${run.result.grade}）`);
  return EXIT.written;
}
