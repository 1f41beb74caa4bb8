/**
 * A sheet scored from detection, then renamed only in letter case (Project1 -> PROJECT1: Excel
 * rewrites every reference of its names, the 评分汇总 block keeps the old spelling as text), in the
 * Office host (Excel fake) and the WPS host (ET fake), with the detection memory in twins and in the
 * older text-only block (a workbook scored before the twins). A case-only rename is the same sheet
 * (src/engine/caseKey.ts): the first run after it writes what a re-run of the unrenamed sheet writes
 * (but for the new spelling), the second run changes nothing.
 */
import { scoreActiveSheet } from '../../src/hosts/office';
import type { RunOutcome } from '../../src/workbook/runOutcome';
import { workbookFromExample, type FakeWorkbook } from '../fakes/excel';
import { comparableDump, firstDifference } from '../fuzz/compare';
import { fakeRunner } from '../fuzz/hosts';
import { exampleSheetOf } from '../workbook/detect/layout';
import { nationalProject } from '../workbook/detect/national';
import { wpsRun } from './wps/support';

const FROM = 'Project1';
const TO = 'PROJECT1';

function scored(outcome: RunOutcome) {
  if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
  return outcome;
}

type Scorer = (book: FakeWorkbook) => () => Promise<RunOutcome>;
const office: Scorer = (book) => {
  const runner = fakeRunner(book);
  return () => scoreActiveSheet(runner.run, { detect: true });
};
const wps: Scorer = (book) => {
  const et = wpsRun(book, {}, true);
  return async () => et.score();
};

/** Scored once from detection; `oldBlock`: the twins removed, as a version before them left it. */
async function detectedBook(score: Scorer, oldBlock: boolean): Promise<FakeWorkbook> {
  const book = workbookFromExample(exampleSheetOf(nationalProject(FROM)));
  scored(await score(book)());
  if (oldBlock) {
    const names = book.sheet(FROM).names;
    for (const gone of names.filter((n) => n.name.startsWith('_PerfScore_Detected')))
      names.splice(names.indexOf(gone), 1);
  }
  return book;
}

const upper = (dump: unknown) => JSON.stringify(dump).toUpperCase();

describe.each([
  ['Office', office],
  ['WPS', wps],
] as const)('%s', (_host, score) => {
  it.each([
    ['with the twins', false],
    ['with the older text-only block', true],
  ])('%s: a case-only rename, then two runs: the second changes nothing', async (_label, oldBlock) => {
    const unrenamed = await detectedBook(score, oldBlock);
    scored(await score(unrenamed)());
    const book = await detectedBook(score, oldBlock);
    book.sheet(FROM).name = TO; // the names follow the sheet, as in Excel
    const run = score(book);
    scored(await run());
    const once = comparableDump(book);
    expect(upper(once)).toBe(upper(comparableDump(unrenamed)));
    scored(await run());
    expect(firstDifference(once, comparableDump(book))).toBeNull();
  });
});
