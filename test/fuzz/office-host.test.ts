/**
 * Fuzz: random workbooks through the Office.js host (scoreActiveSheet) on the Excel fake.
 * Fixed seed, ~100 runs in the normal jest run; FUZZ_RUNS=<n> for a longer hunt (FUZZ_SEED to vary).
 *
 * For every workbook: no exception escapes (the outcome is scored or refused, never failed),
 * every non-empty input cell and every defined name is unchanged, a second run changes nothing,
 * and every row that could not be scored has an error finding naming a cell on that row.
 */
import fc from 'fast-check';
import { comparableDump, firstDifference, lostUserContent, unexplainedFailedRows } from './compare';
import { fakeRunner, scoreOnFake, seenFake, toFakeWorkbook } from './hosts';
import { workbookSpec } from './workbook-spec';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? 20231231);

describe('Office host on random workbooks', () => {
  test(`${RUNS} random workbooks: nothing thrown, no user cell lost, idempotent, failed rows explained`, async () => {
    await fc.assert(
      fc.asyncProperty(workbookSpec, async (spec) => {
        const workbook = toFakeWorkbook(spec);
        const before = seenFake(workbook);
        const runner = fakeRunner(workbook);

        const first = await scoreOnFake(runner);
        expect(first.status === 'failed' ? first.message : null).toBeNull();
        expect(lostUserContent(before, seenFake(workbook))).toEqual([]);
        if (first.status === 'scored') expect(unexplainedFailedRows(first.result)).toEqual([]);

        const afterFirst = comparableDump(workbook);
        const second = await scoreOnFake(runner);
        expect(second.status).toBe(first.status);
        expect(firstDifference(afterFirst, comparableDump(workbook))).toBeNull();
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 600_000);
});
