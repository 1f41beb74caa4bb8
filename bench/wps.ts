/**
 * The WPS host (src/hosts/wps) on the ET fake: "score this sheet" on the example stretched to
 * 24 / 1,000 / 20,000 rows. Every ET call crosses into WPS (reported at about 0.2 ms each), so the
 * figure that matters is the call count: simulatedMs = ms + calls × 0.2. Measured twice per size:
 * with Range.Value(11) (formats, fills, merges in one call) and without it (bisection fallback).
 * sameOutput: the WPS host leaves the workbook the Office host leaves on the Excel fake.
 */
import { performance } from 'perf_hooks';
import { scoreActiveSheet as scoreOnOffice } from '../src/hosts/office';
import { scoreActiveSheet } from '../src/hosts/wps';
import { createFakeEt } from '../test/fakes/et';
import { createFakeExcel, workbookFromExample } from '../test/fakes/excel';
import { comparableDump, firstDifference } from '../test/fuzz/compare';
import { stretchedExample } from './workload';

export const MS_PER_CALL = 0.2;

export interface WpsFigure {
  rows: number;
  route: 'Value(11)' | 'bisection';
  calls: number;
  /** Cells the run filled (highlights): the one thing write calls grow with. */
  fills: number;
  /** Calls of a second run on the scored workbook (output sheets exist, fills to compare). */
  secondCalls: number;
  ms: number;
  simulatedMs: number;
  sameOutput: boolean;
  secondRunUnchanged: boolean;
}

export async function benchWps(rows: number, route: WpsFigure['route']): Promise<WpsFigure> {
  const workbook = workbookFromExample(stretchedExample(rows));
  const et = createFakeEt(workbook, route === 'bisection' ? { xmlSpreadsheet: false } : {});
  const start = performance.now();
  const outcome = scoreActiveSheet(et.Application);
  const ms = Math.round(performance.now() - start);
  if (outcome.status !== 'scored') throw new Error(`wps ${rows}: ${outcome.status}`);
  const calls = et.stats.calls;
  const once = comparableDump(workbook);
  et.resetStats();
  scoreActiveSheet(et.Application);
  const secondCalls = et.stats.calls;

  const officeBook = workbookFromExample(stretchedExample(rows));
  const fake = createFakeExcel(officeBook, { payloadLimitBytes: null });
  await scoreOnOffice((batch) => fake.Excel.run(batch as never), {
    payloadLimitBytes: Number.MAX_SAFE_INTEGER,
  });
  return {
    rows,
    route,
    calls,
    fills: outcome.undo.restore.fills.length,
    secondCalls,
    ms,
    simulatedMs: Math.round(ms + calls * MS_PER_CALL),
    sameOutput: firstDifference(comparableDump(officeBook), once) === null,
    secondRunUnchanged: firstDifference(once, comparableDump(workbook)) === null,
  };
}

/**
 * Budget: with Value(11) the calls must not grow with rows beyond one fill batch per ~30 highlighted
 * cells (fills of one colour share one Range("A1,C3,…") under the 255-character address limit).
 */
export function wpsBudgetProblems(figures: WpsFigure[]): string[] {
  const problems: string[] = [];
  const xml = figures.filter((f) => f.route === 'Value(11)');
  for (const f of figures) {
    if (!f.sameOutput) problems.push(`wps ${f.rows} (${f.route}): workbook differs from the Office host's`);
    if (!f.secondRunUnchanged) problems.push(`wps ${f.rows} (${f.route}): a second run changed the workbook`);
  }
  if (xml.length > 1) {
    const smallest = xml[0];
    for (const f of xml.slice(1)) {
      // One Range + Interior + Color per batch of ~25 highlighted areas, plus a few constant calls.
      const allowance = 3 * Math.ceil(f.fills / 25) + 10;
      if (f.calls - smallest.calls > allowance)
        problems.push(`wps ${f.rows}: ${f.calls} calls vs ${smallest.calls} at ${smallest.rows} rows`);
    }
  }
  return problems;
}
