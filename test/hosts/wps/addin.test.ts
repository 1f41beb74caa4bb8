/**
 * The WPS add-in over the ET fake: the ribbon's global callbacks as WPS calls them (onLoad, then the
 * 评分本表 button's onAction with its control), the task pane toggle through PluginStorage, and the
 * pane's controller (status, layout, insert example, score, undo, names from the selection, profile).
 */
import { createExcelController } from '../../../src/app/excel-controller';
import type { ExcelBatchRunner } from '../../../src/app/runner';
import { applyUndo, describeOfficeError, scoreActiveSheet } from '../../../src/hosts/office';
import { createWpsController } from '../../../src/wps/controller';
import { createRibbon, PANE_ID_KEY } from '../../../src/wps/ribbon';
import { missingFeatures } from '../../../src/wps/support';
import type { WpsAddinApplication, WpsTaskPane } from '../../../src/wps/wps-types';
import { buildExampleSheet } from '../../../src/workbook/example';
import { createFakeEt } from '../../fakes/et';
import { createFakeExcel, FakeWorkbook, workbookFromExample } from '../../fakes/excel';
import { comparableDump, firstDifference } from '../../fuzz/compare';
import { departmentsWorkbook, DETECTED_SHEET, NOTES_SHEET } from '../../league/departments';
import type { PaneController } from '../../../src/app/controller';

/** The fake ET plus WPS's add-in runtime: task panes and PluginStorage. */
function addinApp(workbook: FakeWorkbook) {
  const et = createFakeEt(workbook);
  const panes: WpsTaskPane[] = [];
  const storage = new Map<string, string>();
  const app = Object.assign(et.Application, {
    CreateTaskPane(url: string) {
      const pane = { ID: 100 + panes.length + 1, Visible: false, url };
      panes.push(pane);
      return pane;
    },
    GetTaskPane: (id: number) => panes.find((p) => p.ID === id) ?? null,
    // As declared (et-jsapi-declare): values come back as text.
    PluginStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string | number | boolean) => void storage.set(k, String(v)),
    },
  }) as unknown as WpsAddinApplication;
  return { et, app, panes, storage };
}

describe('WPS ribbon callbacks', () => {
  test('onLoad, then 评分本表: the sheet is scored in place and the status bar says 94.46 优', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    const { app, et } = addinApp(workbook);
    const ribbon = createRibbon({
      app: () => app,
      baseUrl: 'file:///jsaddons/perfscore_0.1.0/',
      locale: 'zh-CN',
    });
    expect(ribbon.OnAddinLoad()).toBe(true);
    expect(ribbon.GetLabel({ Id: 'PerfScoreScore' })).toBe('评分本表');
    expect(ribbon.GetLabel({ Id: 'PerfScorePane' })).toBe('绩效评分');
    expect(ribbon.GetEnabled({ Id: 'PerfScoreScore' })).toBe(true);
    expect(ribbon.GetImage({ Id: 'PerfScoreScore' })).toMatch(/^assets\/.+\.png$/);
    await ribbon.OnAction({ Id: 'PerfScoreScore' });
    expect(workbook.sheets.map((s) => s.name)).toEqual(['绩效指标', '评分汇总', '扣分明细']);
    const status = et.Application.statusBar.join('\n');
    expect(status).toContain('94.46');
    expect(status).toContain('优');
  });

  test('绩效评分 creates the pane once, keeps its id in PluginStorage, and toggles it', async () => {
    const { app, panes, storage } = addinApp(workbookFromExample(buildExampleSheet()));
    const ribbon = createRibbon({ app: () => app, baseUrl: 'file:///x/perfscore_0.1.0/', locale: 'en-US' });
    expect(ribbon.GetLabel({ Id: 'PerfScorePane' })).toBe('Performance scoring');
    await ribbon.OnAction({ Id: 'PerfScorePane' });
    expect(panes).toHaveLength(1);
    expect(storage.get(PANE_ID_KEY)).toBe('101');
    expect(panes[0]).toMatchObject({ Visible: true, url: 'file:///x/perfscore_0.1.0/taskpane.html' });
    await ribbon.OnAction({ Id: 'PerfScorePane' });
    expect(panes).toHaveLength(1);
    expect(panes[0].Visible).toBe(false);
  });

  test('a sheet with no table: nothing written, the pane opens at its setup card', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1').set('A1', '会议纪要');
    const before = comparableDump(workbook);
    const { app, panes } = addinApp(workbook);
    await createRibbon({ app: () => app, baseUrl: '', locale: 'zh-CN' }).OnAction({ Id: 'PerfScoreScore' });
    expect(firstDifference(before, comparableDump(workbook))).toBeNull();
    expect(panes[0]?.Visible).toBe(true);
  });

  test('the browser check names what is missing (BigInt)', () => {
    const global = globalThis as unknown as Record<string, unknown>;
    expect(missingFeatures(global)).toEqual([]);
    const withoutBigInt = new Proxy(global, {
      get: (target, key) => (key === 'BigInt' ? undefined : target[key as string]),
    });
    expect(missingFeatures(withoutBigInt)).toEqual(['BigInt']);
  });
});

describe('WPS pane controller', () => {
  test('insert the example, score, undo: as the Excel controller does on the Excel fake', async () => {
    const wpsBook = new FakeWorkbook();
    wpsBook.addSheet('Sheet1');
    const excelBook = new FakeWorkbook();
    excelBook.addSheet('Sheet1');
    const wps = createWpsController(addinApp(wpsBook).app);
    const excel = createExcelController({
      run: createFakeExcel(excelBook).Excel.run as unknown as ExcelBatchRunner,
      host: { scoreActiveSheet, applyUndo, describeOfficeError },
      capabilities: { cellProperties: true },
    });
    expect(await wps.insertExample()).toEqual(await excel.insertExample());
    expect(firstDifference(comparableDump(excelBook), comparableDump(wpsBook))).toBeNull();
    const status = await wps.getSheetStatus();
    expect(status).toEqual(await excel.getSheetStatus());
    const layout = await wps.readLayout();
    expect(layout.ok).toBe(true);
    const inserted = comparableDump(wpsBook);
    const outcome = await wps.score();
    const excelOutcome = await excel.score();
    if (outcome.status !== 'scored' || excelOutcome.status !== 'scored') throw new Error(outcome.status);
    expect(outcome.result.total.toString()).toBe(excelOutcome.result.total.toString());
    expect(firstDifference(comparableDump(excelBook), comparableDump(wpsBook))).toBeNull();
    expect(await wps.showSummary(outcome.sheet)).toEqual({ ok: true });
    expect(wpsBook.activeSheet?.name).toBe('评分汇总');
    expect(await wps.selectCell(outcome.sheet, 'E5')).toEqual({ ok: true });
    expect(await wps.undo(outcome.undo)).toEqual({ ok: true });
    expect(firstDifference(inserted, comparableDump(wpsBook))).toBeNull();
  });

  test('names from the selection (shape checked), defineNames, profile for the session, sheet events', async () => {
    const workbook = new FakeWorkbook();
    const sheet = workbook.addSheet('表1');
    workbook.addSheet('表2');
    const { app, et } = addinApp(workbook);
    const controller = createWpsController(app);
    workbook.selection = { sheet, area: { top: 3, left: 4, bottom: 9, right: 5 } };
    expect(await controller.useSelectionAs('PE_Actuals')).toMatchObject({
      ok: false,
      problem: { code: 'selection-shape' },
    });
    workbook.selection = { sheet, area: { top: 3, left: 4, bottom: 9, right: 4 } };
    expect(await controller.useSelectionAs('PE_Actuals')).toEqual({ ok: true, address: 'E4:E10' });
    await controller.defineNames([{ name: 'PE_Targets', address: 'D4:D10' }]);
    expect(Object.fromEntries(sheet.names.map((n) => [n.name, workbook.nameFormulaText(n.formula)]))).toEqual(
      {
        PE_Actuals: '=表1!$E$4:$E$10',
        PE_Targets: '=表1!$D$4:$D$10',
      },
    );
    expect(await controller.setProfile('national-project')).toEqual({ ok: true, stored: 'session' });
    const changed = jest.fn();
    expect(await controller.watchActiveSheet(changed)).toBe(true);
    et.Application.userActivates('表2');
    expect(changed).toHaveBeenCalledTimes(1);
  });
});

describe('WPS: a ribbon run undone from the pane (PluginStorage holds the last run)', () => {
  test('评分本表 from the ribbon, then the pane offers and performs the undo, once', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    const before = comparableDump(workbook);
    const { app } = addinApp(workbook);
    const ribbon = createRibbon({ app: () => app, baseUrl: 'file:///x/', locale: 'zh-CN' });
    await ribbon.OnAction({ Id: 'PerfScoreScore' });
    expect(workbook.sheets.map((s) => s.name)).toContain('评分汇总');

    // A pane opened afterwards: its own controller, the same PluginStorage.
    workbook.activeSheet = workbook.sheets[0];
    const pane = createWpsController(app, app.PluginStorage);
    const status = await pane.getSheetStatus();
    expect(status.ok && status.status.canUndoLastRun).toBe(true);
    expect(await pane.undoLastRun('绩效指标')).toEqual({ ok: true });
    expect(firstDifference(before, comparableDump(workbook))).toBeNull();

    // Never undone twice.
    const after = await pane.getSheetStatus();
    expect(after.ok && after.status.canUndoLastRun).toBeFalsy();
    expect(await pane.undoLastRun('绩效指标')).toMatchObject({ ok: false });
  });
});

describe('WPS: the pane’s 评分全部工作表 kept in PluginStorage (as the Office host keeps it in the workbook)', () => {
  const SCORED = ['局机关', '分局1', DETECTED_SHEET];
  const LEAGUE = '各表评分汇总';
  const statusOf = async (pane: PaneController, workbook: FakeWorkbook, sheet: string) => {
    workbook.activeSheet = workbook.sheet(sheet);
    const read = await pane.getSheetStatus();
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    return read.status;
  };

  test('a pane opened afterwards offers the whole run’s undo on every scored sheet and on 各表评分汇总', async () => {
    const workbook = departmentsWorkbook(2);
    const before = comparableDump(workbook);
    const { app } = addinApp(workbook);
    const first = createWpsController(app, app.PluginStorage);
    const outcome = await first.scoreAll();
    if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
    expect(outcome.sheetStatus).toMatchObject({ canUndoLastRun: true, lastRunAllSheets: true });

    const reopened = createWpsController(app, app.PluginStorage);
    for (const sheet of [...SCORED, LEAGUE])
      expect(await statusOf(reopened, workbook, sheet)).toMatchObject({
        canUndoLastRun: true,
        lastRunAllSheets: true,
      });
    expect((await statusOf(reopened, workbook, NOTES_SHEET)).canUndoLastRun).toBeUndefined();
    workbook.activeSheet = workbook.sheet('局机关'); // active before the run
    expect(await reopened.undoLastRun('局机关')).toEqual({ ok: true });
    expect(firstDifference(before, comparableDump(workbook))).toBeNull();
    expect((await statusOf(reopened, workbook, '分局1')).canUndoLastRun).toBeUndefined();
    expect(await reopened.undoLastRun('分局1')).toMatchObject({ ok: false });
  });

  test('a later 评分本表 of one of its sheets (the ribbon’s) replaces it; the pane’s own list undo forgets it', async () => {
    const workbook = departmentsWorkbook(2);
    const { app } = addinApp(workbook);
    const pane = createWpsController(app, app.PluginStorage);
    const all = await pane.scoreAll();
    if (all.status !== 'scored') throw new Error(JSON.stringify(all));
    workbook.activeSheet = workbook.sheet('分局1');
    const ribbon = createRibbon({ app: () => app, baseUrl: 'file:///x/', locale: 'zh-CN' });
    await ribbon.OnAction({ Id: 'PerfScoreScore' });
    const own = await statusOf(pane, workbook, '分局1');
    expect(own.canUndoLastRun).toBe(true);
    expect(own.lastRunAllSheets).toBeUndefined();
    for (const sheet of ['局机关', LEAGUE])
      expect((await statusOf(pane, workbook, sheet)).canUndoLastRun).toBeUndefined();

    // Another run of all sheets, undone from the pane's list: nothing is offered afterwards.
    const again = await pane.scoreAll();
    if (again.status !== 'scored') throw new Error(JSON.stringify(again));
    expect(await pane.undo(again.undo)).toEqual({ ok: true });
    for (const sheet of [...SCORED, LEAGUE].filter((s) => workbook.sheets.some((w) => w.name === s)))
      expect((await statusOf(pane, workbook, sheet)).canUndoLastRun).toBeUndefined();
  });
});
