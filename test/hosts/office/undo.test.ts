/** applyUndo against the Excel fake: the workbook comes back exactly as it was. */
import { applyUndo, scoreActiveSheet } from '../../../src/hosts/office';
import type { RunOutcome } from '../../../src/workbook/runOutcome';
import { dumpWorkbook } from '../../fakes/excel';
import { exampleWorkbook, fakeRunner } from './helpers';

function scored(outcome: RunOutcome) {
  if (outcome.status !== 'scored') throw new Error(`expected a scored run, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('undo of a scoring run', () => {
  it('restores every cell, format, fill and name and deletes the sheets the run created, in one sync', async () => {
    const workbook = exampleWorkbook();
    const sheet = workbook.sheet('绩效指标');
    // User formatting the run overwrites: a fill on every target cell (over-150% targets get the
    // scorer's highlight) and a text format on an empty cell of the first output column.
    for (let row = 2; row <= 25; row += 1) sheet.updateCell(row, 3, { fill: '#DDEBF7' }); // D3:D26
    sheet.updateCell(5, 8, { numberFormat: '@' }); // I6, empty
    const before = dumpWorkbook(workbook);
    const { fake, run } = fakeRunner(workbook);
    const outcome = scored(await scoreActiveSheet(run));
    const during = dumpWorkbook(workbook).sheets[0].cells;
    expect(Object.values(during).filter((c) => c.fill && c.fill !== '#DDEBF7').length).toBeGreaterThanOrEqual(
      4,
    );
    expect(during.I6.numberFormat).toBe('0.00%');
    fake.resetStats();
    await applyUndo(run, outcome.undo);
    expect(fake.stats.syncs).toBe(1);
    expect(dumpWorkbook(workbook)).toEqual(before);
  });

  it('after a second run, restores the first run’s output (replaced sheets, redefined fills) exactly', async () => {
    const workbook = exampleWorkbook();
    const { run } = fakeRunner(workbook);
    scored(await scoreActiveSheet(run));
    // The officer corrects an actual value: the second run changes scores, flags and the summary.
    workbook.sheet('绩效指标').updateCell(4, 4, { value: 1 }); // E5
    const afterFirst = dumpWorkbook(workbook);
    const second = scored(await scoreActiveSheet(run));
    expect(second.result.total).not.toBe(94.46);
    expect(dumpWorkbook(workbook)).not.toEqual(afterFirst);
    await applyUndo(run, second.undo);
    expect(dumpWorkbook(workbook)).toEqual(afterFirst);
  });

  it('after a second run whose 自评报告 has other headings, restores the first report’s bold, wrap, widths and page', async () => {
    const workbook = exampleWorkbook();
    const { run } = fakeRunner(workbook);
    scored(await scoreActiveSheet(run, { report: true }));
    // Every indicator's actual value emptied: the second report has other lines and headings.
    for (let row = 2; row <= 25; row += 1) workbook.sheet('绩效指标').updateCell(row, 4, { value: null });
    const widths = () => workbook.sheets.map((s) => [s.name, [...s.columnWidths.entries()]]);
    const afterFirst = dumpWorkbook(workbook);
    const firstWidths = widths();
    const boldRows = (dump: typeof afterFirst) =>
      Object.entries(dump.sheets.find((s) => s.name === '自评报告')!.cells)
        .filter(([, c]) => c.bold)
        .map(([a1]) => a1);
    expect(boldRows(afterFirst).length).toBeGreaterThan(3);
    const second = scored(await scoreActiveSheet(run, { report: true }));
    expect(boldRows(dumpWorkbook(workbook))).not.toEqual(boldRows(afterFirst));
    await applyUndo(run, second.undo);
    expect(dumpWorkbook(workbook)).toEqual(afterFirst);
    expect(widths()).toEqual(firstWidths);
  });

  it('restores a redefined PE_Out* name to its previous formula', async () => {
    const workbook = exampleWorkbook();
    // A PE_OutSummary pointing at the scored sheet itself is ignored by the mapping and redefined.
    workbook.defineName('PE_OutSummary', "'绩效指标'!$A$1", { sheet: '绩效指标' });
    const before = dumpWorkbook(workbook);
    const { run } = fakeRunner(workbook);
    const outcome = scored(await scoreActiveSheet(run));
    expect(outcome.undo.restore.names.map((n) => n.name)).toContain('PE_OutSummary');
    expect(dumpWorkbook(workbook).sheets[0].names.PE_OutSummary).not.toBe(
      before.sheets[0].names.PE_OutSummary,
    );
    await applyUndo(run, outcome.undo);
    expect(dumpWorkbook(workbook)).toEqual(before);
  });

  it('fails with an Office error when a sheet to delete is already gone (the caller shows the message)', async () => {
    const workbook = exampleWorkbook();
    const { run } = fakeRunner(workbook);
    const outcome = scored(await scoreActiveSheet(run));
    workbook.deleteSheet(workbook.sheet('扣分明细'));
    await expect(applyUndo(run, outcome.undo)).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});
