/**
 * The output sheets are read through chains of null objects. Should a host not propagate null
 * objects along a chain, the read is redone without the chains and the output sheets read by name:
 * same snapshot, same writes, one more sync only when a chain meets a null object.
 */
import { scoreActiveSheet } from '../../../src/hosts/office';
import type { RunOutcome } from '../../../src/app/types';
import { dumpWorkbook, type FakeWorkbook } from '../../fakes/excel';
import { exampleWorkbook, fakeRunner } from './helpers';

function scored(outcome: RunOutcome) {
  if (outcome.status !== 'scored') throw new Error(`expected a scored run, got ${JSON.stringify(outcome)}`);
  return outcome;
}

/** First run, second run after a changed actual, third run after the summary sheet was deleted. */
async function session(workbook: FakeWorkbook, nullPropagates: boolean): Promise<number[]> {
  const { run } = fakeRunner(workbook, { nullPropagates });
  const syncs: number[] = [];
  syncs.push(scored(await scoreActiveSheet(run)).syncs);
  workbook.sheet('绩效指标').updateCell(4, 4, { value: 1 });
  syncs.push(scored(await scoreActiveSheet(run)).syncs);
  workbook.deleteSheet(workbook.sheet('评分汇总'));
  syncs.push(scored(await scoreActiveSheet(run)).syncs);
  return syncs;
}

describe('a host where null objects do not propagate along a chain', () => {
  it('gives the same workbook as a propagating host, run after run', async () => {
    const propagating = exampleWorkbook();
    const strict = exampleWorkbook();
    const normalSyncs = await session(propagating, true);
    const strictSyncs = await session(strict, false);
    expect(dumpWorkbook(strict)).toEqual(dumpWorkbook(propagating));
    expect(normalSyncs).toEqual([2, 2, 2]);
    // One extra sync when a chain meets a null object (no output names yet; a #REF! output name).
    expect(strictSyncs).toEqual([3, 2, 4]);
  });

  it('a genuine read error is reported as itself, not as the retry’s', async () => {
    const workbook = exampleWorkbook();
    const { run } = fakeRunner(workbook, {
      nullPropagates: false,
      payloadLimitBytes: 10,
      responseLimitBytes: null,
    });
    const outcome = await scoreActiveSheet(run);
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.message).toContain('5 MB');
  });
});
