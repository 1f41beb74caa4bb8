/**
 * A shared runtime (src/app/session-profiles.ts): the rules the officer chose in the pane for a
 * sheet without PE_Profile are the ribbon's too, so re-running from the ribbon after scoring in the
 * pane changes nothing — 评分本表 and 评分全部工作表 alike. Excel fake; the pane over the real
 * controller, the ribbon's real handlers (src/commands/ribbon-handler.ts), one SessionProfiles.
 */
import './text-encoder';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createExcelController } from '../../src/app/excel-controller';
import { createPaneRequests } from '../../src/app/pane-requests';
import type { ExcelBatchRunner } from '../../src/app/runner';
import { createSessionProfiles } from '../../src/app/session-profiles';
import { applyUndo, describeOfficeError, scoreActiveSheet } from '../../src/hosts/office';
import { App } from '../../src/taskpane/App';
import { buildExampleSheet } from '../../src/workbook/example';
import { createFakeExcel, dumpWorkbook, FakeWorkbook, workbookFromExample } from '../fakes/excel';

/** Two departments' sheets, each the seed with its names scoped to it and no PE_Profile. */
function book(): FakeWorkbook {
  const workbook = new FakeWorkbook();
  for (const name of ['局机关', '分局1']) {
    const example = buildExampleSheet(name);
    const names = example.names
      .filter((n) => n.name !== 'PE_Profile')
      .map((n) => ({ ...n, scope: { sheet: name } }));
    workbookFromExample({ ...example, names }, workbook);
  }
  workbook.activate(workbook.sheets[0]);
  return workbook;
}

const globals = globalThis as Record<string, unknown>;
afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

async function paneAndRibbon(workbook: FakeWorkbook) {
  const fake = createFakeExcel(workbook);
  globals.Excel = fake.Excel;
  globals.Office = { context: { requirements: { isSetSupported: () => true } } };
  const run = fake.Excel.run as unknown as ExcelBatchRunner;
  const profiles = createSessionProfiles();
  const requests = createPaneRequests();
  const controller = createExcelController({
    run,
    host: { scoreActiveSheet, applyUndo, describeOfficeError },
    capabilities: { cellProperties: true },
    profiles,
  });
  const { createRibbonHandlers } = await import('../../src/commands/ribbon-handler');
  const shown: string[] = [];
  const ribbon = createRibbonHandlers({
    showMessage: async (text) => void shown.push(text),
    openPane: async () => true,
    locale: 'zh-CN',
    requests,
    profiles,
  });
  render(<App controller={controller} requests={requests} initialLocale="zh-CN" />);
  await screen.findByText('工作表：局机关');
  const select = screen.getByRole('combobox', { name: '评分规则' });
  fireEvent.change(select, { target: { value: 'national-project' } });
  await screen.findByText(/所选评分规则只用于本次打开期间/);
  const click = async (command: 'scoreThisSheet' | 'scoreAllSheets') => {
    await ribbon[command]({ completed: () => undefined });
    return shown[shown.length - 1];
  };
  return { click };
}

/** The 评分汇总 sheet's cells as text (the rules name and the scores it reports). */
const summaryOf = (workbook: FakeWorkbook) =>
  JSON.stringify(dumpWorkbook(workbook).sheets.find((s) => s.name === '评分汇总'));

describe('shared runtime: the ribbon scores with the pane’s rule choices', () => {
  it('pane 评分本表 (national-project, no PE_Profile), then ribbon 评分本表: nothing changes', async () => {
    const workbook = book();
    const { click } = await paneAndRibbon(workbook);
    fireEvent.click(screen.getByRole('button', { name: '评分本表' }));
    await screen.findByRole('button', { name: '撤销本次评分' });
    const afterPane = dumpWorkbook(workbook);
    expect(summaryOf(workbook)).toContain('项目支出');

    const said = await click('scoreThisSheet');
    expect(said).toContain('局机关');
    expect(dumpWorkbook(workbook)).toEqual(afterPane);
  });

  it('pane 评分全部工作表, then ribbon 评分全部工作表 and 评分本表: nothing changes', async () => {
    const workbook = book();
    const { click } = await paneAndRibbon(workbook);
    fireEvent.click(screen.getByRole('button', { name: '评分全部工作表' }));
    await screen.findByTestId('league-results');
    const afterPane = dumpWorkbook(workbook);

    await click('scoreAllSheets');
    expect(dumpWorkbook(workbook)).toEqual(afterPane);
    await click('scoreThisSheet');
    await waitFor(() => expect(dumpWorkbook(workbook)).toEqual(afterPane));
  });
});
