/**
 * 评分全部工作表's read above the response limit (read-workbook.ts, read-all-slices.ts): the
 * one-sync read is refused, the frames are read, and the cells of every sheet come in row slices
 * packed under the limit (the writes' rule, chunks.ts). On the strict Excel fake with a lowered limit
 * (the same code as at 5 MB, sized so the test stays fast): no request over the limit, no response
 * over it but the one refused read, the snapshot identical to the unsliced read, and the run leaves
 * the workbook exactly as an unlimited run does.
 */
import { scoreAllSheets } from '../../../src/hosts/office';
import { readWorkbook } from '../../../src/hosts/office/read-workbook';
import { payloadBudget } from '../../../src/hosts/office/chunks';
import { MEASURED_HEADROOM } from '../../../src/hosts/office/read-slices';
import { stretchedExample } from '../../../bench/workload';
import { dumpWorkbook, FakeWorkbook, workbookFromExample, type FakeExcelOptions } from '../../fakes/excel';
import { departmentNames } from '../../league/departments';
import { fakeRunner } from './helpers';

const LIMIT = 150_000;

/** `copies` department sheets of `rows` indicators each, names scoped to each sheet; `notes`: a sheet of prose. */
function bigDepartments(rows: readonly number[], notes = false): FakeWorkbook {
  const workbook = new FakeWorkbook();
  departmentNames(rows.length).forEach((name, i) => {
    const sheet = stretchedExample(rows[i], name);
    workbookFromExample(
      { ...sheet, names: sheet.names.map((n) => ({ ...n, scope: { sheet: name } })) },
      workbook,
    );
  });
  if (notes) workbook.addSheet('填表说明').set('A1', '各单位按模板填写年度实现值。');
  workbook.activate(workbook.sheets[0]);
  return workbook;
}

const tabs = (workbook: FakeWorkbook) => workbook.sheets.map((s) => s.name);

async function read(
  workbook: FakeWorkbook,
  options: FakeExcelOptions,
  limit: number,
  guess = tabs(workbook),
) {
  const { fake, run } = fakeRunner(workbook, options);
  const cellProperties = options.cellProperties !== false;
  const result = await run((context) => readWorkbook(context, { cellProperties }, guess, limit));
  return { result, requests: fake.stats.requests, syncs: fake.stats.syncs };
}

const LIMITED: FakeExcelOptions = { payloadLimitBytes: LIMIT };
const UNLIMITED: FakeExcelOptions = { payloadLimitBytes: null };

describe('评分全部工作表: sheets together above the response limit are read in slices', () => {
  it.each([
    ['the caller’s tab order (the pane)', true],
    ['no guess (the ribbon’s first run in a runtime)', false],
  ])(
    '%s: every sync under the limit but the refused one, the same snapshot as one read',
    async (_t, guessed) => {
      const sheets = [400, 60, 300, 24, 200];
      const sliced = await read(bigDepartments(sheets, true), LIMITED, LIMIT, guessed ? undefined : []);
      const whole = await read(bigDepartments(sheets, true), UNLIMITED, Number.MAX_SAFE_INTEGER);
      expect(whole.syncs).toBe(1);
      expect(sliced.result.book).toEqual(whole.result.book);
      expect(sliced.result.active).toBe(whole.result.active);
      expect(sliced.result.syncs).toBe(sliced.syncs);

      const { requests } = sliced;
      for (const request of requests) expect(request.requestBytes).toBeLessThanOrEqual(LIMIT);
      const refused = requests.filter((r) => r.responseBytes > LIMIT);
      expect(refused).toHaveLength(1);
      expect(requests.indexOf(refused[0])).toBe(guessed ? 0 : 1);
      // As few syncs as the limit allows: the first sized by the first guess, then each filled to
      // the budget as estimated from what the previous ones weighed (with headroom), the last the rest.
      const slices = requests.slice(guessed ? 2 : 3);
      const total = slices.reduce((sum, r) => sum + r.responseBytes, 0);
      expect(total).toBeGreaterThan(LIMIT);
      const budget = payloadBudget(LIMIT);
      expect(slices.length).toBeLessThanOrEqual(1 + Math.ceil((total * MEASURED_HEADROOM) / budget));
      for (const slice of slices.slice(1, -1)) expect(slice.responseBytes).toBeGreaterThan(0.6 * budget);
    },
  );

  it('a sheet heavier than the ones measured before it: its refused slice is halved, the result the same', async () => {
    const workbook = bigDepartments([60, 60, 300]);
    const heavy = workbook.sheet('分局2');
    // Long texts in the last sheet: several times the bytes per cell of the first two.
    for (let row = 2; row < 302; row += 1) heavy.set(`B${row + 1}`, '很长的指标名称'.repeat(30) + row);
    const copy = bigDepartments([60, 60, 300]);
    for (let row = 2; row < 302; row += 1)
      copy.sheet('分局2').set(`B${row + 1}`, '很长的指标名称'.repeat(30) + row);
    const sliced = await read(workbook, LIMITED, LIMIT);
    const whole = await read(copy, UNLIMITED, Number.MAX_SAFE_INTEGER);
    expect(sliced.result.book).toEqual(whole.result.book);
    for (const request of sliced.requests) expect(request.requestBytes).toBeLessThanOrEqual(LIMIT);
    // The one-sync read, and the slice of the heavy sheet estimated from the light ones, refused.
    expect(sliced.requests.filter((r) => r.responseBytes > LIMIT).length).toBeGreaterThan(1);
  });

  it('the whole run: the same workbook and league as an unlimited run, every request under the limit', async () => {
    const sheets = [300, 120, 200];
    const limited = bigDepartments(sheets, true);
    const unlimited = bigDepartments(sheets, true);
    const slicedRun = fakeRunner(limited, LIMITED);
    const wholeRun = fakeRunner(unlimited, UNLIMITED);
    const outcome = await scoreAllSheets(slicedRun.run, {
      sheetNames: tabs(limited),
      payloadLimitBytes: LIMIT,
    });
    const reference = await scoreAllSheets(wholeRun.run, {
      sheetNames: tabs(unlimited),
      payloadLimitBytes: Number.MAX_SAFE_INTEGER,
    });
    if (outcome.status !== 'scored' || reference.status !== 'scored')
      throw new Error(JSON.stringify(outcome));
    expect(reference.syncs).toBe(2);
    expect(outcome.syncs).toBe(slicedRun.fake.stats.syncs);
    expect(outcome.rows).toEqual(reference.rows);
    expect(outcome.skipped).toEqual(reference.skipped);
    expect(dumpWorkbook(limited)).toEqual(dumpWorkbook(unlimited));
    for (const request of slicedRun.fake.stats.requests)
      expect(request.requestBytes).toBeLessThanOrEqual(LIMIT);
    expect(slicedRun.fake.stats.requests.filter((r) => r.responseBytes > LIMIT)).toHaveLength(1);
  });
});
