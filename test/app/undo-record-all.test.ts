/**
 * 评分全部工作表 keeps its undo in the workbook, as 评分本表 does (src/hosts/office/undo-record.ts):
 * one record for the whole run, written in the run's own write sync, offered by the pane's status
 * read on every sheet the run scored and on its league sheet, by a pane opened afterwards too. The
 * ribbon's run is driven through src/commands/ribbon-handler.ts on the Excel fake.
 */
import { createExcelController } from '../../src/app/excel-controller';
import type { PaneController } from '../../src/app/controller';
import type { ExcelBatchRunner } from '../../src/app/runner';
import { applyUndo, describeOfficeError, scoreActiveSheet, scoreAllSheets } from '../../src/hosts/office';
import {
  parseUndoRecord,
  recordIsFor,
  recordNamespace,
  recordsIn,
  UNDO_RECORD_PREFIX,
} from '../../src/hosts/office/undo-record';
import { createFakeExcel, FakeOfficeError, type FakeWorkbook } from '../fakes/excel';
import { comparableDump, firstDifference } from '../fuzz/compare';
import { departmentsWorkbook, DETECTED_SHEET, NOTES_SHEET } from '../league/departments';

const SCORED = ['局机关', '分局1', DETECTED_SHEET];
const LEAGUE = '各表评分汇总';

function paneOn(workbook: FakeWorkbook): { controller: PaneController; run: ExcelBatchRunner } {
  const fake = createFakeExcel(workbook);
  const run = fake.Excel.run as unknown as ExcelBatchRunner;
  const controller = createExcelController({
    run,
    host: { scoreActiveSheet, applyUndo, describeOfficeError },
  });
  return { controller, run };
}

async function statusOn(controller: PaneController, workbook: FakeWorkbook, sheet: string) {
  workbook.activate(workbook.sheet(sheet));
  const read = await controller.getSheetStatus();
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read.status;
}

/** The workbook's one record, parsed (its namespace and its JSON body). */
function onlyRecord(workbook: FakeWorkbook) {
  expect(workbook.customXmlParts).toHaveLength(1);
  const xml = workbook.customXmlParts[0].xml;
  const record = parseUndoRecord(xml);
  if (!record) throw new Error(`not a record: ${xml.slice(0, 200)}`);
  return { record, namespace: /xmlns="([^"]*)"/.exec(xml)![1] };
}

describe('the ribbon’s 评分全部工作表 keeps its undo in the workbook', () => {
  const globals = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete globals.Excel;
    delete globals.Office;
  });

  async function ribbonScoresAll(workbook: FakeWorkbook): Promise<string[]> {
    const fake = createFakeExcel(workbook);
    globals.Excel = fake.Excel;
    globals.Office = { context: { requirements: { isSetSupported: () => true } } };
    const shown: string[] = [];
    const { createRibbonHandlers } = await import('../../src/commands/ribbon-handler');
    const handlers = createRibbonHandlers({
      showMessage: async (text) => void shown.push(text),
      openPane: async () => false,
      locale: 'zh-CN',
    });
    await handlers.scoreAllSheets({ completed: () => undefined });
    return shown;
  }

  it('a pane opened afterwards offers 撤销 of the whole run on every scored sheet and on 各表评分汇总; it restores the workbook exactly', async () => {
    const workbook = departmentsWorkbook(2);
    const before = comparableDump(workbook);
    const shown = await ribbonScoresAll(workbook);
    expect(shown[0]).toContain(LEAGUE);
    const { record, namespace } = onlyRecord(workbook);
    expect(namespace.startsWith(`${UNDO_RECORD_PREFIX}all:`)).toBe(true);
    expect(record.allSheets).toEqual([...SCORED, LEAGUE]);

    const { controller } = paneOn(workbook); // no memory of the ribbon's run
    for (const sheet of [...SCORED, LEAGUE]) {
      const status = await statusOn(controller, workbook, sheet);
      expect({ sheet, can: status.canUndoLastRun, all: status.lastRunAllSheets }).toEqual({
        sheet,
        can: true,
        all: true,
      });
    }
    // Not on a sheet the run skipped, nor on a scored sheet's 评分汇总.
    for (const sheet of [NOTES_SHEET, '评分汇总']) {
      const status = await statusOn(controller, workbook, sheet);
      expect(status.canUndoLastRun).toBeUndefined();
      expect(status.lastRunAllSheets).toBeUndefined();
    }

    // Closed and reopened: a new pane on the same workbook still offers it; undone from the league.
    const reopened = paneOn(workbook).controller;
    expect((await statusOn(reopened, workbook, LEAGUE)).lastRunAllSheets).toBe(true);
    expect(await reopened.undoLastRun(LEAGUE)).toEqual({ ok: true });
    // The league sheet was active and is gone: Excel activates a neighbour; all else is as before.
    expect(
      firstDifference({ ...before, activeSheet: null }, { ...comparableDump(workbook), activeSheet: null }),
    ).toBeNull();
    expect(workbook.customXmlParts).toHaveLength(0);
    for (const sheet of SCORED)
      expect((await statusOn(reopened, workbook, sheet)).canUndoLastRun).toBeUndefined();
  });

  it('replaces the previous 评分本表’s record; a later 评分本表 replaces it in turn', async () => {
    const workbook = departmentsWorkbook(2);
    const pane = paneOn(workbook);
    await pane.controller.getSheetStatus();
    const single = await pane.controller.score();
    expect(single.status === 'scored' && single.sheetStatus?.lastRunAllSheets).toBeUndefined();
    expect(onlyRecord(workbook).record.allSheets).toBeUndefined();

    await ribbonScoresAll(workbook);
    expect(onlyRecord(workbook).record.allSheets).toEqual([...SCORED, LEAGUE]);

    // 评分本表 of 分局1: its record replaces the all-sheets one, offered on 分局1 only.
    workbook.activate(workbook.sheet('分局1'));
    const afterAll = comparableDump(workbook);
    const again = await pane.controller.score();
    expect(again.status === 'scored' && again.sheetStatus).toMatchObject({ canUndoLastRun: true });
    expect(again.status === 'scored' && again.sheetStatus?.lastRunAllSheets).toBeUndefined();
    expect(onlyRecord(workbook).record).toMatchObject({ sheet: '分局1' });
    expect(onlyRecord(workbook).record.allSheets).toBeUndefined();
    const reopened = paneOn(workbook).controller;
    for (const sheet of ['局机关', DETECTED_SHEET, LEAGUE])
      expect((await statusOn(reopened, workbook, sheet)).canUndoLastRun).toBeUndefined();
    const own = await statusOn(reopened, workbook, '分局1');
    expect(own).toMatchObject({ canUndoLastRun: true });
    expect(own.lastRunAllSheets).toBeUndefined();
    expect(await reopened.undoLastRun('分局1')).toEqual({ ok: true });
    expect(firstDifference(afterAll, comparableDump(workbook))).toBeNull();
  });
});

describe('the pane’s own 评分全部工作表', () => {
  it('keeps the record in its 2 round trips; its status says so; another pane offers it', async () => {
    const workbook = departmentsWorkbook(2);
    const before = comparableDump(workbook);
    const fake = createFakeExcel(workbook);
    const run = fake.Excel.run as unknown as ExcelBatchRunner;
    const controller = createExcelController({
      run,
      host: { scoreActiveSheet, applyUndo, describeOfficeError },
    });
    await controller.getSheetStatus();
    fake.resetStats();
    const outcome = await controller.scoreAll();
    expect(fake.stats.syncs).toBe(2);
    if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
    expect(outcome.undoRecorded).toBe(true);
    expect(outcome.sheetStatus).toMatchObject({
      sheet: '局机关',
      canUndoLastRun: true,
      lastRunAllSheets: true,
    });
    const other = paneOn(workbook).controller;
    expect(await statusOn(other, workbook, '分局1')).toMatchObject({
      canUndoLastRun: true,
      lastRunAllSheets: true,
    });
    // The pane's own undo (its list's 撤销全部工作表的评分) deletes the record: never applied twice.
    workbook.activate(workbook.sheet('局机关'));
    expect(await controller.undo(outcome.undo)).toEqual({ ok: true });
    expect(workbook.customXmlParts).toHaveLength(0);
    expect(firstDifference(before, comparableDump(workbook))).toBeNull();
    expect(await other.undoLastRun('分局1')).toMatchObject({ ok: false });
  });

  it('a record too heavy for one request is not kept (the old one is deleted); the run still scores', async () => {
    const workbook = departmentsWorkbook(2);
    const { run } = paneOn(workbook);
    await scoreActiveSheet(run);
    expect(workbook.customXmlParts).toHaveLength(1);
    // A limit the writes fit under in chunks but the combined undo (about 11 KB of XML here) does not.
    const outcome = await scoreAllSheets(run, { payloadLimitBytes: 12_000 });
    if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
    expect(outcome.undoRecorded).toBe(false);
    expect(workbook.customXmlParts).toHaveLength(0);
  });

  it('a 评分本表 whose record is too heavy still drops the all-sheets record (one rule for both runs)', async () => {
    const workbook = departmentsWorkbook(2);
    const { controller } = paneOn(workbook);
    const fake = createFakeExcel(workbook);
    const run = fake.Excel.run as unknown as ExcelBatchRunner;
    const all = await scoreAllSheets(run);
    if (all.status !== 'scored') throw new Error(JSON.stringify(all));
    expect(onlyRecord(workbook).namespace).toBe(
      `${UNDO_RECORD_PREFIX}all:${[...SCORED, LEAGUE].map(encodeURIComponent).join(',')}`,
    );
    // 局机关 again, under a limit its writes fit in chunks but its record (the sheet's undo) does not.
    workbook.activate(workbook.sheet('局机关'));
    fake.resetStats();
    const single = await scoreActiveSheet(run, { payloadLimitBytes: 6_000 });
    if (single.status !== 'scored') throw new Error(JSON.stringify(single));
    expect(single.undoRecorded).toBe(false);
    expect(single.undoRecordId).toBeNull();
    // The all-sheets record would restore 局机关 to its state before that run, over this newer one.
    expect(workbook.customXmlParts).toHaveLength(0);
    // Dropped in the run's own write sync: no extra round trip.
    expect(fake.stats.syncs).toBe(single.syncs);
    for (const sheet of SCORED)
      expect((await statusOn(controller, workbook, sheet)).canUndoLastRun).toBeUndefined();
    expect(await controller.undoLastRun('分局1')).toMatchObject({ ok: false });
  });
});

describe('a 评分本表 write failing part-way after a 评分全部工作表', () => {
  it('a failed 评分本表 (its last write refused, under a 6,000-byte limit) never leaves the all-sheets record on offer', async () => {
    const limit = 6_000;
    const probe = departmentsWorkbook(2);
    await scoreAllSheets(createFakeExcel(probe).Excel.run as unknown as ExcelBatchRunner);
    probe.activate(probe.sheet('局机关'));
    const counting = createFakeExcel(probe, { payloadLimitBytes: limit });
    await scoreActiveSheet(counting.Excel.run as unknown as ExcelBatchRunner, { payloadLimitBytes: limit });
    const total = counting.stats.writeAttempts;

    const workbook = departmentsWorkbook(2);
    const all = await scoreAllSheets(createFakeExcel(workbook).Excel.run as unknown as ExcelBatchRunner);
    if (all.status !== 'scored') throw new Error(JSON.stringify(all));
    expect(onlyRecord(workbook).record.allSheets).toEqual([...SCORED, LEAGUE]);
    workbook.activate(workbook.sheet('局机关'));
    // The run's last write fails: nearly all of it landed, and its undo is heavier than the limit.
    const failing = createFakeExcel(workbook, {
      payloadLimitBytes: limit,
      failWrite: { at: total, error: () => new FakeOfficeError('GeneralException', 'injected') },
    });
    const outcome = await scoreActiveSheet(failing.Excel.run as unknown as ExcelBatchRunner, {
      payloadLimitBytes: limit,
    });
    if (outcome.status !== 'failed' || !outcome.undo) throw new Error(JSON.stringify(outcome));
    // Before, the record's sync was refused as too large and the all-sheets record stayed, on offer
    // for 局机关 over this newer run's writes.
    expect(workbook.customXmlParts).toHaveLength(0);
    const { controller } = paneOn(workbook);
    expect((await statusOn(controller, workbook, '局机关')).canUndoLastRun).toBeUndefined();
  });
});

describe('records of the first format (评分本表 of one sheet) are still read', () => {
  it('a record written as the current version writes it is offered, applied and replaced', async () => {
    const workbook = departmentsWorkbook(2);
    const before = comparableDump(workbook);
    const { run } = paneOn(workbook);
    const single = await scoreActiveSheet(run);
    if (single.status !== 'scored') throw new Error('not scored');
    // Exactly the part the current version writes: namespace urn:perfscore:undo:v1:<sheet>, body {sheet, undo}.
    const body = JSON.stringify({ sheet: '局机关', undo: single.undo })
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;');
    workbook.customXmlParts.splice(0, workbook.customXmlParts.length, {
      id: '{OLD-1}',
      xml: `<undo xmlns="urn:perfscore:undo:v1:${encodeURIComponent('局机关')}">${body}</undo>`,
    });
    const pane = paneOn(workbook).controller;
    const status = await statusOn(pane, workbook, '局机关');
    expect(status.canUndoLastRun).toBe(true);
    expect(status.lastRunAllSheets).toBeUndefined();
    expect((await statusOn(pane, workbook, '分局1')).canUndoLastRun).toBeUndefined();
    workbook.activate(workbook.sheet('局机关'));
    expect(await pane.undoLastRun('局机关')).toEqual({ ok: true });
    expect(firstDifference(before, comparableDump(workbook))).toBeNull();
    expect(workbook.customXmlParts).toHaveLength(0);

    // An old record is replaced by an all-sheets run, as by any run.
    workbook.customXmlParts.push({
      id: '{OLD-2}',
      xml: '<undo xmlns="urn:perfscore:undo:v1:%E5%88%86%E5%B1%801">{}</undo>',
    });
    await scoreAllSheets(run, {});
    expect(onlyRecord(workbook).record.allSheets).toEqual([...SCORED, LEAGUE]);
  });
});

describe('a 评分全部工作表 write failing part-way', () => {
  it('keeps the record of exactly what landed (or, nothing landed, the previous record)', async () => {
    const probe = departmentsWorkbook(2);
    const counting = createFakeExcel(probe);
    await scoreActiveSheet(counting.Excel.run as unknown as ExcelBatchRunner);
    counting.resetStats();
    await scoreAllSheets(counting.Excel.run as unknown as ExcelBatchRunner, {});
    const total = counting.stats.writeAttempts;
    const kinds = { kept: 0, landed: 0 };
    for (const at of [1, 2, Math.floor(total / 3), Math.floor(total / 2), total - 2, total - 1, total]) {
      const workbook = departmentsWorkbook(2);
      // A 评分本表 first: its record is the one a failed all-sheets run must not lose for nothing.
      await scoreActiveSheet(paneOn(workbook).run);
      const original = comparableDump(workbook);
      const previous = workbook.customXmlParts.map((p) => ({ ...p }));
      const failing = createFakeExcel(workbook, {
        failWrite: { at, error: () => new FakeOfficeError('GeneralException', 'injected') },
      });
      const outcome = await scoreAllSheets(failing.Excel.run as unknown as ExcelBatchRunner, {});
      if (outcome.status !== 'failed') throw new Error(`write ${at}: ${outcome.status}`);
      if (!outcome.undo) {
        kinds.kept += 1;
        expect(firstDifference(original, comparableDump(workbook))).toBeNull();
        expect(workbook.customXmlParts).toEqual(previous);
        continue;
      }
      kinds.landed += 1;
      const { record } = onlyRecord(workbook);
      expect(record.undo).toEqual(outcome.undo);
      expect(record.allSheets!.length).toBeGreaterThan(0);
      const pane = paneOn(workbook).controller;
      for (const sheet of record.allSheets!)
        expect(await statusOn(pane, workbook, sheet)).toMatchObject({
          canUndoLastRun: true,
          lastRunAllSheets: true,
        });
      workbook.activate(workbook.sheet(record.allSheets![0]));
      expect(await pane.undoLastRun(record.allSheets![0])).toEqual({ ok: true });
      expect(
        firstDifference(
          { ...original, activeSheet: null },
          { ...comparableDump(workbook), activeSheet: null },
        ),
      ).toBeNull();
    }
    expect(kinds.kept).toBeGreaterThan(0);
    expect(kinds.landed).toBeGreaterThan(0);
  });
});

describe('the record’s namespace: the sheets it is for', () => {
  const listed = (namespaceUri: string) =>
    recordsIn({ items: [{ id: 'x', namespaceUri }] } as unknown as Excel.CustomXmlPartCollection)[0];
  const EMPTY = {
    restore: { sheet: 'a', blocks: [], fills: [], names: [], sheets: [] },
    deleteNames: [],
    deleteSheets: [],
  };

  it('lists every sheet, a comma in a name included; an older reader sees no sheet of the workbook', () => {
    const sheets = ['局机关', 'a,b', "O'Neil (2)", LEAGUE];
    const namespace = recordNamespace({ sheet: LEAGUE, allSheets: sheets });
    expect(listed(namespace)).toEqual({ id: 'x', allSheets: true, sheets });
    for (const sheet of sheets) expect(recordIsFor(listed(namespace), sheet)).toBe(true);
    expect(recordIsFor(listed(namespace), 'a')).toBe(false);
    // What the previous version's reader takes for the sheet's name: has ':', which Excel forbids.
    expect(decodeURIComponent(namespace.slice(UNDO_RECORD_PREFIX.length))).toMatch(/^all:/);
  });

  it('a list too long for a namespace becomes "any sheet"', () => {
    const sheets = Array.from({ length: 200 }, (_, i) => `部门预算绩效自评表${i}`);
    const namespace = recordNamespace({ sheet: LEAGUE, allSheets: sheets });
    expect(namespace).toBe(`${UNDO_RECORD_PREFIX}all:*`);
    expect(recordIsFor(listed(namespace), '任何一张表')).toBe(true);
    expect(
      parseUndoRecord(
        `<undo xmlns="${namespace}">${JSON.stringify({ sheet: LEAGUE, undo: EMPTY, allSheets: sheets })}</undo>`,
      )?.allSheets,
    ).toHaveLength(200);
  });

  it('a single sheet’s namespace is the first format, unchanged', () => {
    expect(recordNamespace({ sheet: '绩效 指标' })).toBe(
      'urn:perfscore:undo:v1:%E7%BB%A9%E6%95%88%20%E6%8C%87%E6%A0%87',
    );
    expect(listed(recordNamespace({ sheet: '绩效 指标' }))).toEqual({
      id: 'x',
      allSheets: false,
      sheets: ['绩效 指标'],
    });
  });
});
