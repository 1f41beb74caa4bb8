/** rangeChecklist: a sheet with some names is never a dead end. */
import { rangeChecklist } from '../../../src/workbook/detect';
import { snapshotOf } from '../helpers/fakeWorkbook';
import { local } from '../helpers/tables';
import { workbookOf } from './layout';
import { seedPrinted } from './seedPrinted';

const layout = seedPrinted();
const q = `'${layout.name}'!`;

describe('the 评分区域 checklist', () => {
  it('on a sheet with one name set by hand and one broken: set, bad, and a proposal for every other', () => {
    const workbook = workbookOf(layout, [
      local(layout.name, 'PE_Targets', `${q}$D$4:$D$27`),
      local(layout.name, 'PE_Weights', '#REF!'),
    ]);
    const list = rangeChecklist(snapshotOf(workbook, layout.name));
    const byName = Object.fromEntries(list.map((entry) => [entry.name, entry]));
    expect(byName.PE_Targets).toMatchObject({ status: 'set', reference: `${q}$D$4:$D$27`, proposal: null });
    expect(byName.PE_Weights).toMatchObject({ status: 'bad', reference: null });
    expect(byName.PE_Weights.problem).toContain('#REF!');
    expect(byName.PE_Actuals).toMatchObject({ status: 'missing', consequence: null });
    expect(byName.PE_Actuals.proposal).toMatchObject({ reference: `${q}$E$4:$E$27`, header: '年度实现值' });
    expect(byName.PE_BudgetRate).toMatchObject({ status: 'missing', proposal: null, consequence: null });
    expect(list.map((entry) => entry.name)).toEqual([
      'PE_Targets',
      'PE_Actuals',
      'PE_Weights',
      'PE_Categories',
      'PE_Names',
      'PE_ReportedRates',
      'PE_Reasons',
      'PE_BudgetPlanned',
      'PE_BudgetSpent',
      'PE_BudgetRate',
      'PE_MgmtItems',
      'PE_MgmtWeights',
      'PE_MgmtValues',
      'PE_MgmtRules',
      'PE_Profile',
    ]);
  });

  it('on a sheet without a table: every name missing, each with what it costs', () => {
    const list = rangeChecklist(snapshotOf(workbookOf({ name: 'S', rows: [['说明文字']] }), 'S'));
    expect(list.every((entry) => entry.status === 'missing' && entry.proposal === null)).toBe(true);
    expect(list.find((entry) => entry.name === 'PE_Targets')?.consequence).toBe(
      '未找到年度目标值列：无法评分',
    );
    expect(list.find((entry) => entry.name === 'PE_BudgetPlanned')?.consequence).toContain('总分不完整');
  });
});
