/** Shared set-up for the Office host tests: the example workbook in the Excel fake. */
import type { ExcelRunner } from '../../../src/hosts/office';
import { buildExampleSheet } from '../../../src/workbook/example';
import {
  createFakeExcel,
  workbookFromExample,
  type FakeExcelOptions,
  type FakeWorkbook,
} from '../../fakes/excel';

export function exampleWorkbook(): FakeWorkbook {
  return workbookFromExample(buildExampleSheet());
}

/** The fake's Excel.run typed as the host expects Office's. */
export function fakeRunner(workbook: FakeWorkbook, options: FakeExcelOptions = {}) {
  const fake = createFakeExcel(workbook, options);
  return { fake, run: fake.Excel.run as unknown as ExcelRunner };
}
