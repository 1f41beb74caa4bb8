/**
 * A national 项目支出绩效自评表 laid out as published (财预〔2020〕10号 附件; the split 年度指标值 of the
 * later national form, as in 云南 2020 丽江 and 四川 2023): title and year, the head block (项目名称 /
 * 主管部门 / 实施单位), the 项目资金 block with its 年度资金总额 row, 年度总体目标, a two-row header
 * (绩效指标 over 一级 | 二级 | 三级, 年度指标值 over 指标性质 | 指标值 | 度量单位), merged 一级/二级 cells,
 * the form's empty placeholder rows (指标2, ……), and the 总分 row.
 */
import { pct, type Layout } from './layout';

export function nationalProject(name = '项目支出绩效自评表'): Layout {
  // prettier-ignore
  const rows = [
    ['项目支出绩效自评表'],
    ['（2023年度）'],
    ['项目名称', '基层干部能力提升培训项目'],
    ['主管部门', '某市人力资源和社会保障局', null, null, null, '实施单位', '某市职业技能培训中心'],
    ['项目资金\n（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', 100, 120, 114, 10, pct(0.95), 9.5],
    [null, '其中：当年财政拨款', 100, 120, 114, '—', '—', '—'],
    [null, '上年结转资金', null, null, null, '—', '—', '—'],
    ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
    [null, '完成基层干部培训500人次，合格率95%以上', null, null, null, '完成培训520人次，合格率97%'],
    ['绩效指标', null, null, '年度指标值', null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
    ['产出指标\n（50分）', '数量指标', '培训人次', '≥', 500, '人次', 520, 15, 15, null],
    [null, null, '指标2：', null, null, null, null, null, null, null],
    [null, '质量指标', '培训合格率', '≥', 95, '%', 97, 15, 15, null],
    [null, null, '课程验收合格率', '=', 100, '%', pct(1), 10, 10, null],
    [null, '时效指标', '培训完成时限', '定性', '按时完成', null, '按时完成', 5, 5, null],
    [null, '成本指标', '人均培训成本', '≤', 2000, '元', 1900, 5, 5, null],
    [null, null, '……', null, null, null, null, null, null, null],
    ['效益指标\n（30分）', '社会效益指标', '受训人员技能提升率', '≥', 80, '%', 72, 20, 18, '部分学员未参加年度考核，下年度补考'],
    [null, null, '指标2：', null, null, null, null, null, null, null],
    [null, '可持续影响指标', '培训长效机制', '定性', '有', null, '有', 10, 10, null],
    ['满意度指标\n（10分）', '服务对象满意度指标', '学员满意度', '≥', 90, '%', 96, 10, 10, null],
    ['总分', null, null, null, null, null, null, 100, 97.5, null],
  ];
  const merges = [
    'A1:J1',
    'A2:J2',
    'B3:J3',
    'B4:E4',
    'G4:J4',
    'A5:A8',
    'A9:A10',
    'B9:E9',
    'F9:J9',
    'B10:E10',
    'F10:J10',
    'A11:C11',
    'D11:F11',
    'G11:G12',
    'H11:H12',
    'I11:I12',
    'J11:J12',
    'A13:A19',
    'B13:B14',
    'B15:B16',
    'B18:B19',
    'A20:A22',
    'B20:B21',
    'A24:G24',
  ];
  return { name, rows, merges };
}

/** The names an officer would define by hand on nationalProject() (rows 13–23). */
export const NATIONAL_NAMES: Record<string, string> = {
  PE_Targets: '$D$13:$F$23',
  PE_Actuals: '$G$13:$G$23',
  PE_Weights: '$H$13:$H$23',
  PE_Categories: '$B$13:$B$23',
  PE_Names: '$C$13:$C$23',
  PE_Reasons: '$J$13:$J$23',
  PE_BudgetPlanned: '$D$6',
  PE_BudgetSpent: '$E$6',
  PE_BudgetRate: '$G$6',
};
