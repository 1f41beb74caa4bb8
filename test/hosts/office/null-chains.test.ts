/**
 * The read never calls a method on, navigates from or loads through an *OrNullObject result. The fake
 * is strict by default (such a batch fails, as on a strict Excel); the lenient fake (null objects
 * propagating along chains) must give the very same workbook and the same number of syncs.
 */
import { scoreActiveSheet } from '../../../src/hosts/office';
import type { RunOutcome } from '../../../src/workbook/runOutcome';
import { dumpWorkbook, type FakeWorkbook } from '../../fakes/excel';
import { exampleWorkbook, fakeRunner } from './helpers';

function scored(outcome: RunOutcome) {
  if (outcome.status !== 'scored') throw new Error(`expected a scored run, got ${JSON.stringify(outcome)}`);
  return outcome;
}

/**
 * First run, second run after a changed actual (guess: the first run's outputs), third run after the
 * summary sheet was deleted (guess: what a status read would now see, the deductions sheet only), an
 * empty summary sheet, and a run with no guess at all.
 */
async function session(workbook: FakeWorkbook, lenientNullObjects: boolean): Promise<number[]> {
  const { fake, run } = fakeRunner(workbook, { lenientNullObjects });
  const syncs: number[] = [];
  const first = scored(await scoreActiveSheet(run));
  syncs.push(first.syncs);
  workbook.sheet('绩效指标').updateCell(4, 4, { value: 1 });
  syncs.push(scored(await scoreActiveSheet(run, { outputSheets: first.after!.outputSheets })).syncs);
  workbook.deleteSheet(workbook.sheet('评分汇总'));
  syncs.push(scored(await scoreActiveSheet(run, { outputSheets: ['扣分明细'] })).syncs);
  // An emptied summary sheet (still named by PE_OutSummary): its used range is a blank A1.
  workbook.sheet('评分汇总').cells.clear();
  syncs.push(scored(await scoreActiveSheet(run, { outputSheets: ['评分汇总', '扣分明细'] })).syncs);
  syncs.push(scored(await scoreActiveSheet(run)).syncs);
  expect(fake.stats.syncs).toBe(syncs.reduce((a, b) => a + b, 0));
  return syncs;
}

describe('a strict host (calling a method on a possible null object fails the batch)', () => {
  it('gives the same workbook as the lenient fake, run after run, in the same syncs', async () => {
    const lenient = exampleWorkbook();
    const strict = exampleWorkbook();
    const lenientSyncs = await session(lenient, true);
    const strictSyncs = await session(strict, false);
    expect(dumpWorkbook(strict)).toEqual(dumpWorkbook(lenient));
    expect(strictSyncs).toEqual(lenientSyncs);
    // One read and one write; one more read only when the caller did not know where the outputs are.
    expect(strictSyncs).toEqual([2, 2, 2, 2, 3]);
  });

  it('a genuine read error is reported as itself', async () => {
    const workbook = exampleWorkbook();
    const { run } = fakeRunner(workbook, { payloadLimitBytes: 10, responseLimitBytes: null });
    const outcome = await scoreActiveSheet(run);
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.message).toContain('5 MB');
  });
});
