/**
 * The pane's main path end to end over the Excel fake, with the real Office host, mapping and engine:
 * insert the example, score it, undo. The published 2023 total is 94.46 / 优.
 */
import { createExcelController } from '../../src/app/excel-controller';
import type { ExcelBatchRunner } from '../../src/app/runner';
import { applyUndo, describeOfficeError, scoreActiveSheet } from '../../src/hosts/office';
import { createFakeExcel, dumpWorkbook, FakeWorkbook } from '../fakes/excel';

describe('insert the example, score it, undo', () => {
  it('scores the inserted example like the published self-evaluation and undo restores the workbook', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1').set('A1', '我的数据');
    const fake = createFakeExcel(workbook);
    const controller = createExcelController({
      run: fake.Excel.run as unknown as ExcelBatchRunner,
      host: { scoreActiveSheet, applyUndo, describeOfficeError },
      capabilities: { cellProperties: true },
    });

    const inserted = await controller.insertExample();
    expect(inserted).toEqual({ ok: true, sheet: '示例-绩效指标' });
    const before = dumpWorkbook(workbook);

    const outcome = await controller.score();
    if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
    expect(outcome.sheet).toBe('示例-绩效指标');
    expect(outcome.result.total).toBe(94.46);
    expect(outcome.result.grade).toBe('优');
    expect(outcome.result.counts.over150).toBe(2);

    expect(await controller.undo(outcome.undo)).toEqual({ ok: true });
    expect(dumpWorkbook(workbook)).toEqual(before);
  });
});
