/**
 * 评分本表 on a sheet without names, over the Excel fake with the real Office host, mapping and
 * engine: the seed's table as printed (no PE_* names) scores 94.46 优 from detection in one read and
 * one write, the detected names are defined (sheet-scoped) so the next run reads the same cells, and
 * 评分汇总 says the ranges were detected. A sheet where nothing can be found is left untouched and
 * the pane is asked to open. The ribbon command and the pane's controller are both exercised.
 */
import { createExcelController } from '../../src/app/excel-controller';
import type { ExcelBatchRunner } from '../../src/app/runner';
import { createScoreCommand } from '../../src/app/score-command';
import { applyUndo, describeOfficeError, scoreActiveSheet } from '../../src/hosts/office';
import { createFakeExcel, dumpWorkbook, FakeWorkbook, workbookFromExample } from '../fakes/excel';
import { exampleSheetOf } from '../workbook/detect/layout';
import { seedPrinted } from '../workbook/detect/seedPrinted';

const SHEET = '绩效自评表';

function unnamedSeed() {
  const workbook = workbookFromExample(exampleSheetOf(seedPrinted(SHEET)));
  const fake = createFakeExcel(workbook);
  return { workbook, fake, run: fake.Excel.run as unknown as ExcelBatchRunner };
}

function ribbon(run: ExcelBatchRunner) {
  const shown: string[] = [];
  const openPane = jest.fn().mockResolvedValue(false);
  const command = createScoreCommand({
    score: () => scoreActiveSheet(run, { capabilities: { cellProperties: true }, detect: true }),
    describeError: describeOfficeError,
    showMessage: async (text) => void shown.push(text),
    openPane,
    locale: 'zh-CN',
  });
  return { command, shown, openPane };
}

const sheetNameFormulas = (workbook: FakeWorkbook) =>
  Object.fromEntries(workbook.sheet(SHEET).names.map((n) => [n.name, workbook.nameFormulaText(n.formula)]));

describe('the ribbon on the seed table printed without names', () => {
  it('scores 94.46 优 from the detection, defines the names and says so', async () => {
    const { workbook, fake, run } = unnamedSeed();
    const { command, shown, openPane } = ribbon(run);
    const event = { completed: jest.fn() };

    await command(event);

    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(openPane).not.toHaveBeenCalled();
    expect(shown[0]).toContain(`工作表 ${SHEET} 自评得分 94.46，等级：优。`);
    expect(shown[0]).toContain('需调整目标 2 项，未完成 1 项');
    expect(shown[0]).toContain('评分区域为按表头自动识别');
    // One read, one write: detection ran on the grid already read.
    expect(fake.stats.syncs).toBe(2);
    const names = sheetNameFormulas(workbook);
    expect(names).toMatchObject({
      PE_Targets: `=${SHEET}!$D$4:$D$27`,
      PE_Actuals: `=${SHEET}!$E$4:$E$27`,
      PE_BudgetPlanned: `=${SHEET}!$B$31`,
      PE_BudgetSpent: `=${SHEET}!$B$32`,
      PE_MgmtItems: `=${SHEET}!$A$36:$A$39`,
      PE_Reasons: `=${SHEET}!$H$4:$H$27`,
    });
    expect(workbook.names.filter((n) => n.name.startsWith('PE_') && !n.name.startsWith('PE_Out'))).toEqual(
      [],
    );
    const summary = Object.values(dumpWorkbook(workbook).sheets.find((s) => s.name === '评分汇总')!.cells);
    expect(summary.map((c) => c.value)).toContain('评分区域（自动识别）');
  });

  it('the next run reads the names it defined: same score, layout "names"', async () => {
    const { run } = unnamedSeed();
    const first = await scoreActiveSheet(run, { capabilities: { cellProperties: true }, detect: true });
    const second = await scoreActiveSheet(run, { capabilities: { cellProperties: true }, detect: true });
    if (first.status !== 'scored' || second.status !== 'scored') throw new Error('not scored');
    expect(first.layout).toBe('detected');
    expect(second.layout).toBe('names');
    expect([second.result.total, second.result.grade]).toEqual([94.46, '优']);
    expect(second.ranges.PE_MgmtItems).toBe(first.ranges.PE_MgmtItems);
  });

  it('the pane’s 评分本表 also scores with detection, and undo takes the names away again', async () => {
    const { workbook, run } = unnamedSeed();
    const before = dumpWorkbook(workbook);
    const controller = createExcelController({
      run,
      host: { scoreActiveSheet, applyUndo, describeOfficeError },
      capabilities: { cellProperties: true },
    });
    const outcome = await controller.score();
    if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
    expect([outcome.result.total, outcome.result.grade, outcome.layout]).toEqual([94.46, '优', 'detected']);
    expect(outcome.detection?.profile.id).toBe('guangzhou-dept');
    const status = await controller.getSheetStatus();
    expect(status.ok && status.status.names).toContain('PE_MgmtRules');
    expect(await controller.undo(outcome.undo)).toEqual({ ok: true });
    expect(dumpWorkbook(workbook)).toEqual(before);
  });
});

describe('the ribbon on a sheet where nothing can be found', () => {
  it('writes nothing, asks the pane to open and says what was not found', async () => {
    const workbook = new FakeWorkbook();
    const sheet = workbook.addSheet('说明');
    sheet.set('A1', '本工作簿记录2023年度部门整体支出绩效自评的说明。');
    sheet.set('A2', '请在另一张工作表填写绩效指标。');
    workbook.activate(sheet);
    const fake = createFakeExcel(workbook);
    const before = dumpWorkbook(workbook);
    const { command, shown, openPane } = ribbon(fake.Excel.run as unknown as ExcelBatchRunner);
    const event = { completed: jest.fn() };

    await command(event);

    expect(dumpWorkbook(workbook)).toEqual(before);
    expect(fake.stats.syncs).toBe(1);
    expect(openPane).toHaveBeenCalledTimes(1);
    // Detection's own sentence (its wording is the detection module's), after 无法评分.
    expect(shown[0]).toMatch(/^无法评分：工作表 说明 .*未能自动识别评分区域/);
    expect(shown[0]).toContain('未找到指标表的表头');
    expect(shown[0]).toContain('未写入任何内容');
    expect(shown[0]).toContain('请点击“开始”选项卡上的“绩效评分”打开窗格');
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
