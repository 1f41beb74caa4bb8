/**
 * The WPS host on the ET fake against the Office host on the Excel fake and the .xlsx host: the
 * seed example (named) and the seed printed without names (detection) leave identical workbooks —
 * cells, number formats, fills, names, sheets — under every ET quirk switch; scoring twice equals
 * scoring once; undo restores the workbook exactly.
 */
import { applyUndo, scoreActiveSheet } from '../../../src/hosts/wps';
import { buildExampleSheet } from '../../../src/workbook/example';
import { createFakeEt, type EtFakeOptions } from '../../fakes/et';
import { createFakeExcel, workbookFromExample } from '../../fakes/excel';
import { comparableDump, firstDifference } from '../../fuzz/compare';
import { specOf } from '../../hostile/cases';
import { scoreActiveSheet as scoreOnOffice } from '../../../src/hosts/office';
import { exampleSheetOf } from '../../workbook/detect/layout';
import { seedPrinted } from '../../workbook/detect/seedPrinted';
import { scoreEverywhere } from './support';

const QUIRKS: [string, EtFakeOptions][] = [
  ['default switches (formats, fills, merges from Value(11))', {}],
  ['no Value(11): formats, fills and merges by bisection', { xmlSpreadsheet: false }],
  ['empty as null, General spelt G/通用格式', { emptyAs: 'null', generalFormat: 'G/通用格式' }],
  [
    'sheet names unprefixed, workbook Names listing every scope, one cell as a 1×1 array',
    {
      sheetNamePrefix: false,
      workbookNamesListAll: true,
      scalarForOneCell: false,
    },
  ],
];

describe('WPS host: the seed example', () => {
  test.each(QUIRKS)(
    'named example, %s: 94.46 优 and the same workbook as Office and .xlsx',
    async (_t, quirks) => {
      const run = await scoreEverywhere(specOf(buildExampleSheet()), quirks);
      expect(run.wps.status).toBe('scored');
      if (run.wps.status !== 'scored' || run.office.status !== 'scored') throw new Error('not scored');
      expect(run.wps.result.total.toString()).toBe(run.office.result.total.toString());
      expect(run.wps.result.grade).toBe('优');
      expect(firstDifference(comparableDump(run.officeBook), comparableDump(run.wpsBook))).toBeNull();
      expect([...run.wpsBook.sheets.map((s) => [...s.columnWidths])]).toEqual(
        run.officeBook.sheets.map((s) => [...s.columnWidths]),
      );
      expect(firstDifference(run.seen.xlsx, run.seen.wps)).toBeNull();
    },
  );

  test.each(QUIRKS)(
    'the seed printed without names (detection), %s: same workbook as Office',
    async (_t, quirks) => {
      const office = workbookFromExample(exampleSheetOf(seedPrinted('绩效自评表')));
      const wps = workbookFromExample(exampleSheetOf(seedPrinted('绩效自评表')));
      const excel = createFakeExcel(office);
      const officeOutcome = await scoreOnOffice((b) => excel.Excel.run(b as never), { detect: true });
      const et = createFakeEt(wps, quirks);
      const wpsOutcome = scoreActiveSheet(et.Application, { detect: true });
      expect(wpsOutcome.status).toBe('scored');
      if (wpsOutcome.status !== 'scored' || officeOutcome.status !== 'scored') throw new Error('not scored');
      expect(wpsOutcome.layout).toBe('detected');
      expect(wpsOutcome.result.total.toString()).toBe(officeOutcome.result.total.toString());
      expect(firstDifference(comparableDump(office), comparableDump(wps))).toBeNull();
      expect(et.stats.screenUpdating).toEqual([false, true]);
    },
  );

  test('scoring twice leaves the workbook of scoring once; undo restores it exactly', () => {
    const workbook = workbookFromExample(buildExampleSheet());
    const before = comparableDump(workbook);
    const et = createFakeEt(workbook, { generalFormat: 'G/通用格式' });
    const first = scoreActiveSheet(et.Application);
    if (first.status !== 'scored') throw new Error(first.status);
    const once = comparableDump(workbook);
    const second = scoreActiveSheet(et.Application);
    expect(second.status).toBe('scored');
    expect(firstDifference(once, comparableDump(workbook))).toBeNull();
    if (second.status !== 'scored') return;
    // The second run's undo goes back to the first run's workbook; the first's to the original.
    applyUndo(et.Application, second.undo);
    expect(firstDifference(once, comparableDump(workbook))).toBeNull();
    applyUndo(et.Application, first.undo);
    expect(firstDifference(before, comparableDump(workbook))).toBeNull();
  });
});
