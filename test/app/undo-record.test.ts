/**
 * issue 11: a run started from the ribbon can be undone from the pane — the undo lives in the
 * workbook (a custom XML part), not in the memory of whoever ran it. Kept in the run's own write sync.
 */
import { createExcelController } from '../../src/app/excel-controller';
import type { ExcelBatchRunner } from '../../src/app/runner';
import { applyUndo, describeOfficeError, scoreActiveSheet } from '../../src/hosts/office';
import { buildExampleSheet } from '../../src/workbook/example';
import { createFakeExcel, dumpWorkbook, workbookFromExample } from '../fakes/excel';

function setUp() {
  const workbook = workbookFromExample(buildExampleSheet());
  const fake = createFakeExcel(workbook);
  const run = fake.Excel.run as unknown as ExcelBatchRunner;
  const pane = () =>
    createExcelController({ run, host: { scoreActiveSheet, applyUndo, describeOfficeError } });
  return { workbook, fake, run, pane };
}

describe('the undo record kept in the workbook', () => {
  it('a ribbon run is undone from a pane opened afterwards; the record is then gone', async () => {
    const { workbook, fake, run, pane } = setUp();
    const original = dumpWorkbook(workbook);
    const before = fake.stats.syncs;
    const ribbon = await scoreActiveSheet(run, { detect: true });
    expect(ribbon.status === 'scored' && ribbon.undoRecorded).toBe(true);
    expect(fake.stats.syncs - before).toBe(2); // the record rides in the write sync
    expect(workbook.customXmlParts).toHaveLength(1);

    const controller = pane(); // a pane with no memory of that run
    const status = await controller.getSheetStatus();
    expect(status.ok && status.status.canUndoLastRun).toBe(true);
    expect(await controller.undoLastRun('绩效指标')).toEqual({ ok: true });
    expect(dumpWorkbook(workbook)).toEqual(original);
    expect(workbook.customXmlParts).toHaveLength(0);
    const after = await controller.getSheetStatus();
    expect(after.ok && after.status.canUndoLastRun).toBeUndefined();
  });

  it('keeps one record, of the last run; another sheet’s status does not offer it', async () => {
    const { workbook, run, pane } = setUp();
    await scoreActiveSheet(run);
    workbook.sheet('绩效指标').updateCell(4, 4, { value: 1 });
    const second = await scoreActiveSheet(run, { outputSheets: ['评分汇总', '扣分明细'] });
    expect(workbook.customXmlParts).toHaveLength(1);
    const controller = pane();
    workbook.activate(workbook.sheet('评分汇总'));
    const other = await controller.getSheetStatus();
    expect(other.ok && other.status.canUndoLastRun).toBeUndefined();
    // Undoing from the record gives the state before the second run, exactly.
    workbook.activate(workbook.sheet('绩效指标'));
    expect(second.status).toBe('scored');
    expect(await controller.undoLastRun('绩效指标')).toEqual({ ok: true });
    expect(workbook.sheet('绩效指标').getCell(4, 4)?.value).toBe(1);
  });

  it('the pane’s own undo deletes the record, so an old run is never undone twice', async () => {
    const { workbook, pane } = setUp();
    const controller = pane();
    await controller.getSheetStatus();
    const outcome = await controller.score();
    expect(outcome.status === 'scored' && outcome.sheetStatus?.canUndoLastRun).toBe(true);
    if (outcome.status !== 'scored') throw new Error('not scored');
    expect(await controller.undo(outcome.undo)).toEqual({ ok: true });
    expect(workbook.customXmlParts).toHaveLength(0);
    expect(await controller.undoLastRun('绩效指标')).toMatchObject({ ok: false });
  });

  it('after a write that failed part-way the record holds the undo of what landed', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    const original = dumpWorkbook(workbook);
    const failing = createFakeExcel(workbook, { failWrite: { at: 6 } });
    const outcome = await scoreActiveSheet(failing.Excel.run as unknown as ExcelBatchRunner);
    expect(outcome.status).toBe('failed');
    const fake = createFakeExcel(workbook);
    const run = fake.Excel.run as unknown as ExcelBatchRunner;
    const controller = createExcelController({
      run,
      host: { scoreActiveSheet, applyUndo, describeOfficeError },
    });
    expect(await controller.undoLastRun('绩效指标')).toEqual({ ok: true });
    expect(dumpWorkbook(workbook)).toEqual(original);
  });

  it('a write that failed before anything landed keeps the previous run’s record (still true)', async () => {
    const { workbook, run } = setUp();
    const original = dumpWorkbook(workbook);
    const edited = workbook.sheet('绩效指标').getCell(4, 4)?.value;
    const first = await scoreActiveSheet(run);
    expect(first.status).toBe('scored');
    const kept = workbook.customXmlParts.map((part) => ({ ...part }));
    workbook.sheet('绩效指标').updateCell(4, 4, { value: 1 });
    const failing = createFakeExcel(workbook, { failWrite: { at: 1 } });
    const second = await scoreActiveSheet(failing.Excel.run as unknown as ExcelBatchRunner, {
      outputSheets: ['评分汇总', '扣分明细'],
    });
    expect(second.status === 'failed' && second.undo).toBeUndefined();
    expect(workbook.customXmlParts).toEqual(kept);
    // The kept record still undoes the first run; the officer's edit since is an input: it stays.
    const controller = createExcelController({
      run,
      host: { scoreActiveSheet, applyUndo, describeOfficeError },
    });
    expect(await controller.undoLastRun('绩效指标')).toEqual({ ok: true });
    expect(workbook.sheet('绩效指标').getCell(4, 4)?.value).toBe(1);
    workbook.sheet('绩效指标').updateCell(4, 4, { value: edited });
    expect(dumpWorkbook(workbook)).toEqual(original);
  });
});
