/**
 * 评分全部工作表 through the pane's controllers. Office: the click is two round trips (one read, one
 * write) with 1 and with 10 department sheets, a second click too (the tab order comes from the
 * status read and from the run itself). WPS: whole-block ET reads — one Value(11) per sheet, the same
 * per-sheet read calls whatever the sheet count.
 */
import { createExcelController } from '../../src/app/excel-controller';
import { applyUndo, describeOfficeError, scoreActiveSheet } from '../../src/hosts/office';
import { createWpsController } from '../../src/wps/controller';
import { createFakeEt } from '../fakes/et';
import { comparableDump, firstDifference } from '../fuzz/compare';
import { fakeRunner } from '../fuzz/hosts';
import { departmentsWorkbook } from './departments';

describe('Office pane: round trips of 评分全部工作表', () => {
  test.each([1, 10])('%i department sheet(s): 2 syncs per click, status included; undo', async (copies) => {
    const workbook = departmentsWorkbook(copies, false);
    const before = comparableDump(workbook);
    const { fake, run } = fakeRunner(workbook);
    const controller = createExcelController({
      run,
      host: { scoreActiveSheet, applyUndo, describeOfficeError },
    });
    await controller.getSheetStatus();
    fake.resetStats();
    const first = await controller.scoreAll();
    expect(fake.stats.syncs).toBe(2);
    if (first.status !== 'scored') throw new Error(JSON.stringify(first));
    expect(first.rows).toHaveLength(copies);
    expect(first.sheetStatus?.sheet).toBe('局机关');
    expect(first.sheetStatus?.names.length).toBeGreaterThan(0);

    fake.resetStats();
    const second = await controller.scoreAll();
    expect(fake.stats.syncs).toBe(2);
    if (second.status !== 'scored') throw new Error(JSON.stringify(second));
    const undone = await controller.undo(second.undo);
    expect(undone.ok).toBe(true);
    const again = await controller.undo(first.undo);
    expect(again.ok).toBe(true);
    expect(firstDifference(before, comparableDump(workbook))).toBeNull();
  });

  test('a tab order the pane never saw costs one more read, never a wrong result', async () => {
    const workbook = departmentsWorkbook(2);
    const { fake, run } = fakeRunner(workbook);
    const controller = createExcelController({
      run,
      host: { scoreActiveSheet, applyUndo, describeOfficeError },
    });
    const outcome = await controller.scoreAll();
    expect(fake.stats.syncs).toBe(3);
    expect(outcome.status === 'scored' && outcome.rows.map((r) => r.sheet)).toEqual([
      '局机关',
      '局属中心',
      '分局1',
    ]);
  });
});

describe('WPS pane: ET calls of 评分全部工作表', () => {
  const reads = (copies: number) => {
    const et = createFakeEt(departmentsWorkbook(copies, false));
    const outcome = createWpsController(et.Application).scoreAll();
    return { et, outcome };
  };

  test('one whole-sheet Value(11) per sheet; per-sheet reads do not depend on the sheet count', async () => {
    const one = reads(1);
    const ten = reads(10);
    const [a, b] = [await one.outcome, await ten.outcome];
    if (a.status !== 'scored' || b.status !== 'scored') throw new Error('not scored');
    expect(b.rows).toHaveLength(10);
    // Reading: one Value(11) per sheet of the workbook (department sheets only: no outputs yet).
    expect(one.et.stats.byMember['Range.Value']).toBe(1);
    expect(ten.et.stats.byMember['Range.Value']).toBe(10);
    // Every call scales with the sheets, none with rows or cells: ten sheets cost ten times one, give or take the league.
    expect(ten.et.stats.calls).toBeLessThan(one.et.stats.calls * 11);
    expect(one.et.stats.screenUpdating).toEqual([false, true]);
  });
});
