/**
 * The acceptance workbooks (test/acceptance/workbooks.ts, W01–W24, built as .xlsx exactly as the
 * command line's suite builds them) scored by the WPS host on the ET fake: each expected sheet gets
 * the result the .xlsx host's planning gives on the same file (the whole ScoreResult, deep-equal),
 * and the hand-computed total and grade of the acceptance suite where it states them.
 */
import { scoreActiveSheet } from '../../../src/hosts/wps';
import { readSnapshot, readWorkbook } from '../../../src/hosts/xlsx';
import { planScoring } from '../../../src/workbook';
import type { ProfileId } from '../../../src/engine/types';
import { buildWorkbook } from '../../acceptance/support/build-workbook';
import { SCORED_CASES } from '../../acceptance/workbooks';
import { createFakeEt } from '../../fakes/et';
import { fakeFromXlsx } from './from-xlsx';

const profileOf = (args: string[] | undefined): ProfileId | undefined => {
  const at = args?.indexOf('--profile') ?? -1;
  return at >= 0 ? (args![at + 1] as ProfileId) : undefined;
};

describe('WPS host on the acceptance workbooks', () => {
  test.each(SCORED_CASES.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const book = await readWorkbook(`${c.id}.xlsx`, { bytes: await buildWorkbook(c.spec) });
    const profile = profileOf(c.args);
    let scored = 0;
    for (const expected of c.sheets) {
      const planned = planScoring(readSnapshot(book, expected.sheet), profile ? { profile } : {});
      const workbook = fakeFromXlsx(book);
      workbook.activate(workbook.sheet(expected.sheet));
      const outcome = scoreActiveSheet(createFakeEt(workbook).Application, profile ? { profile } : {});
      expect(outcome.status).toBe(planned.ok ? 'scored' : 'refused');
      if (outcome.status !== 'scored' || !planned.ok) continue;
      scored += 1;
      expect(outcome.result).toEqual(planned.run.result);
      if (expected.total !== undefined) expect(Number(outcome.result.total.toString())).toBe(expected.total);
      if (expected.grade !== undefined) expect(outcome.result.grade).toBe(expected.grade);
    }
    // Every acceptance workbook is one the command line scores: so must the WPS host.
    expect(scored).toBe(c.sheets.length);
  });
});
