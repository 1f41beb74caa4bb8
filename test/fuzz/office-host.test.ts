/**
 * Fuzz: random workbooks through the Office.js host (scoreActiveSheet) on the Excel fake.
 * Fixed seed, ~100 runs in the normal jest run (a fifth of that again on an Excel without
 * getCellProperties, whose fill reading takes another path); FUZZ_RUNS=<n> for a longer hunt
 * (FUZZ_SEED to vary).
 *
 * For every workbook: no exception escapes (the outcome is scored or refused, never failed),
 * every non-empty input cell and every defined name is unchanged, a second run changes nothing,
 * and every row that could not be scored has an error finding naming a cell on that row.
 */
import fc from 'fast-check';
import { scoreActiveSheet } from '../../src/hosts/office';
import { createFakeExcel } from '../fakes/excel';
import { comparableDump, firstDifference, lostUserContent, unexplainedFailedRows } from './compare';
import { seenFake, toFakeWorkbook } from './hosts';
import { workbookSpec } from './workbook-spec';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? 20231231);

describe.each([
  ['Excel with getCellProperties (ExcelApi 1.9)', true, RUNS],
  ['Excel without getCellProperties', false, Math.max(1, Math.round(RUNS / 5))],
])('Office host on random workbooks: %s', (_label, cellProperties, runs) => {
  test(`${runs} random workbooks: nothing thrown, no user cell lost, idempotent, failed rows explained`, async () => {
    await fc.assert(
      fc.asyncProperty(workbookSpec, async (spec) => {
        const workbook = toFakeWorkbook(spec);
        const before = seenFake(workbook);
        const fake = createFakeExcel(workbook, { cellProperties });
        const score = () =>
          scoreActiveSheet((batch) => fake.Excel.run(batch as never), { capabilities: { cellProperties } });

        const first = await score();
        expect(first.status === 'failed' ? first.message : null).toBeNull();
        expect(lostUserContent(before, seenFake(workbook))).toEqual([]);
        if (first.status === 'scored') expect(unexplainedFailedRows(first.result)).toEqual([]);

        const afterFirst = comparableDump(workbook);
        const second = await score();
        expect(second.status).toBe(first.status);
        expect(firstDifference(afterFirst, comparableDump(workbook))).toBeNull();
      }),
      { seed: SEED, numRuns: runs },
    );
  }, 600_000);
});
