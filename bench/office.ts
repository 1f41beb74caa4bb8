/**
 * "Score this sheet" through the Office.js host against the Excel fake, beside the naive baseline
 * (./naive-office.ts), on the same workbook. Figures: syncs, the largest request and response the
 * fake estimated, compute time, and time with a simulated round trip per sync.
 *
 * The round trip is simulated, not slept: simulatedMs = measured compute time + syncs × latency.
 * Sleeping 100 ms per sync would make the 20,000-row baseline take over an hour, and the sum is the
 * same figure a real slow host would show (the fake's sync itself is part of the measured time).
 */
import type { ScoringHost } from '../src/app/runner';
import { createFakeExcel, workbookFromExample, DEFAULT_PAYLOAD_LIMIT } from '../test/fakes/excel';
import { comparableDump, firstDifference } from '../test/fuzz/compare';
import { scoreActiveSheetNaively } from './naive-office';
import { stretchedExample } from './workload';

export const SIMULATED_LATENCY_MS = 100;
export const PAYLOAD_LIMIT = DEFAULT_PAYLOAD_LIMIT;

export interface OfficeFigure {
  rows: number;
  host: HostKind;
  syncs: number;
  naiveSyncs: number;
  /** Largest single request (bytes, the fake's estimate) of the host's run. */
  requestBytes: number;
  /** Largest single response of the host's run that Excel accepted. */
  responseBytes: number;
  /** Responses over the limit (refused by Excel on the web; the host then reads in slices). */
  refusedResponses: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  naiveRequestBytes: number;
  ms: number;
  naiveMs: number;
  simulatedMs: number;
  naiveSimulatedMs: number;
  /** The host's and the baseline's workbooks are identical after the run. */
  sameOutput: boolean;
  /** A second run of the host changes nothing. */
  secondRunUnchanged: boolean;
  /** The second run's syncs (it also reads the output sheets the first wrote: the undo's old contents). */
  secondSyncs?: number;
  status: string;
  problems: string[];
}

type Runner = Parameters<ScoringHost['scoreActiveSheet']>[0];

/** The Office host, or null while src/hosts/office has not landed (its compiled module is missing). */
export function loadOfficeHost(): Pick<ScoringHost, 'scoreActiveSheet'> | null {
  try {
    // Loaded at run time so the benchmark still measures everything else while the host is missing.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const host = require('../src/hosts/office') as Partial<ScoringHost>;
    return typeof host.scoreActiveSheet === 'function' ? (host as ScoringHost) : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return null;
    throw error;
  }
}

/** Excel on the web (5 MB per request and response) or desktop Excel (no such limit). */
export type HostKind = 'web' | 'desktop';

/** `lenient`: the row-by-row baseline loads through *OrNullObject results, which the strict fake refuses. */
function fakeFor(rows: number, kind: HostKind = 'web', lenient = false) {
  const fake = createFakeExcel(workbookFromExample(stretchedExample(rows)), {
    payloadLimitBytes: kind === 'web' ? PAYLOAD_LIMIT : null,
    ...(lenient ? { lenientNullObjects: true } : {}),
  });
  // Office.js code may read enums from the global (Excel.RangeValueType...): give it the fake's.
  (globalThis as { Excel?: unknown }).Excel = fake.Excel;
  const run = ((batch) => fake.Excel.run(batch as never)) as Runner;
  return { fake, run };
}

const maxOf = (list: number[]) => list.reduce((m, v) => Math.max(m, v), 0);
const sumOf = (list: number[]) => list.reduce((s, v) => s + v, 0);

type Traffic = Pick<
  OfficeFigure,
  'syncs' | 'requestBytes' | 'responseBytes' | 'refusedResponses' | 'totalRequestBytes' | 'totalResponseBytes'
>;

/** One run's syncs and bytes, as the budget reads them. */
function figureOfTraffic(
  syncs: number,
  requests: readonly { requestBytes: number; responseBytes: number }[],
  limit: number,
): Traffic {
  return {
    syncs,
    requestBytes: maxOf(requests.map((r) => r.requestBytes)),
    responseBytes: maxOf(requests.map((r) => r.responseBytes).filter((b) => b <= limit)),
    refusedResponses: requests.filter((r) => r.responseBytes > limit).length,
    totalRequestBytes: sumOf(requests.map((r) => r.requestBytes)),
    totalResponseBytes: sumOf(requests.map((r) => r.responseBytes)),
  };
}

/**
 * The budget: 2 syncs while everything fits in one request/response under the limit; above that,
 * extra syncs only for chunks (a chunk carries at least half the limit, so at most
 * ceil(2 × total / limit) chunks each way), never a request over the limit, and at most one response
 * over it (the host's optimistic one-sync read, which Excel on the web refuses before it reads in
 * slices; that refused sync is counted in `syncs`).
 */
export function syncBudgetProblems(figure: Traffic, limit = PAYLOAD_LIMIT): string[] {
  const problems: string[] = [];
  if (figure.requestBytes > limit) problems.push(`request of ${figure.requestBytes} B over the limit`);
  if (figure.refusedResponses > 1) problems.push(`${figure.refusedResponses} responses over the limit`);
  const fits = figure.totalRequestBytes <= limit && figure.totalResponseBytes <= limit;
  const allowed = fits
    ? 2
    : Math.max(2, Math.ceil((2 * figure.totalRequestBytes) / limit)) +
      Math.max(1, Math.ceil((2 * figure.totalResponseBytes) / limit));
  if (figure.syncs > allowed) problems.push(`${figure.syncs} syncs, budget ${allowed}`);
  return problems;
}

export async function benchOffice(
  rows: number,
  host: Pick<ScoringHost, 'scoreActiveSheet'>,
  kind: HostKind = 'web',
): Promise<OfficeFigure> {
  const problems: string[] = [];
  const real = fakeFor(rows, kind);
  // On desktop the host may write everything in one request (its payloadLimitBytes option).
  const options = (kind === 'desktop' ? { payloadLimitBytes: Number.MAX_SAFE_INTEGER } : {}) as object;
  const started = performance.now();
  const outcome = await host.scoreActiveSheet(real.run, options);
  const ms = performance.now() - started;
  if (outcome.status !== 'scored')
    problems.push(
      `host: ${outcome.status}: ${outcome.status === 'refused' ? outcome.refusal.message : outcome.message}`,
    );
  const stats = { ...real.fake.stats, requests: [...real.fake.stats.requests] };
  const limit = kind === 'web' ? PAYLOAD_LIMIT : Infinity;

  const naive = fakeFor(rows, kind, true);
  const naiveStarted = performance.now();
  const naiveOutcome = await scoreActiveSheetNaively(naive.run);
  const naiveMs = performance.now() - naiveStarted;
  if (naiveOutcome.status !== 'scored') problems.push(`baseline refused: ${naiveOutcome.message}`);

  const after = comparableDump(real.fake.workbook);
  const difference = firstDifference(after, comparableDump(naive.fake.workbook));
  if (difference) problems.push(`host and baseline outputs differ at ${difference}`);

  real.fake.resetStats();
  // The second run knows where the first put its outputs (as the pane and the ribbon do): 2 syncs.
  const guess = outcome.status === 'scored' && outcome.after ? outcome.after.outputSheets : [];
  const again = await host.scoreActiveSheet(real.run, { ...options, outputSheets: guess });
  const secondDifference = firstDifference(after, comparableDump(real.fake.workbook));
  if (again.status !== 'scored') problems.push(`second run: ${again.status}`);
  // The second run is held to the same sync budget as the first, on its own traffic: it also reads
  // the output sheets the first run wrote (their old contents are the undo), so above the limit it
  // may need more slices than the first run did, never more than its bytes call for.
  const secondStats = real.fake.stats;
  const second = figureOfTraffic(secondStats.syncs, secondStats.requests, limit);
  problems.push(...syncBudgetProblems(second, limit).map((p) => `second run: ${p}`));
  if (secondDifference) problems.push(`second run changed the workbook at ${secondDifference}`);

  const figure: OfficeFigure = {
    rows,
    host: kind,
    ...figureOfTraffic(stats.syncs, stats.requests, limit),
    secondSyncs: second.syncs,
    naiveSyncs: naive.fake.stats.syncs,
    naiveRequestBytes: maxOf(naive.fake.stats.requests.map((r) => r.requestBytes)),
    ms: Math.round(ms),
    naiveMs: Math.round(naiveMs),
    simulatedMs: Math.round(ms + stats.syncs * SIMULATED_LATENCY_MS),
    naiveSimulatedMs: Math.round(naiveMs + naive.fake.stats.syncs * SIMULATED_LATENCY_MS),
    sameOutput: difference === null,
    secondRunUnchanged: again.status === 'scored' && secondDifference === null,
    status: outcome.status,
    problems,
  };
  figure.problems.push(...syncBudgetProblems(figure, limit));
  return figure;
}

/** Only the baseline, for when the host has not landed yet (still proves the harness runs). */
export async function benchNaiveOnly(rows: number): Promise<Partial<OfficeFigure>> {
  const naive = fakeFor(rows);
  const started = performance.now();
  const outcome = await scoreActiveSheetNaively(naive.run);
  const naiveMs = performance.now() - started;
  return {
    rows,
    naiveSyncs: naive.fake.stats.syncs,
    naiveRequestBytes: maxOf(naive.fake.stats.requests.map((r) => r.requestBytes)),
    naiveMs: Math.round(naiveMs),
    naiveSimulatedMs: Math.round(naiveMs + naive.fake.stats.syncs * SIMULATED_LATENCY_MS),
    status: outcome.status,
    problems: outcome.status === 'scored' ? [] : [outcome.message],
  };
}
