/**
 * The input names of the contract are one list (INPUT_NAMES, src/workbook/names.ts) and their shape
 * one rule (nameShape / rangeFitsName): detection, the pane's labels and words, and the readers of a
 * sheet (the mapping, the Office and WPS panes' "use the selection") all follow them.
 */
import { INPUT_NAME_LABELS } from '../../src/app/controller';
import { ZH_CN } from '../../src/taskpane/i18n';
import { EN_US } from '../../src/taskpane/i18n-en';
import { PART_SPECS } from '../../src/workbook/detect';
import {
  INPUT_NAMES,
  MAX_TARGET_COLUMNS,
  nameShape,
  rangeFitsName,
  REQUIRED_NAMES,
  SINGLE_CELL_NAMES,
} from '../../src/workbook/names';

describe('one list of input names', () => {
  it('has no duplicates, and the required and single-cell names are in it', () => {
    expect(new Set(INPUT_NAMES).size).toBe(INPUT_NAMES.length);
    for (const name of [...REQUIRED_NAMES, ...SINGLE_CELL_NAMES]) expect(INPUT_NAMES).toContain(name);
  });

  it('detection proposes every input name but the hand-set PE_ManualScores, each once', () => {
    const detected = PART_SPECS.map((spec) => spec.name);
    expect(new Set(detected).size).toBe(detected.length);
    expect([...detected].sort()).toEqual(INPUT_NAMES.filter((n) => n !== 'PE_ManualScores').sort());
  });

  it('the pane labels every name, and words label.* / cost.* for exactly those names in both languages', () => {
    expect(Object.keys(INPUT_NAME_LABELS)).toEqual([...INPUT_NAMES]);
    for (const strings of [ZH_CN, EN_US]) {
      const keyed = Object.keys(strings).filter((key) => /^(label|cost)\.PE_/.test(key));
      const expected = INPUT_NAMES.flatMap((name) => [`label.${name}`, `cost.${name}`]);
      expect(keyed.sort()).toEqual(expected.sort());
    }
    for (const name of INPUT_NAMES) expect(EN_US[`label.${name}`]).not.toBe('{text}');
  });
});

describe('one rule for a name’s shape', () => {
  it('single cells for the budget figures and the profile; a column for the rest', () => {
    for (const name of INPUT_NAMES) {
      expect(nameShape(name).kind).toBe(SINGLE_CELL_NAMES.includes(name) ? 'cell' : 'column');
    }
    expect(nameShape('pe_budgetrate')).toEqual({ kind: 'cell' }); // names compare without case
    expect(nameShape('PE_Targets')).toEqual({ kind: 'column', maxColumns: MAX_TARGET_COLUMNS });
    expect(nameShape('PE_Actuals')).toEqual({ kind: 'column', maxColumns: 1 });
  });

  test.each<[string, number, number, boolean]>([
    ['PE_Profile', 1, 1, true],
    ['PE_Profile', 2, 1, false],
    ['PE_BudgetSpent', 1, 2, false],
    ['PE_Actuals', 24, 1, true],
    ['PE_Actuals', 24, 2, false],
    ['PE_Targets', 24, 3, true], // 指标性质 | 指标值 | 度量单位
    ['PE_Targets', 24, 4, false],
    ['pe_targets', 24, 3, true],
    ['PE_Names', 1, 1, true], // a one-row column is still a column
  ])('%s on %i x %i: %s', (name, rows, columns, fits) => {
    expect(rangeFitsName(name, rows, columns)).toBe(fits);
  });
});
