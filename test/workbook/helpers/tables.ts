/** Small hand-made sheets for the mapping's tests (A1-style, like the officer sees them). */
import type { DefinedName } from '../../../src/workbook/types';
import { sheetOf, type FakeCell, type FakeWorkbook } from './fakeWorkbook';
import type { CellValue } from '../../../src/workbook/types';

export const wb = (name: string, formula: string): DefinedName => ({ name, scope: 'workbook', formula });
export const local = (sheet: string, name: string, formula: string): DefinedName => ({
  name,
  scope: { sheet },
  formula,
});

/**
 * Sheet1: headers in row 2, three indicators in rows 3–5 (targets D, actuals E, weights F),
 * workbook-scoped PE_Targets / PE_Actuals / PE_Weights. Row 3 is over 150%, row 4 under 100%.
 */
export function smallTable(extra: Record<string, CellValue | FakeCell> = {}): FakeWorkbook {
  return {
    sheets: [
      sheetOf('Sheet1', {
        D2: '年度目标值',
        E2: '年度实现值',
        F2: '分值',
        D3: '≥10个',
        E3: '20个',
        F3: 1,
        D4: '≥10个',
        E4: '9个',
        F4: 1,
        D5: '≥10个',
        E5: '10个',
        F5: 1,
        ...extra,
      }),
    ],
    names: [
      wb('PE_Targets', 'Sheet1!$D$3:$D$5'),
      wb('PE_Actuals', 'Sheet1!$E$3:$E$5'),
      wb('PE_Weights', 'Sheet1!$F$3:$F$5'),
    ],
  };
}
