/**
 * 评分全部工作表 through the Office.js host (scoreAllSheets) on the Excel fake: a workbook of
 * `sheets` department sheets, each the example stretched to `rows` indicators (names scoped to each
 * sheet), as Excel on the web (5 MB per request and response). The same run on a fake without the
 * limit is the reference: the workbooks must be identical afterwards. Held to the single-sheet
 * budget (office.ts syncBudgetProblems): 2 syncs while everything fits, above that extra syncs only
 * for slices and chunks, no request over the limit, at most one refused response (the one-sync read).
 */
import { scoreAllSheets } from '../src/hosts/office';
import type { ExcelRunner } from '../src/hosts/office';
import { createFakeExcel, FakeWorkbook, workbookFromExample } from '../test/fakes/excel';
import { comparableDump, firstDifference } from '../test/fuzz/compare';
import { PAYLOAD_LIMIT, SIMULATED_LATENCY_MS, syncBudgetProblems } from './office';
import { stretchedExample } from './workload';

export interface OfficeAllFigure {
  sheets: number;
  rows: number;
  syncs: number;
  /** Largest request, largest accepted response (the fake's estimates), responses refused. */
  requestBytes: number;
  responseBytes: number;
  refusedResponses: number;
  totalResponseBytes: number;
  ms: number;
  simulatedMs: number;
  /** The workbook equals the one an unlimited (desktop) run leaves. */
  sameOutput: boolean;
  status: string;
  problems: string[];
}

function departments(sheets: number, rows: number): FakeWorkbook {
  const workbook = new FakeWorkbook();
  for (let i = 0; i < sheets; i += 1) {
    const name = i === 0 ? '局机关' : `分局${i}`;
    const sheet = stretchedExample(rows, name);
    workbookFromExample(
      { ...sheet, names: sheet.names.map((n) => ({ ...n, scope: { sheet: name } })) },
      workbook,
    );
  }
  workbook.activate(workbook.sheets[0]);
  return workbook;
}

async function run(workbook: FakeWorkbook, limited: boolean) {
  const fake = createFakeExcel(workbook, { payloadLimitBytes: limited ? PAYLOAD_LIMIT : null });
  (globalThis as { Excel?: unknown }).Excel = fake.Excel;
  const runner = ((batch) => fake.Excel.run(batch as never)) as ExcelRunner;
  const started = performance.now();
  const outcome = await scoreAllSheets(runner, {
    sheetNames: workbook.sheets.map((s) => s.name),
    ...(limited ? {} : { payloadLimitBytes: Number.MAX_SAFE_INTEGER }),
  });
  return { outcome, stats: fake.stats, ms: performance.now() - started };
}

export async function benchOfficeAll(sheets: number, rows: number): Promise<OfficeAllFigure> {
  const web = departments(sheets, rows);
  const desktop = departments(sheets, rows);
  const { outcome, stats, ms } = await run(web, true);
  await run(desktop, false);
  const problems: string[] = [];
  if (outcome.status !== 'scored') problems.push(`${outcome.status}: ${outcome.message}`);
  const difference = firstDifference(comparableDump(web), comparableDump(desktop));
  if (difference) problems.push(`the web run and the unlimited run differ at ${difference}`);
  const requests = stats.requests;
  const sum = (list: number[]) => list.reduce((s, v) => s + v, 0);
  const traffic = {
    syncs: stats.syncs,
    requestBytes: Math.max(0, ...requests.map((r) => r.requestBytes)),
    responseBytes: Math.max(0, ...requests.map((r) => r.responseBytes).filter((b) => b <= PAYLOAD_LIMIT)),
    refusedResponses: requests.filter((r) => r.responseBytes > PAYLOAD_LIMIT).length,
    totalRequestBytes: sum(requests.map((r) => r.requestBytes)),
    totalResponseBytes: sum(requests.map((r) => r.responseBytes)),
  };
  problems.push(...syncBudgetProblems(traffic, PAYLOAD_LIMIT));
  return {
    sheets,
    rows,
    syncs: traffic.syncs,
    requestBytes: traffic.requestBytes,
    responseBytes: traffic.responseBytes,
    refusedResponses: traffic.refusedResponses,
    totalResponseBytes: traffic.totalResponseBytes,
    ms: Math.round(ms),
    simulatedMs: Math.round(ms + stats.syncs * SIMULATED_LATENCY_MS),
    sameOutput: difference === null,
    status: outcome.status,
    problems,
  };
}
