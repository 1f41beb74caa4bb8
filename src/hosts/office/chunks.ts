/**
 * Applying write steps: everything in one sync, unless the estimated request exceeds Excel on the
 * web's 5 MB limit (RequestPayloadSizeLimitExceeded); then big blocks are cut into row slices and the
 * steps are packed, in order, into chunks under the limit, one sync per chunk.
 *
 * The estimate counts the JSON of the data sent; chunks are packed to 80% of the limit to leave room
 * for Office's own envelope.
 */
import { planSteps, type StepOptions, type WriteStep } from './write-steps';
import type { WritePlan } from '../../workbook/types';

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
const SAFETY = 0.8;

/**
 * What one sync may carry: 80% of the limit, the rest left for Office's own envelope. Writes (here)
 * and the sliced reads (read-slices.ts, read-all-slices.ts) aim at it.
 */
export function payloadBudget(limit: number): number {
  return Math.floor(limit * SAFETY);
}

/**
 * Packs steps, in order, into chunks of at most `budget` bytes (a step heavier than the budget goes
 * alone). The callers cut their work into steps of at most half the budget, so every chunk but the
 * last carries more than half of it. Writes pack write steps; the all-sheets read packs row slices.
 */
export function packChunks<T extends { bytes: number }>(steps: T[], budget: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > budget) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The plan's steps grouped into the requests that will carry them. */
export function planChunks(plan: WritePlan, options: StepOptions, limit = WEB_PAYLOAD_LIMIT): WriteStep[][] {
  const budget = payloadBudget(limit);
  const whole = planSteps(plan, options);
  const total = whole.reduce((sum, step) => sum + step.bytes, 0);
  if (total <= budget) return [whole];
  return packChunks(planSteps(plan, options, Math.floor(budget / 2)), budget);
}

/**
 * Queues each chunk and syncs it; returns the number of syncs. Chunks go one after another on
 * purpose (each must be under the limit), hence a sync per chunk — the only syncs in sequence here.
 */
export async function applyChunks(context: Excel.RequestContext, chunks: WriteStep[][]): Promise<number> {
  let syncs = 0;
  const next = async (index: number): Promise<void> => {
    if (index >= chunks.length) return;
    for (const step of chunks[index]) step.queue(context);
    await context.sync();
    syncs += 1;
    await next(index + 1);
  };
  await next(0);
  return syncs;
}
