/**
 * Fuzz: random workbooks written as real .xlsx files and scored through the .xlsx host functions
 * (read, snapshot, plan, apply, save: the CLI's steps), then read back from disk.
 * Fixed seed; fewer runs than the fake (each run writes and reads three files); FUZZ_RUNS=<n> scales both.
 *
 * For every workbook: nothing throws, every non-empty input cell and every defined name is unchanged
 * in the output file, scoring the output again gives an identical file content, and every row that
 * could not be scored has an error finding naming a cell on that row.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { firstDifference, lostUserContent, unexplainedFailedRows } from './compare';
import { scoreXlsx, seenXlsx, writeSpecXlsx } from './hosts';
import { workbookSpec } from './workbook-spec';

const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 40;
const SEED = Number(process.env.FUZZ_SEED ?? 20231231);

describe('.xlsx host on random workbooks', () => {
  test(`${RUNS} random .xlsx files: nothing thrown, no user cell lost, idempotent, failed rows explained`, async () => {
    await fc.assert(
      fc.asyncProperty(workbookSpec, async (spec) => {
        const dir = mkdtempSync(join(tmpdir(), 'perfscore-fuzz-'));
        try {
          const input = await writeSpecXlsx(spec, dir);
          const before = await seenXlsx(input);
          const once = join(dir, 'once.xlsx');
          const first = await scoreXlsx(input, spec.sheet, once);
          if (first.status === 'refused') return;
          const afterFirst = await seenXlsx(once);
          expect(lostUserContent(before, afterFirst)).toEqual([]);
          expect(unexplainedFailedRows(first.result)).toEqual([]);

          const twice = join(dir, 'twice.xlsx');
          const second = await scoreXlsx(once, spec.sheet, twice);
          expect(second.status).toBe('scored');
          expect(firstDifference(afterFirst, await seenXlsx(twice))).toBeNull();
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 600_000);
});
