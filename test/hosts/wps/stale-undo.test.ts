/**
 * WPS: an undo the pane holds is applied only while PluginStorage still keeps its run (its id). The
 * ribbon's 评分本表 (the add-in's global OnAction, as WPS calls it) replaces the kept run of its sheet,
 * and of a kept 评分全部工作表 that scored it: the pane's held undo is then refused with nothing
 * written, and the kept run's undo restores the state before the ribbon run.
 */
import { isCurrentUndo } from '../../../src/app/held-undo';
import type { PaneController, SheetStatus } from '../../../src/app/controller';
import { createWpsController } from '../../../src/wps/controller';
import { createRibbon } from '../../../src/wps/ribbon';
import type { WpsAddinApplication } from '../../../src/wps/wps-types';
import { buildExampleSheet } from '../../../src/workbook/example';
import { createFakeEt } from '../../fakes/et';
import { type FakeWorkbook, workbookFromExample } from '../../fakes/excel';
import { comparableDump, firstDifference } from '../../fuzz/compare';
import { departmentsWorkbook } from '../../league/departments';

function addin(workbook: FakeWorkbook) {
  const storage = new Map<string, string>();
  const app = Object.assign(createFakeEt(workbook).Application, {
    PluginStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string | number | boolean) => void storage.set(k, String(v)),
    },
  }) as unknown as WpsAddinApplication;
  const ribbon = createRibbon({ app: () => app, baseUrl: 'file:///x/', locale: 'zh-CN' });
  return { ribbon, pane: createWpsController(app, app.PluginStorage) };
}

async function statusOf(pane: PaneController): Promise<SheetStatus> {
  const read = await pane.getSheetStatus();
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read.status;
}

describe('WPS: the pane’s held undo after a ribbon run', () => {
  test('pane 评分本表, ribbon 评分本表: refused, and the kept run’s undo gives the state before the ribbon run', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    const { ribbon, pane } = addin(workbook);
    const own = await pane.score();
    if (own.status !== 'scored') throw new Error(JSON.stringify(own));
    expect(isCurrentUndo(own.undoRecordId, await statusOf(pane))).toBe(true);

    workbook.sheet('绩效指标').updateCell(4, 4, { value: 1 });
    const beforeRibbon = comparableDump(workbook);
    await ribbon.OnAction({ Id: 'PerfScoreScore' });
    const afterRibbon = comparableDump(workbook);
    const status = await statusOf(pane);
    expect(status.canUndoLastRun).toBe(true);
    expect(isCurrentUndo(own.undoRecordId, status)).toBe(false);

    expect(await pane.undo(own.undo, own.undoRecordId)).toMatchObject({
      ok: false,
      problem: { code: 'stale-undo' },
    });
    expect(firstDifference(afterRibbon, comparableDump(workbook))).toBeNull();
    expect(await pane.undoLastRun('绩效指标')).toEqual({ ok: true });
    expect(firstDifference(beforeRibbon, comparableDump(workbook))).toBeNull();
  });

  test('pane 评分全部工作表, ribbon 评分本表 on one sheet: the list’s undo is refused', async () => {
    const workbook = departmentsWorkbook(2);
    const { ribbon, pane } = addin(workbook);
    const all = await pane.scoreAll();
    if (all.status !== 'scored') throw new Error(JSON.stringify(all));
    expect(isCurrentUndo(all.undoRecordId, all.sheetStatus ?? null)).toBe(true);
    workbook.activeSheet = workbook.sheet('分局1');
    await ribbon.OnAction({ Id: 'PerfScoreScore' });
    const afterRibbon = comparableDump(workbook);
    for (const sheet of ['局机关', '各表评分汇总', '分局1']) {
      workbook.activeSheet = workbook.sheet(sheet);
      expect(isCurrentUndo(all.undoRecordId, await statusOf(pane))).toBe(false);
    }
    expect(await pane.undo(all.undo, all.undoRecordId)).toMatchObject({
      ok: false,
      problem: { code: 'stale-undo' },
    });
    expect(firstDifference(afterRibbon, comparableDump(workbook))).toBeNull();
  });

  test('still current: the list’s undo applies and forgets the kept run', async () => {
    const workbook = departmentsWorkbook(2);
    const before = comparableDump(workbook);
    const { pane } = addin(workbook);
    const all = await pane.scoreAll();
    if (all.status !== 'scored') throw new Error(JSON.stringify(all));
    workbook.activeSheet = workbook.sheet('局机关');
    expect(await pane.undo(all.undo, all.undoRecordId)).toEqual({ ok: true });
    expect(firstDifference(before, comparableDump(workbook))).toBeNull();
    expect((await statusOf(pane)).canUndoLastRun).toBeUndefined();
  });
});

/** The add-in's page on a fake ET the test can make fail (failWriteAt), its PluginStorage shared. */
function failingAddin(workbook: FakeWorkbook) {
  const storage = new Map<string, string>();
  const et = createFakeEt(workbook);
  const app = Object.assign(et.Application, {
    PluginStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string | number | boolean) => void storage.set(k, String(v)),
    },
  }) as unknown as WpsAddinApplication;
  return { et, app, pane: createWpsController(app, app.PluginStorage) };
}

describe('WPS: the newest run wins, a 评分全部工作表 that failed part-way too', () => {
  test('a sheet’s older 评分本表 is no longer offered: its sheet offers the undo of what landed', async () => {
    // How many write calls a clean 评分全部工作表 makes after a 评分本表 of the first sheet.
    const probe = failingAddin(departmentsWorkbook(2));
    await probe.pane.score();
    probe.et.resetStats();
    expect((await probe.pane.scoreAll()).status).toBe('scored');
    const writes = probe.et.stats.writes.length;

    const workbook = departmentsWorkbook(2);
    const { et, app, pane } = failingAddin(workbook);
    const own = await pane.score();
    if (own.status !== 'scored') throw new Error(JSON.stringify(own));
    const beforeAll = comparableDump(workbook);
    et.resetStats();
    et.failWriteAt(Math.ceil(writes / 2));
    const all = await pane.scoreAll();
    et.failWriteAt(null);
    if (all.status !== 'failed' || !all.undo) throw new Error(JSON.stringify(all));

    // A pane opened afterwards, on the sheet the older run scored: it offers this run's undo only.
    const reopened = createWpsController(app, app.PluginStorage);
    workbook.activeSheet = workbook.sheet('局机关');
    const status = await statusOf(reopened);
    expect(status).toMatchObject({ canUndoLastRun: true, lastRunAllSheets: true });
    expect(isCurrentUndo(all.undoRecordId, status)).toBe(true);
    expect(isCurrentUndo(own.undoRecordId, status)).toBe(false);
    const afterFailure = comparableDump(workbook);
    expect(await pane.undo(own.undo, own.undoRecordId)).toMatchObject({
      ok: false,
      problem: { code: 'stale-undo' },
    });
    expect(firstDifference(afterFailure, comparableDump(workbook))).toBeNull();
    // 撤销上次评分 there undoes what landed, not the older run over it.
    expect(await reopened.undoLastRun('局机关')).toEqual({ ok: true });
    expect(firstDifference(beforeAll, comparableDump(workbook))).toBeNull();
    expect((await statusOf(reopened)).canUndoLastRun).toBeUndefined();
  });
});
