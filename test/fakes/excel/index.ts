/**
 * An in-memory Excel for tests: `createFakeExcel(workbook).Excel.run(batch)` behaves like Office.js's
 * Excel.run where a scorer's correctness depends on it (load before read, null objects, queued writes
 * applied at sync, shape checks, protection, names and their scopes, payload limits, sync counting).
 * Plain TypeScript with no Node APIs: the browser test bundles it into a page.
 *
 *   const workbook = new FakeWorkbook();
 *   workbook.addSheet('绩效指标').set('E5', 0.999, { numberFormat: '0.00%' });
 *   workbook.defineName('PE_Actuals', "'绩效指标'!$E$4:$E$27");
 *   const fake = createFakeExcel(workbook);
 *   await fake.Excel.run(async (context) => { ... });  // context typed as Excel.RequestContext by callers
 *   fake.stats.syncs; fake.stats.requests[0].requestBytes; dumpWorkbook(workbook)
 */
import { FakeRequestContext, type FakeExcelOptions, type FakeStats } from './context';
import type { FakeWorkbook } from './model';
import { FakeWorkbookObject } from './objects';

export {
  FakeWorkbook,
  FakeSheet,
  type FakeCell,
  type FakeCellValue,
  type FakeName,
  type FakeXmlPart,
} from './model';
export {
  FakeOfficeError,
  PROTECTED_SHEET_MESSAGE,
  PROTECTED_STRUCTURE_MESSAGE,
  SHAPE_MISMATCH_MESSAGE,
} from './errors';
export { DEFAULT_PAYLOAD_LIMIT, type FakeExcelOptions, type FakeStats, type SyncRecord } from './context';
export { dumpWorkbook, type CellDump, type WorkbookDump } from './dump';
export { workbookFromExample } from './from-example';
export {
  shiftArea,
  shiftCell,
  shiftSpan,
  insertRows,
  deleteRows,
  insertCols,
  deleteCols,
  type SheetEdit,
} from './shift';

export interface FakeExcel {
  /** Pass `Excel.run` (or this object, as `Excel`) wherever the code under test expects Office's. */
  Excel: {
    run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
    RangeValueType: Record<string, string>;
    NamedItemType: Record<string, string>;
    ClearApplyTo: Record<string, string>;
  };
  workbook: FakeWorkbook;
  stats: FakeStats;
  /** Forgets counted syncs and mutations (e.g. after setting up a workbook through the fake). */
  resetStats(): void;
}

export function createFakeExcel(workbook: FakeWorkbook, options: FakeExcelOptions = {}): FakeExcel {
  const stats: FakeStats = { runs: 0, syncs: 0, mutations: 0, requests: [], writeAttempts: 0 };
  const run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    stats.runs++;
    const context = new FakeRequestContext(workbook, stats, options);
    context.workbook = new FakeWorkbookObject(context);
    const result = await batch(context);
    // Excel.run ends with context.sync(result); it sends nothing when nothing is pending.
    return context.sync(result);
  };
  return {
    Excel: {
      run,
      RangeValueType: {
        empty: 'Empty',
        string: 'String',
        double: 'Double',
        boolean: 'Boolean',
        error: 'Error',
        integer: 'Integer',
        unknown: 'Unknown',
      },
      NamedItemType: {
        range: 'Range',
        error: 'Error',
        string: 'String',
        double: 'Double',
        integer: 'Integer',
        boolean: 'Boolean',
        array: 'Array',
      },
      ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents' },
    },
    workbook,
    stats,
    resetStats() {
      stats.runs = 0;
      stats.syncs = 0;
      stats.mutations = 0;
      stats.requests.length = 0;
      stats.writeAttempts = 0;
    },
  };
}
