/**
 * The 自检 probe run on the ET fake: for each set of switches, the report's implied switches are the
 * fake's own (so a report from a real WPS sets the fake to that build), the scratch sheet is gone
 * afterwards, the user's sheets and names are untouched, and screen updating is restored.
 */
import { fakeSwitches, runProbe } from '../../../src/wps/probe';
import { buildExampleSheet } from '../../../src/workbook/example';
import { createFakeEt, type EtFakeOptions } from '../../fakes/et';
import { workbookFromExample } from '../../fakes/excel';
import { comparableDump, firstDifference } from '../../fuzz/compare';

const SWITCHES: Required<EtFakeOptions>[] = [
  {
    emptyAs: 'undefined',
    scalarForOneCell: true,
    generalFormat: 'General',
    sheetNamePrefix: true,
    workbookNamesListAll: false,
    xmlSpreadsheet: true,
  },
  {
    emptyAs: 'null',
    scalarForOneCell: false,
    generalFormat: 'G/通用格式',
    sheetNamePrefix: false,
    workbookNamesListAll: true,
    xmlSpreadsheet: false,
  },
];

test.each(SWITCHES.map((s) => [JSON.stringify(s), s] as const))(
  'probe on the fake with %s',
  (_label, switches) => {
    const workbook = workbookFromExample(buildExampleSheet());
    const before = comparableDump(workbook);
    const et = createFakeEt(workbook, switches);
    const report = runProbe(et.Application, { userAgent: 'test', bigint: true });
    expect(fakeSwitches(report)).toEqual(switches);
    expect(report.value2.divZero).toBe(-2146826281);
    expect(report.mixedFormat).toBeNull();
    expect(report.noFillColorIndex).toBe(-4142);
    expect(report.colorRoundTrip).toBe(255);
    expect(report.bulkWriteRoundTrip).toBe(true);
    // A build without Value(11) throws there: recorded, the probe goes on.
    expect(report.errors).toEqual(switches.xmlSpreadsheet ? [] : [expect.stringContaining('Value(11)')]);
    expect(firstDifference(before, comparableDump(workbook))).toBeNull();
    expect(et.stats.screenUpdating).toEqual([false, true]);
  },
);
