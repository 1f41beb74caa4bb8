/**
 * The parts detection proposes, in the order the checklist shows them: the name each becomes, what
 * it is called, and what its absence costs (Chinese first, as the pane and the summary show it).
 */
import type { ProfileId } from '../../engine/types';
import type { InputName } from '../names';

export type DetectPart =
  | 'targets'
  | 'actuals'
  | 'weights'
  | 'categories'
  | 'names'
  | 'reportedRates'
  | 'reasons'
  | 'budgetPlanned'
  | 'budgetSpent'
  | 'budgetRate'
  | 'mgmtItems'
  | 'mgmtWeights'
  | 'mgmtValues'
  | 'mgmtRules'
  | 'profile';

/**
 * The PE_* name a detected part becomes: every input name of the contract (the one list,
 * INPUT_NAMES in ../names.ts) except PE_ManualScores, which an officer sets by hand.
 */
export type DetectName = Exclude<InputName, 'PE_ManualScores'>;

export interface PartSpec {
  part: DetectPart;
  name: DetectName;
  /** What the part is called on the checklist. */
  label: string;
  required: boolean;
  /** What its absence costs; null when nothing is lost. `profile` is the profile detection chose. */
  consequence: (profile: ProfileId, found: ReadonlySet<DetectPart>) => string | null;
}

const budgetMissing = (found: ReadonlySet<DetectPart>) =>
  !found.has('budgetRate') && !(found.has('budgetPlanned') && found.has('budgetSpent'));
const BUDGET_LOST = '未找到预算执行数据：预算执行率不计分，总分不完整';
const managementLost = (profile: ProfileId) =>
  profile === 'guangzhou-dept' ? '未找到管理效率表：管理效率按满分计（有提示），请核对' : null;

// prettier-ignore
export const PART_SPECS: readonly PartSpec[] = [
  { part: 'targets', name: 'PE_Targets', label: '年度目标值', required: true, consequence: () => '未找到年度目标值列：无法评分' },
  { part: 'actuals', name: 'PE_Actuals', label: '实际完成值', required: true, consequence: () => '未找到实际完成值列：无法评分' },
  { part: 'weights', name: 'PE_Weights', label: '分值', required: false, consequence: () => '未找到分值列：各部分分值平均分给其指标（有提示）' },
  { part: 'categories', name: 'PE_Categories', label: '指标类别（一级/二级指标）', required: false, consequence: () => '未找到一级/二级指标列：全部指标合为一组计分（有提示）' },
  { part: 'names', name: 'PE_Names', label: '指标名称', required: false, consequence: () => '未找到指标名称列：说明中以单元格地址称呼指标' },
  { part: 'reportedRates', name: 'PE_ReportedRates', label: '指标完成率（单位自报）', required: false, consequence: () => '未找到指标完成率列：不核对单位自报的完成率' },
  { part: 'reasons', name: 'PE_Reasons', label: '偏差原因', required: false, consequence: () => '未找到偏差原因列：结果中不附偏差原因' },
  { part: 'budgetPlanned', name: 'PE_BudgetPlanned', label: '年度预算', required: false, consequence: (_p, found) => (budgetMissing(found) ? BUDGET_LOST : null) },
  { part: 'budgetSpent', name: 'PE_BudgetSpent', label: '决算支出（全年执行数）', required: false, consequence: (_p, found) => (budgetMissing(found) ? BUDGET_LOST : null) },
  { part: 'budgetRate', name: 'PE_BudgetRate', label: '预算执行率', required: false, consequence: (_p, found) => (budgetMissing(found) ? BUDGET_LOST : null) },
  { part: 'mgmtItems', name: 'PE_MgmtItems', label: '管理效率项目', required: false, consequence: managementLost },
  { part: 'mgmtWeights', name: 'PE_MgmtWeights', label: '管理效率分值', required: false, consequence: managementLost },
  { part: 'mgmtValues', name: 'PE_MgmtValues', label: '管理效率实际值', required: false, consequence: managementLost },
  { part: 'mgmtRules', name: 'PE_MgmtRules', label: '管理效率规则', required: false, consequence: managementLost },
  { part: 'profile', name: 'PE_Profile', label: '评分规则', required: false, consequence: () => null },
];
