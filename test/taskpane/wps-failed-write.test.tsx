/**
 * The pane over the WPS controller and the ET fake: a run whose writes ET refuses part-way shows what
 * was written and offers 撤销已写入的部分, as over Excel; the button puts the workbook back exactly.
 * The same for 评分全部工作表; and an undo ET refuses says what it restored.
 */
import './text-encoder';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createWpsController } from '../../src/wps/controller';
import type { RunStorage } from '../../src/wps/last-run';
import { buildExampleSheet } from '../../src/workbook/example';
import { createFakeEt } from '../fakes/et';
import { dumpWorkbook, FakeWorkbook, workbookFromExample } from '../fakes/excel';

function storage(): RunStorage {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string | number | boolean) => void items.set(k, String(v)),
  } as unknown as RunStorage;
}

/** The number of the first `member` write of a clean run (the failure is injected there). */
function firstWrite(
  make: () => FakeWorkbook,
  run: (et: ReturnType<typeof createFakeEt>) => unknown,
  member: string,
) {
  const et = createFakeEt(make());
  run(et);
  const at = et.stats.writes.indexOf(member) + 1;
  expect(at).toBeGreaterThan(1);
  return at;
}

async function failedRunUndone(make: () => FakeWorkbook, button: string, at: number, account: string) {
  const workbook = make();
  const before = dumpWorkbook(workbook);
  const et = createFakeEt(workbook);
  et.failWriteAt(at);
  render(<App controller={createWpsController(et.Application, storage())} initialLocale="zh-CN" />);
  await screen.findByText(/工作表：/);
  fireEvent.click(screen.getByRole('button', { name: button }));
  const undo = await screen.findByRole('button', { name: '撤销已写入的部分' });
  expect(screen.getByTestId('notice').textContent).toContain('写入中途失败，已写入：');
  expect(screen.getByTestId('notice').textContent).toContain(account);
  expect(dumpWorkbook(workbook)).not.toEqual(before);
  fireEvent.click(undo);
  await waitFor(() => expect(screen.queryByRole('button', { name: '撤销已写入的部分' })).toBeNull());
  expect(dumpWorkbook(workbook)).toEqual(before);
}

describe('WPS pane: a write ET refused part-way', () => {
  const seed = () => workbookFromExample(buildExampleSheet());

  it('评分本表: shows what was written and undoes exactly that', async () => {
    const { scoreActiveSheet } = await import('../../src/hosts/wps');
    const at = firstWrite(seed, (et) => scoreActiveSheet(et.Application, { detect: true }), 'Range.Value2=');
    await failedRunUndone(seed, '评分本表', at, '新增工作表 评分汇总');
  });

  it('评分全部工作表: shows what was written and undoes exactly that', async () => {
    const { scoreAllSheets } = await import('../../src/hosts/wps');
    // Two departments' sheets, each the seed with its names scoped to it.
    const book = () => {
      const workbook = new FakeWorkbook();
      for (const name of ['局机关', '分局1']) {
        const example = buildExampleSheet(name);
        const names = example.names.map((n) => ({ ...n, scope: { sheet: name } }));
        workbookFromExample({ ...example, names }, workbook);
      }
      workbook.activate(workbook.sheets[0]);
      return workbook;
    };
    const at = firstWrite(book, (et) => scoreAllSheets(et.Application), 'Interior.Color=');
    await failedRunUndone(book, '评分全部工作表', at, '工作表 局机关 的');
  });
});

describe('WPS pane: an undo ET refuses part-way', () => {
  it('says what it restored, keeps the button, and the second click finishes it (in English too)', async () => {
    const { scoreActiveSheet } = await import('../../src/hosts/wps');
    const seed = () => workbookFromExample(buildExampleSheet());
    const at = firstWrite(seed, (et) => scoreActiveSheet(et.Application, { detect: true }), 'Range.Value2=');
    const workbook = seed();
    const before = dumpWorkbook(workbook);
    const et = createFakeEt(workbook);
    et.failWriteAt(at);
    render(<App controller={createWpsController(et.Application, storage())} initialLocale="en-US" />);
    await screen.findByText(/Sheet: /);
    fireEvent.click(screen.getByRole('button', { name: 'Score this sheet' }));
    const undo = await screen.findByRole('button', { name: 'Undo what was written' });
    expect(screen.getByTestId('notice').textContent).toContain(
      'The write stopped part-way. Written: new sheet 评分汇总',
    );
    // The undo's third write is refused: two were done.
    et.failWriteAt(et.stats.writes.length + 3);
    fireEvent.click(undo);
    await waitFor(() =>
      expect(screen.getByTestId('notice').textContent).toContain('The undo stopped part-way. Restored:'),
    );
    expect(dumpWorkbook(workbook)).not.toEqual(before);
    fireEvent.click(screen.getByRole('button', { name: 'Undo what was written' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo what was written' })).toBeNull());
    expect(dumpWorkbook(workbook)).toEqual(before);
  });
});
