/**
 * 评分全部工作表 whose write fails part-way, in the English pane: the notice gives the English account
 * of what landed (the outcome's `text`), not the Chinese message; over the Excel fake (Office host)
 * and the ET fake (WPS host). The undo offered then puts the workbook back exactly.
 */
import './text-encoder';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createExcelController } from '../../src/app/excel-controller';
import type { ExcelBatchRunner } from '../../src/app/runner';
import { applyUndo, describeOfficeError, scoreActiveSheet, scoreAllSheets } from '../../src/hosts/office';
import { scoreAllSheets as scoreAllSheetsWps } from '../../src/hosts/wps';
import { App } from '../../src/taskpane/App';
import { createWpsController } from '../../src/wps/controller';
import type { RunStorage } from '../../src/wps/last-run';
import { createFakeEt } from '../fakes/et';
import { createFakeExcel, dumpWorkbook, type FakeWorkbook } from '../fakes/excel';
import { departmentsWorkbook } from '../league/departments';

function storage(): RunStorage {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string | number | boolean) => void items.set(k, String(v)),
  } as unknown as RunStorage;
}

const book = () => departmentsWorkbook(2, false);

/** Scores all sheets in the English pane, expects the English account, then undoes what landed. */
async function failedInEnglish(workbook: FakeWorkbook, controller: Parameters<typeof App>[0]['controller']) {
  const before = dumpWorkbook(workbook);
  render(<App controller={controller} initialLocale="en-US" />);
  await screen.findByText(/Sheet: /);
  fireEvent.click(screen.getByRole('button', { name: 'Score all sheets' }));
  const undo = await screen.findByRole('button', { name: 'Undo what was written' });
  const notice = screen.getByTestId('notice').textContent ?? '';
  expect(notice).toContain('The write stopped part-way. Written:');
  expect(notice).toMatch(/\d+ cells of sheet /);
  expect(notice).not.toContain('写入中途失败');
  expect(notice).not.toContain('评分时出现意外错误');
  expect(dumpWorkbook(workbook)).not.toEqual(before);
  fireEvent.click(undo);
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo what was written' })).toBeNull());
  expect(dumpWorkbook(workbook)).toEqual(before);
}

describe('评分全部工作表 failed part-way, English pane', () => {
  it('Excel: the English account of what landed', async () => {
    const clean = createFakeExcel(book());
    await scoreAllSheets(clean.Excel.run as unknown as ExcelBatchRunner);
    const writes = clean.stats.writeAttempts;
    expect(writes).toBeGreaterThan(4);

    const workbook = book();
    const fake = createFakeExcel(workbook, { failWrite: { at: Math.floor(writes / 2) } });
    const run = fake.Excel.run as unknown as ExcelBatchRunner;
    const controller = createExcelController({
      run,
      host: { scoreActiveSheet, applyUndo, describeOfficeError },
    });
    await failedInEnglish(workbook, controller);
  });

  it('WPS: the English account of what landed', async () => {
    const clean = createFakeEt(book());
    scoreAllSheetsWps(clean.Application);
    const at = clean.stats.writes.indexOf('Interior.Color=') + 1;
    expect(at).toBeGreaterThan(1);

    const workbook = book();
    const et = createFakeEt(workbook);
    et.failWriteAt(at);
    await failedInEnglish(workbook, createWpsController(et.Application, storage()));
  });
});
