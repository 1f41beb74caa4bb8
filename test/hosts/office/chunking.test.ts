/**
 * Excel on the web rejects a request over 5 MB: a write that big is split into chunks under the
 * limit (one sync each); anything smaller goes in one sync.
 */
import { applyUndo, scoreActiveSheet } from '../../../src/hosts/office';
import { dumpWorkbook, FakeWorkbook, DEFAULT_PAYLOAD_LIMIT } from '../../fakes/excel';
import { fakeRunner } from './helpers';

/** A table of `rows` indicators, all 90% complete (so every row gets a note, a flag and a deduction line). */
function bigTable(rows: number): FakeWorkbook {
  const workbook = new FakeWorkbook();
  const sheet = workbook.addSheet('大表');
  sheet.setRows('A1', [['类别', '指标名称', '年度目标值', '年度实现值', '分值']]);
  for (let i = 0; i < rows; i += 1) {
    sheet.putCell(i + 1, 0, { value: i === 0 ? '数量指标' : null });
    sheet.putCell(i + 1, 1, { value: `第${i + 1}项服务事项办理数量（含线上线下各渠道）` });
    sheet.putCell(i + 1, 2, { value: '≥100件' });
    sheet.putCell(i + 1, 3, { value: 90 });
    sheet.putCell(i + 1, 4, { value: 1 });
  }
  const last = rows + 1;
  workbook.defineName('PE_Categories', `大表!$A$2:$A$${last}`);
  workbook.defineName('PE_Names', `大表!$B$2:$B$${last}`);
  workbook.defineName('PE_Targets', `大表!$C$2:$C$${last}`);
  workbook.defineName('PE_Actuals', `大表!$D$2:$D$${last}`);
  workbook.defineName('PE_Weights', `大表!$E$2:$E$${last}`);
  return workbook;
}

describe('chunking writes under the request limit', () => {
  it('a small run is one write sync', async () => {
    const { fake, run } = fakeRunner(bigTable(50));
    const outcome = await scoreActiveSheet(run);
    expect(outcome).toMatchObject({ status: 'scored', syncs: 2 });
    expect(fake.stats.syncs).toBe(2);
  });

  it('a write over the limit goes in several syncs, none over the limit, and lands completely', async () => {
    const limit = 100_000;
    const chunkedBook = bigTable(600);
    const wholeBook = bigTable(600);
    const chunked = fakeRunner(chunkedBook, { payloadLimitBytes: limit, responseLimitBytes: null });
    const whole = fakeRunner(wholeBook, { payloadLimitBytes: null });
    const outcome = await scoreActiveSheet(chunked.run, { payloadLimitBytes: limit });
    await scoreActiveSheet(whole.run, { payloadLimitBytes: Number.MAX_SAFE_INTEGER });
    expect(outcome.status).toBe('scored');
    expect(outcome.status === 'scored' && outcome.syncs).toBeGreaterThan(3);
    expect(chunked.fake.stats.syncs).toBe(outcome.status === 'scored' ? outcome.syncs : -1);
    for (const request of chunked.fake.stats.requests)
      expect(request.requestBytes).toBeLessThanOrEqual(limit);
    expect(dumpWorkbook(chunkedBook)).toEqual(dumpWorkbook(wholeBook));
  });

  it('the undo of a chunked run is chunked too and restores the sheet', async () => {
    const limit = 100_000;
    const workbook = bigTable(600);
    const before = dumpWorkbook(workbook);
    const { fake, run } = fakeRunner(workbook, { payloadLimitBytes: limit, responseLimitBytes: null });
    const outcome = await scoreActiveSheet(run, { payloadLimitBytes: limit });
    if (outcome.status !== 'scored') throw new Error(outcome.status);
    fake.resetStats();
    await applyUndo(run, outcome.undo, { payloadLimitBytes: limit });
    expect(fake.stats.syncs).toBeGreaterThan(1);
    for (const request of fake.stats.requests) expect(request.requestBytes).toBeLessThanOrEqual(limit);
    expect(dumpWorkbook(workbook)).toEqual(before);
  });

  it('a sheet whose read response is over the limit is read again in row slices, then scored the same', async () => {
    const limit = 100_000;
    const slicedBook = bigTable(600);
    const wholeBook = bigTable(600);
    const sliced = fakeRunner(slicedBook, { payloadLimitBytes: limit, responseLimitBytes: limit });
    const outcome = await scoreActiveSheet(sliced.run, { payloadLimitBytes: limit });
    const reference = await scoreActiveSheet(fakeRunner(wholeBook, { payloadLimitBytes: null }).run);
    expect(outcome.status).toBe('scored');
    expect(outcome.status === 'scored' && outcome.result).toEqual(
      reference.status === 'scored' && reference.result,
    );
    expect(dumpWorkbook(slicedBook)).toEqual(dumpWorkbook(wholeBook));
    for (const request of sliced.fake.stats.requests) {
      expect(request.requestBytes).toBeLessThanOrEqual(limit);
    }
    // The refused whole read, the frame, then slices each under the limit.
    expect(sliced.fake.stats.requests[0].responseBytes).toBeGreaterThan(limit);
    expect(sliced.fake.stats.requests.slice(1).every((r) => r.responseBytes <= limit)).toBe(true);
  });

  it('at the real 5 MB limit, a huge sheet is written in more syncs, none over 5 MB', async () => {
    const { fake, run } = fakeRunner(bigTable(12_000), { responseLimitBytes: null });
    const outcome = await scoreActiveSheet(run);
    expect(outcome.status).toBe('scored');
    const writes = fake.stats.requests.slice(1);
    const total = writes.reduce((sum, r) => sum + r.requestBytes, 0);
    expect(total).toBeGreaterThan(DEFAULT_PAYLOAD_LIMIT);
    expect(writes.length).toBeGreaterThan(1);
    for (const request of fake.stats.requests)
      expect(request.requestBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_LIMIT);
  }, 60_000);
});

describe('reading large output sheets on Excel on the web', () => {
  it('the second run slices the output sheets too, and changes nothing', async () => {
    const limit = 100_000;
    const workbook = bigTable(600);
    const { fake, run } = fakeRunner(workbook, { payloadLimitBytes: limit, responseLimitBytes: limit });
    expect((await scoreActiveSheet(run, { payloadLimitBytes: limit })).status).toBe('scored');
    const afterFirst = dumpWorkbook(workbook);
    fake.resetStats();
    const second = await scoreActiveSheet(run, { payloadLimitBytes: limit });
    expect(second.status === 'failed' ? second.message : second.status).toBe('scored');
    expect(dumpWorkbook(workbook)).toEqual(afterFirst);
    expect(fake.stats.requests.filter((r) => r.responseBytes > limit)).toHaveLength(1); // the refused first read
  });
});
