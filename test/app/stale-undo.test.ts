/**
 * An undo the pane holds in memory is offered and applied only while its run is still the
 * workbook's last run (src/app/held-undo.ts). A later run from the ribbon (scoreActiveSheet on the
 * same workbook, as the ribbon's command runs it) supersedes it: the pane's status no longer lists
 * its record, applying it is refused ('stale-undo', nothing written), and the record's undo (of the
 * ribbon run) restores the state before the ribbon run. Excel fake, real host, mapping and engine.
 */
import { createExcelController } from '../../src/app/excel-controller';
import type { PaneController, SheetStatus } from '../../src/app/controller';
import { isCurrentUndo } from '../../src/app/held-undo';
import type { ExcelBatchRunner } from '../../src/app/runner';
import { applyUndo, describeOfficeError, scoreActiveSheet } from '../../src/hosts/office';
import { buildExampleSheet } from '../../src/workbook/example';
import { createFakeExcel, dumpWorkbook, workbookFromExample, type FakeWorkbook } from '../fakes/excel';
import { departmentsWorkbook } from '../league/departments';

function setUp(workbook: FakeWorkbook) {
  const fake = createFakeExcel(workbook);
  const run = fake.Excel.run as unknown as ExcelBatchRunner;
  const pane = createExcelController({ run, host: { scoreActiveSheet, applyUndo, describeOfficeError } });
  return { fake, run, pane };
}

async function statusOf(pane: PaneController): Promise<SheetStatus> {
  const read = await pane.getSheetStatus();
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read.status;
}

describe('the pane’s held undo after a run from elsewhere (Excel)', () => {
  it('pane 评分本表, then ribbon 评分本表 of the same sheet: only the record’s undo is offered and applied', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    const { run, pane } = setUp(workbook);
    const own = await pane.score();
    if (own.status !== 'scored') throw new Error(JSON.stringify(own));
    expect(typeof own.undoRecordId).toBe('string');
    expect(isCurrentUndo(own.undoRecordId, own.sheetStatus ?? null)).toBe(true);

    // The officer edits an input, then runs 评分本表 from the ribbon.
    workbook.sheet('绩效指标').updateCell(4, 4, { value: 1 });
    const beforeRibbon = dumpWorkbook(workbook);
    const ribbon = await scoreActiveSheet(run, { detect: true });
    expect(ribbon.status === 'scored' && ribbon.undoRecorded).toBe(true);
    const afterRibbon = dumpWorkbook(workbook);

    const status = await statusOf(pane);
    expect(status.canUndoLastRun).toBe(true); // the ribbon run's record
    expect(isCurrentUndo(own.undoRecordId, status)).toBe(false);

    // Applying the pane's old undo anyway is refused, and writes nothing.
    const stale = await pane.undo(own.undo, own.undoRecordId);
    expect(stale).toMatchObject({ ok: false, problem: { code: 'stale-undo' } });
    expect(dumpWorkbook(workbook)).toEqual(afterRibbon);

    // The record's undo gives the state before the ribbon run, the officer's edit kept.
    expect(await pane.undoLastRun('绩效指标')).toEqual({ ok: true });
    expect(dumpWorkbook(workbook)).toEqual(beforeRibbon);
    expect(workbook.sheet('绩效指标').getCell(4, 4)?.value).toBe(1);
  });

  it('a later pane run of another sheet supersedes the first sheet’s held undo', async () => {
    const workbook = departmentsWorkbook(2, false);
    const { pane } = setUp(workbook);
    const first = await pane.score();
    if (first.status !== 'scored') throw new Error(JSON.stringify(first));
    workbook.activate(workbook.sheet('分局1'));
    const second = await pane.score();
    if (second.status !== 'scored') throw new Error(JSON.stringify(second));
    workbook.activate(workbook.sheet(first.sheet));
    expect(isCurrentUndo(first.undoRecordId, await statusOf(pane))).toBe(false);
    expect(await pane.undo(first.undo, first.undoRecordId)).toMatchObject({
      ok: false,
      problem: { code: 'stale-undo' },
    });
  });

  it('pane 评分全部工作表, then ribbon 评分本表 on one sheet: the list’s undo is refused', async () => {
    const workbook = departmentsWorkbook(2);
    const { run, pane } = setUp(workbook);
    await statusOf(pane);
    const all = await pane.scoreAll();
    if (all.status !== 'scored') throw new Error(JSON.stringify(all));
    expect(isCurrentUndo(all.undoRecordId, all.sheetStatus ?? null)).toBe(true);

    workbook.activate(workbook.sheet('分局1'));
    const ribbon = await scoreActiveSheet(run, { detect: true });
    expect(ribbon.status).toBe('scored');
    for (const sheet of ['局机关', '各表评分汇总', '分局1']) {
      workbook.activate(workbook.sheet(sheet));
      expect(isCurrentUndo(all.undoRecordId, await statusOf(pane))).toBe(false);
    }
    const afterRibbon = dumpWorkbook(workbook);
    expect(await pane.undo(all.undo, all.undoRecordId)).toMatchObject({
      ok: false,
      problem: { code: 'stale-undo' },
    });
    expect(dumpWorkbook(workbook)).toEqual(afterRibbon);
  });

  it('a current held undo: checked in the undo’s own batch, 2 syncs (the record list, the write)', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    const original = dumpWorkbook(workbook);
    const { fake, pane } = setUp(workbook);
    const own = await pane.score();
    if (own.status !== 'scored') throw new Error(JSON.stringify(own));
    const before = fake.stats.syncs;
    expect(await pane.undo(own.undo, own.undoRecordId)).toEqual({ ok: true });
    expect(fake.stats.syncs - before).toBe(2);
    expect(dumpWorkbook(workbook)).toEqual(original);
    expect(workbook.customXmlParts).toHaveLength(0); // deleted in the undo's write
    expect((await statusOf(pane)).canUndoLastRun).toBeUndefined();
  });
});
