/**
 * The pane over the real Excel controller and the Excel fake: an undo it holds from its own run is
 * offered only while that run is the workbook's last run (src/app/held-undo.ts). After a ribbon run
 * (the shared runtime's 'refresh' request, or none at all: the ribbon in its own runtime) the pane
 * offers only the record's undo, which restores the state before the ribbon run; a held undo clicked
 * before the pane knew is refused at apply time, with nothing written. The same over WPS (ET fake,
 * the ribbon's 评分本表 keeping its run in the shared PluginStorage).
 */
import './text-encoder';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createExcelController } from '../../src/app/excel-controller';
import { createPaneRequests } from '../../src/app/pane-requests';
import type { ExcelBatchRunner } from '../../src/app/runner';
import { applyUndo, describeOfficeError, scoreActiveSheet } from '../../src/hosts/office';
import { App } from '../../src/taskpane/App';
import { buildExampleSheet } from '../../src/workbook/example';
import { createWpsController } from '../../src/wps/controller';
import { createRibbon } from '../../src/wps/ribbon';
import type { WpsAddinApplication } from '../../src/wps/wps-types';
import { createFakeEt } from '../fakes/et';
import { createFakeExcel, dumpWorkbook, workbookFromExample, type FakeWorkbook } from '../fakes/excel';
import { departmentsWorkbook } from '../league/departments';

const OWN_UNDO = '撤销本次评分';
const LIST_UNDO = '撤销全部工作表的评分';
const RECORD_UNDO = /^撤销上次评分/;

function excelPane(workbook: FakeWorkbook) {
  const run = createFakeExcel(workbook).Excel.run as unknown as ExcelBatchRunner;
  const controller = createExcelController({
    run,
    host: { scoreActiveSheet, applyUndo, describeOfficeError },
  });
  const requests = createPaneRequests();
  render(<App controller={controller} requests={requests} initialLocale="zh-CN" />);
  return { run, requests };
}

async function click(name: string | RegExp) {
  fireEvent.click(await screen.findByRole('button', { name }));
}

describe('Excel: the pane after a ribbon run', () => {
  it('pane 评分本表, ribbon 评分本表 of the same sheet: only the record’s undo, back to before the ribbon run', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    const { run, requests } = excelPane(workbook);
    await screen.findByText('工作表：绩效指标');
    await click('评分本表');
    await screen.findByRole('button', { name: OWN_UNDO });

    workbook.sheet('绩效指标').updateCell(4, 4, { value: 1 });
    const beforeRibbon = dumpWorkbook(workbook);
    expect((await scoreActiveSheet(run, { detect: true })).status).toBe('scored');
    act(() => requests.send({ kind: 'refresh' }));

    await waitFor(() => expect(screen.queryByRole('button', { name: OWN_UNDO })).toBeNull());
    await click(RECORD_UNDO);
    await waitFor(() => expect(screen.queryByRole('button', { name: RECORD_UNDO })).toBeNull());
    expect(dumpWorkbook(workbook)).toEqual(beforeRibbon);
  });

  it('a ribbon run the pane was not told of: its held undo is refused when clicked, then the record’s offered', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    const { run } = excelPane(workbook);
    await screen.findByText('工作表：绩效指标');
    await click('评分本表');
    await screen.findByRole('button', { name: OWN_UNDO });
    expect((await scoreActiveSheet(run, { detect: true })).status).toBe('scored');
    const afterRibbon = dumpWorkbook(workbook);

    await click(OWN_UNDO);
    await screen.findByText(/撤销未执行.*\(stale-undo\)/);
    expect(dumpWorkbook(workbook)).toEqual(afterRibbon);
    await screen.findByRole('button', { name: RECORD_UNDO });
    expect(screen.queryByRole('button', { name: OWN_UNDO })).toBeNull();
  });

  it('pane 评分全部工作表, ribbon 评分本表 on one sheet: the list’s 撤销 is gone', async () => {
    const workbook = departmentsWorkbook(2);
    const { run, requests } = excelPane(workbook);
    await screen.findByText('工作表：局机关');
    fireEvent.click(screen.getByTestId('score-all'));
    await screen.findByRole('button', { name: LIST_UNDO });

    workbook.activate(workbook.sheet('分局1'));
    expect((await scoreActiveSheet(run, { detect: true })).status).toBe('scored');
    act(() => requests.send({ kind: 'refresh' }));
    await screen.findByText('工作表：分局1');
    await waitFor(() => expect(screen.queryByRole('button', { name: LIST_UNDO })).toBeNull());
    // The record is the ribbon run's, of 分局1 only.
    expect(screen.getByRole('button', { name: RECORD_UNDO })).toBeTruthy();
  });
});

/** The ET fake with WPS's PluginStorage, shared by the ribbon and the pane. */
function wpsApp(workbook: FakeWorkbook) {
  const items = new Map<string, string>();
  const app = Object.assign(createFakeEt(workbook).Application, {
    PluginStorage: {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string | number | boolean) => void items.set(k, String(v)),
    },
  }) as unknown as WpsAddinApplication;
  const ribbon = createRibbon({ app: () => app, baseUrl: 'file:///x/', locale: 'zh-CN' });
  render(<App controller={createWpsController(app, app.PluginStorage)} initialLocale="zh-CN" />);
  return { ribbon };
}

describe('WPS: the pane after a ribbon run', () => {
  it('pane 评分本表, ribbon 评分本表: the held undo is refused, the record’s undo restores the state before the ribbon run', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    const { ribbon } = wpsApp(workbook);
    await screen.findByText('工作表：绩效指标');
    await click('评分本表');
    await screen.findByRole('button', { name: OWN_UNDO });
    workbook.sheet('绩效指标').updateCell(4, 4, { value: 1 });
    const beforeRibbon = dumpWorkbook(workbook);
    await ribbon.OnAction({ Id: 'PerfScoreScore' });
    const afterRibbon = dumpWorkbook(workbook);

    await click(OWN_UNDO);
    await screen.findByText(/撤销未执行/);
    expect(dumpWorkbook(workbook)).toEqual(afterRibbon);
    expect(screen.queryByRole('button', { name: OWN_UNDO })).toBeNull();
    await click(RECORD_UNDO);
    await waitFor(() => expect(screen.queryByRole('button', { name: RECORD_UNDO })).toBeNull());
    expect(dumpWorkbook(workbook)).toEqual(beforeRibbon);
  });

  it('pane 评分全部工作表, ribbon 评分本表 on one sheet: the list’s 撤销 is gone once the pane re-reads', async () => {
    const workbook = departmentsWorkbook(2);
    const { ribbon } = wpsApp(workbook);
    await screen.findByText('工作表：局机关');
    fireEvent.click(screen.getByTestId('score-all'));
    await screen.findByRole('button', { name: LIST_UNDO });
    workbook.activeSheet = workbook.sheet('分局1');
    await ribbon.OnAction({ Id: 'PerfScoreScore' });
    const afterRibbon = dumpWorkbook(workbook);

    await click(LIST_UNDO);
    await screen.findByText(/撤销未执行/);
    expect(dumpWorkbook(workbook)).toEqual(afterRibbon);
    await waitFor(() => expect(screen.queryByRole('button', { name: LIST_UNDO })).toBeNull());
  });
});
