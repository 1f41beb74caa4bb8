/**
 * scoreEvaluation time at growing sizes. The engine must scale linearly: the ratio of the largest
 * to the smallest time, divided by the ratio of their sizes, should stay near 1.
 */
import { scoreEvaluation } from '../src/engine';
import { engineInputOf } from './workload';

export interface EngineFigure {
  rows: number;
  ms: number;
  total: number;
  findings: number;
}

/** Collects garbage when node runs with --expose-gc (bench/run.js does), so runs start equal. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Best of `repeats` runs (the least disturbed by GC and the machine), after one warm-up run. */
export function benchEngine(rows: number, repeats: number): EngineFigure {
  const input = engineInputOf(rows);
  let result = scoreEvaluation(input);
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    collect();
    const started = performance.now();
    result = scoreEvaluation(input);
    best = Math.min(best, performance.now() - started);
  }
  return { rows, ms: Math.round(best * 10) / 10, total: result.total, findings: result.findings.length };
}

/** Time per row at the largest size ÷ time per row at the smallest (1 = perfectly linear). */
export function linearity(figures: EngineFigure[]): number {
  const first = figures[0];
  const last = figures[figures.length - 1];
  return last.ms / last.rows / (first.ms / first.rows);
}
