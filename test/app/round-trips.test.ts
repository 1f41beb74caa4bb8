/**
 * issue 11: one click on 评分本表, including what the pane reads afterwards, is at most 2 round trips
 * on a strict Excel (the fake is strict by default), first run or not, on every kind of sheet; so is
 * the ribbon command. The pane's status after a click comes from the run itself and equals what a
 * status read would say.
 */
import { createExcelController } from '../../src/app/excel-controller';
import type { PaneController, PaneRunOutcome } from '../../src/app/controller';
import { createOutputGuess } from '../../src/app/output-guess';
import type { ExcelBatchRunner } from '../../src/app/runner';
import { applyUndo, describeOfficeError, scoreActiveSheet } from '../../src/hosts/office';
import { buildExampleSheet } from '../../src/workbook/example';
import { createFakeExcel, FakeWorkbook, workbookFromExample, type FakeExcel } from '../fakes/excel';
import { exampleSheetOf } from '../workbook/detect/layout';
import { seedPrinted } from '../workbook/detect/seedPrinted';

function pane(workbook: FakeWorkbook): { fake: FakeExcel; controller: PaneController } {
  const fake = createFakeExcel(workbook);
  const run = fake.Excel.run as unknown as ExcelBatchRunner;
  const controller = createExcelController({
    run,
    host: { scoreActiveSheet, applyUndo, describeOfficeError },
    capabilities: { cellProperties: true },
  });
  return { fake, controller };
}

/** One click as the pane makes it: score, then a status read only when the outcome carries none. */
async function click(
  fake: FakeExcel,
  controller: PaneController,
): Promise<{ syncs: number; outcome: PaneRunOutcome }> {
  const before = fake.stats.syncs;
  const outcome = await controller.score();
  const known = outcome.sheetStatus !== undefined || outcome.status === 'refused';
  if (!known) await controller.getSheetStatus();
  return { syncs: fake.stats.syncs - before, outcome };
}

/** The status a fresh read gives must equal the one the click brought back. */
async function expectStatusTrue(controller: PaneController, outcome: PaneRunOutcome) {
  const read = await controller.getSheetStatus();
  expect(read.ok && read.status).toEqual(outcome.sheetStatus);
}

const named = () => workbookFromExample(buildExampleSheet());
const unnamed = () => workbookFromExample(exampleSheetOf(seedPrinted('绩效自评表')));

describe('one click in the pane (status read on open, as the pane does)', () => {
  it.each([
    ['with names', named],
    ['without names (detected)', unnamed],
  ])('%s: first, second and third click are 2 round trips each', async (_kind, build) => {
    const workbook = build();
    const { fake, controller } = pane(workbook);
    await controller.getSheetStatus(); // the pane opens
    const syncs: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { syncs: n, outcome } = await click(fake, controller);
      expect(outcome.status).toBe('scored');
      expect(outcome.status === 'scored' && outcome.result.total).toBe(94.46);
      syncs.push(n);
      await expectStatusTrue(controller, outcome);
    }
    expect(syncs).toEqual([2, 2, 2]);
  });

  it('a detected run hands the pane its 评分区域 layout, so the open fold is not read again', async () => {
    const { controller } = pane(unnamed());
    await controller.getSheetStatus();
    const outcome = await controller.score();
    expect(outcome.sheetLayout?.sheet).toBe('绩效自评表');
    const read = await controller.readLayout();
    expect(read.ok && read.layout.ranges).toEqual(outcome.sheetLayout?.ranges);
  });

  it('existing output sheets, an emptied summary and a deleted summary: 2 round trips', async () => {
    const workbook = named();
    const { fake, controller } = pane(workbook);
    await controller.getSheetStatus();
    await click(fake, controller);
    // The officer empties the summary sheet: without its title it is no longer the scorer's (read,
    // and left alone), and the summary goes to 评分汇总 (2).
    workbook.sheet('评分汇总').cells.clear();
    const emptied = await click(fake, controller);
    expect(emptied.syncs).toBe(2);
    const summary = emptied.outcome.status === 'scored' ? emptied.outcome.after!.outputSheets[0] : '';
    expect(summary).toBe('评分汇总 (2)');
    workbook.deleteSheet(workbook.sheet(summary));
    await controller.getSheetStatus(); // back to the pane: focus re-reads the status
    const afterDelete = await click(fake, controller);
    expect(afterDelete.syncs).toBe(2);
    expect(workbook.sheets.map((s) => s.name)).toContain('评分汇总 (2)');
  });

  it('a sheet where nothing can be found: one read, refused, nothing re-read', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('空表').set('A1', '备注');
    workbook.activate(workbook.sheet('空表'));
    const { fake, controller } = pane(workbook);
    await controller.getSheetStatus();
    const { syncs, outcome } = await click(fake, controller);
    expect(outcome.status).toBe('refused');
    expect(syncs).toBe(1);
  });
});

describe('the ribbon command', () => {
  it('first and later runs are 2 round trips each while its runtime lives', async () => {
    for (const build of [named, unnamed]) {
      const fake = createFakeExcel(build());
      const run = fake.Excel.run as unknown as ExcelBatchRunner;
      const guess = createOutputGuess(); // as src/commands/commands.ts keeps it
      const syncs: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const before = fake.stats.syncs;
        const outcome = await scoreActiveSheet(run, {
          capabilities: { cellProperties: true },
          detect: true,
          outputSheets: guess.guess(),
        });
        guess.learn(outcome);
        syncs.push(fake.stats.syncs - before);
      }
      expect(syncs).toEqual([2, 2, 2]);
    }
  });
});

describe('the ribbon’s 评分全部工作表 (src/commands/ribbon-handler.ts on the fake)', () => {
  const globals = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete globals.Excel;
    delete globals.Office;
  });

  it('3 round trips the first time in a runtime (no tab order yet), then 2; the dialog says what was scored', async () => {
    const workbook = named();
    workbookFromExample(exampleSheetOf(seedPrinted('分局')), workbook);
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
    const syncs: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const before = fake.stats.syncs;
      const event = { completed: jest.fn() };
      await handlers.scoreAllSheets(event);
      expect(event.completed).toHaveBeenCalledTimes(1);
      syncs.push(fake.stats.syncs - before);
    }
    expect(syncs).toEqual([3, 2, 2]);
    expect(shown[0].split('\n')[0]).toBe('已评分 2 张工作表，排名写入工作表“各表评分汇总”。');
    expect(shown[2]).toBe(shown[0]);
  });
});

describe('生成自评报告 in the pane: the same 2 round trips', () => {
  it.each([
    ['with names', named],
    ['without names (detected)', unnamed],
  ])('%s: report first, then 评分本表 and 生成自评报告 again, 2 round trips each', async (_kind, build) => {
    const workbook = build();
    const { fake, controller } = pane(workbook);
    await controller.getSheetStatus(); // the pane opens
    const counted = async (action: () => Promise<PaneRunOutcome>) => {
      const before = fake.stats.syncs;
      const outcome = await action();
      expect(outcome.sheetStatus).toBeDefined(); // nothing to read after the click
      return { syncs: fake.stats.syncs - before, outcome };
    };
    const first = await counted(() => controller.generateReport());
    expect(first.syncs).toBe(2);
    expect(first.outcome.status === 'scored' && first.outcome.report?.sheet).toBe('自评报告');
    const rescored = await counted(() => controller.score());
    expect(rescored.syncs).toBe(2);
    // The report sheet is the sheet's own now: 评分本表 keeps it up to date, and says so.
    expect(rescored.outcome.status === 'scored' && rescored.outcome.report?.sheet).toBe('自评报告');
    const again = await counted(() => controller.generateReport());
    expect(again.syncs).toBe(2);
    expect(workbook.sheets.map((s) => s.name).filter((n) => n.startsWith('自评报告'))).toEqual(['自评报告']);
    await expectStatusTrue(controller, again.outcome);
  });
});
