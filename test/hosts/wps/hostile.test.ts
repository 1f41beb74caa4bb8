/**
 * Every hostile case of test/hostile/cases.ts (run on the Office host and the .xlsx host by their
 * own suites) through the WPS host on the ET fake: the same outcome as the Office host on the Excel
 * fake, no user cell or name lost, and the identical workbook afterwards. Plus what the Office suite
 * checks beyond the cases: protected sheets and a user sheet named 评分汇总.
 */
import type { RunOutcome } from '../../../src/workbook/runOutcome';
import { buildExampleSheet } from '../../../src/workbook/example';
import { comparableDump, firstDifference, lostUserContent } from '../../fuzz/compare';
import { fakeRunner, scoreOnFake, seenFake, toFakeWorkbook, type SeenWorkbook } from '../../fuzz/hosts';
import { CASES, expectOutcome, SHEET, specOf, type CheckedOutcome } from '../../hostile/cases';
import { scoreEverywhere, wpsRun } from './support';

const checked = (outcome: RunOutcome): CheckedOutcome =>
  outcome.status === 'refused' ? { status: 'refused', message: outcome.refusal.message } : outcome;

const summary = (outcome: RunOutcome) =>
  outcome.status === 'scored'
    ? { status: 'scored', total: outcome.result.total.toString(), findings: outcome.result.findings.length }
    : outcome.status === 'refused'
      ? { status: 'refused', message: outcome.refusal.message }
      : { status: 'failed', message: outcome.message };

describe('WPS host: hostile names and ranges (same cases as the Office and .xlsx hosts)', () => {
  const routes = [
    ['Value(11)', {}],
    ['bisection', { xmlSpreadsheet: false }],
  ] as const;
  const cases = CASES.flatMap((c) => routes.map(([route, options]) => [c.title, route, c, options] as const));
  test.each(cases)('%s (%s)', async (_title, _route, hostile, options) => {
    const officeBook = toFakeWorkbook(hostile.spec());
    const office = await scoreOnFake(fakeRunner(officeBook));
    const workbook = toFakeWorkbook(hostile.spec());
    const before = seenFake(workbook);
    const outcome = wpsRun(workbook, options).score();

    expect(outcome.status === 'failed' ? outcome.message : null).toBeNull();
    expect(lostUserContent(before, seenFake(workbook))).toEqual([]);
    expectOutcome(checked(outcome), hostile.expect);
    expect(summary(outcome)).toEqual(summary(office));
    expect(firstDifference(comparableDump(officeBook), comparableDump(workbook))).toBeNull();
  });

  test('a user sheet named 评分汇总 keeps its content; the summary goes to a new sheet beside it', () => {
    const workbook = toFakeWorkbook(specOf(buildExampleSheet(), '评分汇总'));
    wpsRun(workbook).score();
    const names = workbook.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('评分汇总'))).toHaveLength(2);
    expect(workbook.sheet('评分汇总').getCell(0, 0)?.value).toBe('用户自己的表');
  });

  test.each(['评分汇总', '扣分明细'])(
    'a protected output sheet (%s) on the second run: refused by name, nothing written',
    (outputSheet) => {
      const workbook = toFakeWorkbook(specOf(buildExampleSheet()));
      const wps = wpsRun(workbook);
      expect(wps.score().status).toBe('scored');
      workbook.sheet(SHEET).putCell(4, 4, { value: '8万套' });
      workbook.sheet(outputSheet).protected = true;
      const before = comparableDump(workbook);
      const second = wps.score();
      expect(second.status).toBe('refused');
      if (second.status === 'refused') expect(second.refusal.message).toContain(outputSheet);
      expect(firstDifference(before, comparableDump(workbook))).toBeNull();
    },
  );

  test('a protected scored sheet: refused, nothing written, screen updating never touched', () => {
    const workbook = toFakeWorkbook(specOf(buildExampleSheet()));
    workbook.sheet(SHEET).protected = true;
    const before = comparableDump(workbook);
    const wps = wpsRun(workbook);
    const outcome = wps.score();
    expect(outcome.status).toBe('refused');
    if (outcome.status === 'refused') expect(outcome.refusal.message).toContain('保护');
    expect(firstDifference(before, comparableDump(workbook))).toBeNull();
    expect(wps.et.stats.screenUpdating).toEqual([]);
  });

  test('an ET error mid-write becomes a message and screen updating is restored', () => {
    const workbook = toFakeWorkbook(specOf(buildExampleSheet()));
    const wps = wpsRun(workbook);
    // The summary sheet is protected the moment it is created: WPS refuses the first write into it.
    const add = workbook.addSheet.bind(workbook);
    workbook.addSheet = (name, position) => {
      const sheet = add(name, position);
      sheet.protected = true;
      return sheet;
    };
    const outcome = wps.score();
    expect(outcome.status).toBe('failed');
    if (outcome.status === 'failed') expect(outcome.message).toContain('保护');
    expect(wps.et.stats.screenUpdating).toEqual([false, true]);
  });
});

/**
 * The .xlsx host as the third: on every case it leaves what the WPS (and Office) host leaves, up to two
 * spellings that are not the hosts' doing: a cell holding "" (exceljs keeps an empty string cell, the
 * fakes store an empty cell; a user sees nothing either way), and a name's reference quoted inside a
 * finding's text as each workbook reports it ("'绩效指标'!$B$29" vs "=绩效指标!$B$29").
 */
describe('WPS host vs the .xlsx host: the same workbook on every hostile case', () => {
  const withoutEmptyText = (seen: SeenWorkbook): SeenWorkbook => ({
    names: seen.names,
    sheets: Object.fromEntries(
      Object.entries(seen.sheets).map(([sheet, cells]) => [
        sheet,
        Object.fromEntries(Object.entries(cells).filter(([, cell]) => cell.value !== '' || cell.formula)),
      ]),
    ),
  });
  const referenceSpelling = (text: unknown) =>
    typeof text === 'string' ? text.replace(/=/g, '').replace(/'([^']+)'!/g, '$1!') : text;

  test.each(CASES.map((c) => [c.title, c] as const))('%s', async (_title, hostile) => {
    const run = await scoreEverywhere(hostile.spec());
    expect(run.xlsx.status).toBe(run.wps.status);
    const xlsx = withoutEmptyText(run.seen.xlsx);
    const wps = withoutEmptyText(run.seen.wps);
    for (const [sheet, cells] of Object.entries(wps.sheets))
      for (const [address, cell] of Object.entries(cells)) {
        const other = xlsx.sheets[sheet]?.[address];
        if (other && referenceSpelling(other.value) === referenceSpelling(cell.value))
          other.value = cell.value;
      }
    expect(firstDifference(xlsx, wps)).toBeNull();
  });
});
