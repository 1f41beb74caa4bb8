/**
 * Published self-evaluation forms of different provinces and years, typed as printed (wording, column
 * order, merged cells, head blocks, budget blocks as in the published table; figures shortened), plus
 * near-misses. Each case says what detection must propose (every found part's range) or precisely
 * what it could not find.
 */
import { pct, type Layout } from './layout';

export interface LayoutCase {
  /** Where the layout comes from. */
  source: string;
  layout: Layout;
  /** Every found part: name -> A1 range (no sheet, no $). */
  found: Record<string, string>;
  profile: 'guangzhou-dept' | 'national-project';
  /** For a layout that cannot be scored: text the problem must contain. */
  problem?: string;
  /** Finding codes detection must report. */
  findings?: string[];
  /** Not-found parts whose consequence must contain this text. */
  consequences?: Record<string, string>;
}

const S = '自评表';

// prettier-ignore
export const LAYOUT_CASES: LayoutCase[] = [
  {
    source: '四川 2023 部门预算项目支出绩效自评表（青神县）: 预算执行情况(10分) with 调整后预算数 / 预算执行数 / 预算执行率 and a 总额 row; 绩效指标(90分) label; 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析; 合计 row',
    layout: {
      name: S,
      rows: [
        ['部门预算项目支出绩效自评表(2023年度)'],
        ['项目名称', '51000021R000000019951-工资性支出'],
        ['主管部门', '青神县发展和改革局本级', null, null, '实施单位\n(盖章)', '青神县发展和改革局'],
        ['预算执行情况(10分)', '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
        [null, '总额', 238.93, 251.89, 251.89, pct(1, '0.00%'), 10, null, '1.预算执行率=预算执行数/调整后预算数'],
        [null, '其中：财政资金', 238.93, 251.89, 251.89, pct(1, '0.00%'), '/', '/'],
        ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
        [null, '产出指标', '数量指标', '发放(缴纳)覆盖率', '=', 100, '%', 100, 60, null, null],
        [null, '效益指标', '社会效益指标', '足额保障率(参保率)', '=', 100, '%', 100, 30, null, null],
        ['合计', null, null, null, null, null, null, null, 100],
        ['评价结论', '结合自评情况，说明项目自评总分'],
      ],
      merges: ['A1:K1', 'B2:K2', 'A4:A6', 'A7:A9', 'A10:H10', 'B11:K11'],
    },
    found: {
      PE_Targets: 'E8:G9', PE_Actuals: 'H8:H9', PE_Weights: 'I8:I9', PE_Categories: 'C8:C9', PE_Names: 'D8:D9',
      PE_Reasons: 'K8:K9', PE_BudgetPlanned: 'D5', PE_BudgetSpent: 'E5', PE_BudgetRate: 'F5',
    },
    profile: 'guangzhou-dept',
  },
  {
    source: '云南 2020 项目支出绩效自评表（丽江市古城区）: two-row header, 年度指标值 over 指标性质 | 指标值 | 度量单位, “一级\\n指标”, operator ﹦, 项目资金 block with 年度资金总额',
    layout: {
      name: S,
      rows: [
        ['2020年度项目支出绩效自评表'],
        ['项目名称', '2020年省级自然资源卫片执法补助经费'],
        ['主管部门', '丽江市自然资源和规划局', null, null, '实施单位', '丽江市古城区自然资源局'],
        ['项目资金\n（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [null, '年度资金总额', 7.29, 7.29, 7.29, 10, pct(1), 10],
        [null, '其中：当年财政拨款', 7.29, 7.29, 7.29, null, pct(1)],
        ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
        [null, '自然资源卫片执法补助经费', null, null, null, '自然资源卫片执法补助经费'],
        ['绩效指标', null, null, '年度指标值', null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['一级\n指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
        ['产出指标', '数量指标', '卫片执法补助经费', '﹦', 72890, '元', 72890, 10, 9],
        [null, '质量指标', '项目验收合格率', '﹦', 100, '%', 100, 20, 19],
        [null, '时效指标', '项目完成及时率', '﹦', 100, '%', 100, 20, 19],
        ['效益指标', '社会效益指标', '违法行为责停率', '≥', 95, '%', 95, 30, 27],
        ['满意度指标', '服务对象满意度指标', '满意度', '≥', 95, '%', 95, 10, 9],
        ['总分', null, null, null, null, null, null, 100, 92],
      ],
      merges: ['A1:J1', 'B2:J2', 'A4:A6', 'A7:A8', 'B7:E7', 'F7:J7', 'A9:C9', 'D9:F9', 'G9:G10', 'H9:H10', 'I9:I10', 'J9:J10', 'A11:A13', 'A16:G16'],
    },
    found: {
      PE_Targets: 'D11:F15', PE_Actuals: 'G11:G15', PE_Weights: 'H11:H15', PE_Categories: 'B11:B15', PE_Names: 'C11:C15',
      PE_Reasons: 'J11:J15', PE_BudgetPlanned: 'D5', PE_BudgetSpent: 'E5', PE_BudgetRate: 'G5',
    },
    profile: 'national-project',
  },
  {
    source: '安徽 2022 项目支出绩效自评表（池州市贵池区）: 绩效指标 label merged down the table, one header row, 年度指标值 in one column, 一级 with points (产出指标(50分)), 年度资金总额： with a colon',
    layout: {
      name: S,
      rows: [
        ['项目支出绩效自评表'],
        ['（2022年度）'],
        ['项目名称', '委托业务项目'],
        ['主管部门', '池州市贵池区棠溪镇人民政府', null, null, '实施单位', '池州市贵池区棠溪镇人民政府'],
        ['项目资金\n（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [null, '年度资金总额：', 90, 90, 89.974, 10, pct(0.9997, '0.00%'), 10],
        [null, '其中：本年财政拨款', 90, 89.974, 89.974],
        ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        [null, '产出指标(50分)', '数量指标', '基建工程委托业务项目数量', '≥50个', 50, 8, 8],
        [null, null, '质量指标', '委托业务报告合格率', '≥100%', 100, 8, 8],
        [null, null, '时效指标', '提交报告及时性', '按时完成', '按时完成', 8, 8],
        [null, '效益指标(30分)', '社会效益指标', '对维护基建市场公平的影响程度', '效果明显', '达成预期指标', 10, 10],
        [null, '满意度指标(10分)', '满意度指标', '公众满意度', '≥90%', '95%', 10, 10],
        ['总分', null, null, null, null, null, 100, 98],
      ],
      merges: ['A1:I1', 'A2:I2', 'B3:I3', 'A5:A7', 'A8:A13', 'B9:B11', 'A14:F14'],
    },
    found: {
      PE_Targets: 'E9:E13', PE_Actuals: 'F9:F13', PE_Weights: 'G9:G13', PE_Categories: 'C9:C13', PE_Names: 'D9:D13',
      PE_Reasons: 'I9:I13', PE_BudgetPlanned: 'D6', PE_BudgetSpent: 'E6', PE_BudgetRate: 'G6',
    },
    profile: 'national-project',
  },
  {
    source: '财预〔2020〕10号 附件 部门整体支出绩效自评表: 年度主要任务 table, 年度部门整体支出预算执行情况（万元） with 年度资金总额, 年度绩效指标 label',
    layout: {
      name: S,
      rows: [
        ['部门整体支出绩效自评表'],
        ['（2022年度）'],
        ['部门（单位）名称', '某县农业农村局'],
        ['年度主要任务', '任务名称', null, '主要内容', null, '预算数', '执行数'],
        [null, '农业技术推广', null, '推广新品种10个', null, 300, 290],
        ['年度部门整体支出预算执行情况（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [null, '年度资金总额', 1200, 1300, 1250, 10, pct(0.9615, '0.00%'), 9.62],
        ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
        [null, '完成年度农业技术推广任务', null, null, null, '已完成'],
        ['年度绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        [null, '产出指标', '数量指标', '推广新品种数', '≥10个', '10个', 20, 20],
        [null, null, '质量指标', '技术培训合格率', '≥95%', '97%', 20, 20],
        [null, '效益指标', '经济效益指标', '农民增收', '≥5%', '6%', 20, 20],
        [null, '满意度指标', '服务对象满意度指标', '农户满意度', '≥90%', '92%', 10, 10],
        ['总分', null, null, null, null, null, 70, 70],
      ],
      merges: ['A1:I1', 'A2:I2', 'B3:I3', 'A4:A5', 'A6:A7', 'A8:A9', 'A10:A14', 'B11:B12', 'A15:F15'],
    },
    found: {
      PE_Targets: 'E11:E14', PE_Actuals: 'F11:F14', PE_Weights: 'G11:G14', PE_Categories: 'C11:C14', PE_Names: 'D11:D14',
      PE_Reasons: 'I11:I14', PE_BudgetPlanned: 'D7', PE_BudgetSpent: 'E7', PE_BudgetRate: 'G7',
    },
    profile: 'guangzhou-dept',
  },
  {
    source: '广东 / 广州 部门整体支出绩效自评表: 年度预算 / 决算支出 label–value pairs on one row above the table, 履职效能 and 管理效率 parts, 关键指标, 年度实现值, 指标完成率',
    layout: {
      name: S,
      rows: [
        ['2022年度广州市某区某局部门整体支出绩效自评表'],
        ['年度预算（万元）', 5000, '决算支出（万元）', 4800],
        ['履职效能（50分）'],
        ['一级指标', '二级指标', '关键指标', '年度目标值', '年度实现值', '指标完成率', '分值', '得分'],
        ['产出指标', '数量指标', '办理业务量', '≥10万件', '12万件', pct(1.2), 10, 10],
        [null, '时效指标', '按时办结率', '≥98%', pct(0.99, '0.00%'), pct(1.0102, '0.00%'), 10, 10],
        ['效益指标', '社会效益', '群众办事便利度提升', '明显提升', '明显提升', pct(1), 10, 10],
        [null, '服务对象满意度', '群众满意率', '≥95%', pct(0.97), pct(1.0211, '0.00%'), 10, 10],
        [],
        ['管理效率（50分）'],
        ['管理项目', '分值', '实际值', '规则', '说明'],
        ['预算编制准确性', 5, pct(0.95), '比例', null],
        ['资产盘点情况', 2, '是', '是否', null],
      ],
      merges: ['A1:H1', 'A5:A6', 'A7:A8'],
    },
    found: {
      PE_Targets: 'D5:D8', PE_Actuals: 'E5:E8', PE_Weights: 'G5:G8', PE_Categories: 'B5:B8', PE_Names: 'C5:C8',
      PE_ReportedRates: 'F5:F8', PE_BudgetPlanned: 'B2', PE_BudgetSpent: 'D2',
      PE_MgmtItems: 'A12:A13', PE_MgmtWeights: 'B12:B13', PE_MgmtValues: 'C12:C13', PE_MgmtRules: 'D12:D13',
    },
    profile: 'guangzhou-dept',
  },
  {
    source: '北京 项目支出绩效自评表: 全年实际值 (not 实际完成值), 项目资金 block whose amounts are left blank with only the 执行率 given',
    layout: {
      name: S,
      rows: [
        ['项目支出绩效自评表'],
        ['项目名称', '市级文物保护修缮项目'],
        ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', null, null, null, 10, pct(0.92), 9.2],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '全年实际值', '分值', '得分', '偏差原因分析及改进措施'],
        ['产出指标', '数量指标', '修缮文物建筑数', '≥3处', '3处', 30, 30],
        ['效益指标', '社会效益指标', '开放参观人次', '≥5万人次', '6万人次', 30, 30],
        ['满意度指标', '服务对象满意度指标', '游客满意度', '≥90%', '93%', 30, 30],
        ['总分', null, null, null, null, 100, 99.2],
      ],
      merges: ['A1:H1', 'B2:H2'],
    },
    found: {
      PE_Targets: 'D6:D8', PE_Actuals: 'E6:E8', PE_Weights: 'F6:F8', PE_Categories: 'B6:B8', PE_Names: 'C6:C8',
      PE_Reasons: 'H6:H8', PE_BudgetRate: 'F4',
    },
    profile: 'national-project',
  },
  {
    source: '河北 项目绩效自评表: 序号 column, 分值 BEFORE the targets, 预算执行率 as a label–value pair below the table',
    layout: {
      name: S,
      rows: [
        ['2023年度项目支出绩效自评表'],
        ['项目名称', '农村公路养护'],
        ['序号', '一级指标', '二级指标', '三级指标', '分值', '年度指标值', '实际完成值', '得分', '偏差原因'],
        [1, '产出指标', '数量指标', '养护里程', 40, '≥120公里', '125公里', 40],
        [2, null, '质量指标', '路况优良率', 20, '≥85%', '88%', 20],
        [3, '效益指标', '社会效益指标', '群众出行便利度', 20, '提高', '提高', 20],
        [4, '满意度指标', '服务对象满意度指标', '沿线群众满意度', 10, '≥90%', '91%', 10],
        ['合计', null, null, null, 90, null, null, 90],
        [],
        ['预算执行率', pct(0.98)],
      ],
      merges: ['A1:I1', 'B2:I2', 'B4:B5'],
    },
    found: {
      PE_Targets: 'F4:F7', PE_Actuals: 'G4:G7', PE_Weights: 'E4:E7', PE_Categories: 'C4:C7', PE_Names: 'D4:D7',
      PE_Reasons: 'I4:I7', PE_BudgetRate: 'B10',
    },
    profile: 'national-project',
  },
  {
    source: '山西 部门整体支出绩效自评表: 一级指标 only, 指标名称 / 目标值 / 实际值 / 权重 / 完成率 / 得分, no budget block; indicators named 预算执行率 / 项目资金到位率 / 合计培训人次 stay in the table, the 合计 row ends it',
    layout: {
      name: S,
      rows: [
        ['山西省某厅2022年度部门整体支出绩效自评表'],
        ['一级指标', '指标名称', '目标值', '实际值', '权重', '完成率', '得分'],
        ['产出指标', '完成检查企业数', '≥200家', '210家', 10, pct(1.05), 10],
        [null, '预算执行率', '≥95%', '98%', 4, pct(1.0316, '0.00%'), 4],
        [null, '项目资金到位率', '100%', '100%', 3, pct(1), 3],
        [null, '合计培训人次', '≥500人次', '520人次', 3, pct(1.04), 3],
        ['效益指标', '安全事故下降率', '≥5%', '6%', 20, pct(1.2), 20],
        ['合计', null, null, null, 40, null, 40],
      ],
      merges: ['A1:G1'],
    },
    found: { PE_Targets: 'C3:C7', PE_Actuals: 'D3:D7', PE_Weights: 'E3:E7', PE_Categories: 'A3:A7', PE_Names: 'B3:B7', PE_ReportedRates: 'F3:F7' },
    profile: 'guangzhou-dept',
    consequences: { PE_BudgetPlanned: '未找到预算执行数据：预算执行率不计分，总分不完整', PE_MgmtItems: '未找到管理效率表' },
  },
  {
    source: '宁夏 项目支出绩效自评表: 产出 / 效益 / 满意度 only (no budget line), categories typed with line breaks in merged cells, 完成值, 偏差原因',
    layout: {
      name: S,
      rows: [
        ['项目支出绩效自评表（2022年度）'],
        ['项目名称', '职业技能提升行动'],
        ['一级\n指标', '二级\n指标', '三级指标', '年度\n指标值', '完成值', '分值', '得分', '偏差原因'],
        ['产出\n指标', '数量\n指标', '培训人数', '≥1000人', '1050人', 40, 40],
        [null, null, '取证人数', '≥600人', '580人', null, null, '部分学员未参加鉴定'],
        ['效益\n指标', '社会效益\n指标', '就业率', '≥70%', '72%', 40, 40],
        ['满意度\n指标', '服务对象\n满意度指标', '学员满意度', '≥90%', '95%', 20, 20],
      ],
      merges: ['A1:H1', 'B2:H2', 'A4:A5', 'B4:B5'],
    },
    found: { PE_Targets: 'D4:D7', PE_Actuals: 'E4:E7', PE_Weights: 'F4:F7', PE_Categories: 'B4:B7', PE_Names: 'C4:C7', PE_Reasons: 'H4:H7' },
    profile: 'guangzhou-dept',
    consequences: { PE_BudgetRate: '预算执行率不计分' },
  },
  {
    source: '上海 项目绩效自评表 style: two-row header, 绩效指标 merged over 一级 | 二级 | 三级, 预期指标值 / 实际完成值 / 权重 merged down two rows',
    layout: {
      name: S,
      rows: [
        ['项目名称', '社区养老服务补贴'],
        ['绩效指标', null, null, '预期指标值', '实际完成值', '权重', '得分'],
        ['一级指标', '二级指标', '三级指标'],
        ['产出指标', '数量指标', '服务老人人次', '≥2000人次', '2300人次', 50, 50],
        ['效益指标', '社会效益指标', '老人生活质量改善', '有所改善', '有所改善', 30, 30],
        ['满意度指标', '服务对象满意度指标', '老人满意度', '≥90%', '94%', 20, 20],
      ],
      merges: ['B1:G1', 'A2:C2', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3'],
    },
    found: { PE_Targets: 'D4:D6', PE_Actuals: 'E4:E6', PE_Weights: 'F4:F6', PE_Categories: 'B4:B6', PE_Names: 'C4:C6' },
    profile: 'guangzhou-dept',
  },
  {
    source: '湖南 2023 项目支出绩效自评表 style: 年度资金总额 row BELOW the indicator table, 指标值 | 度量单位 split without 指标性质, 实际完成值 bare numbers',
    layout: {
      name: S,
      rows: [
        ['项目支出绩效自评表'],
        ['项目名称', '乡村振兴衔接资金'],
        ['一级指标', '二级指标', '三级指标', '指标值', '度量单位', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['产出指标', '数量指标', '新建产业基地', 5, '个', 5, 45, 45],
        ['效益指标', '经济效益指标', '带动农户增收', 2000, '元', 2100, 35, 35],
        ['满意度指标', '服务对象满意度指标', '受益群众满意度', 90, '%', 95, 10, 10],
        ['合计', null, null, null, null, null, 90, 90],
        [],
        ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', 500, 500, 480, 10, pct(0.96), 9.6],
      ],
      merges: ['A1:I1', 'B2:I2', 'A7:F7'],
    },
    found: {
      PE_Targets: 'D4:E6', PE_Actuals: 'F4:F6', PE_Weights: 'G4:G6', PE_Categories: 'B4:B6', PE_Names: 'C4:C6',
      PE_Reasons: 'I4:I6', PE_BudgetPlanned: 'C10', PE_BudgetSpent: 'D10', PE_BudgetRate: 'F10',
    },
    profile: 'national-project',
  },
  {
    source: '安徽 天长市 2022 项目支出绩效自评表: 全年预算数(A) / 全年执行数(B) / 执行率(B/A), 年度绩效指标完成情况 label, “一级\\n指标”, categories with only their points typed, 指标1： / 指标2： / …… placeholders, a “/ / /” row',
    layout: {
      name: S,
      rows: [
        ['项目支出绩效自评表'],
        ['（2022年度）'],
        ['项目名称', '水旱灾害防御经费'],
        ['主管部门', null, null, '实施单位', '天长市水利局'],
        ['项目资金\n（万元）', null, '年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
        [null, '年度资金总额：', 880, 880, 880, 10, pct(1), 10],
        [null, '其中：本年财政拨款', 880, 880, 880, '-', '-'],
        ['年度总体目标完成情况', '预期目标', null, null, null, '实际完成情况'],
        [null, '完成年度防汛工作', null, null, null, '完成年度目标'],
        ['年度绩效指标完成情况', '一级\n指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        [null, '产出指标\n\n(50分)', '数量指标', '指标1：完成中型灌区节水改造项目数量', 1, 1, 25, 25],
        [null, null, null, '指标2：', null, null, null, null],
        [null, null, '质量指标', '指标1：工程质量合格', '合格', '合格', 25, 25],
        [null, null, null, '……', null, null, null, null],
        [null, '效益指标\n\n(30分)', '社会效益\n指标', '指标1：保护全市人口财产不受损失', '有效', '有效', 30, 30],
        [null, null, '生态效益\n指标', '指标1：', '/', '/', '/'],
        [null, '满意度指标\n(10分)', '服务对象\n满意度指标', '指标1：服务对象满意度', '90%', '100%', 10, 10],
        ['总分', null, null, null, null, null, 100, 100],
      ],
      merges: ['A1:I1', 'A2:I2', 'B3:I3', 'A5:A7', 'A8:A9', 'A10:A17', 'B11:B14', 'C11:C12', 'C13:C14', 'B15:B16', 'A18:F18'],
    },
    found: {
      PE_Targets: 'E11:E17', PE_Actuals: 'F11:F17', PE_Weights: 'G11:G17', PE_Categories: 'C11:C17', PE_Names: 'D11:D17',
      PE_Reasons: 'I11:I17', PE_BudgetPlanned: 'D6', PE_BudgetSpent: 'E6', PE_BudgetRate: 'G6',
    },
    profile: 'national-project',
  },
  {
    source: '四川 2023 部门预算项目支出绩效自评表（大英县）: two projects printed one after the other on one sheet, 经济成本指标, 完成值 “完成”',
    layout: {
      name: S,
      rows: [
        ['部门预算项目支出绩效自评表(2023年度)'],
        ['项目名称', '51092324T000010263357-2023年全县安可替代补助资金项目'],
        ['预算执行情况(10分)', '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
        [null, '总额', 0, 3.36, 3.36, pct(1, '0.00%'), 10, 10],
        ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
        [null, '产出指标', '经济成本指标', '成本控制数', '≤', 30, '万元', '完成', 90, 90],
        ['合计', null, null, null, null, null, null, null, 100],
        ['项目负责人：查小兵', null, null, null, '财务负责人：唐勇'],
        ['部门预算项目支出绩效自评表(2023年度)'],
        ['项目名称', '51092324T000010263358-另一项目'],
        ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
        [null, '产出指标', '质量指标', '完成安可产品购买并按要求支付资金', '=', 100, '%', 100, 90, 90],
      ],
      merges: ['A1:K1', 'B2:K2', 'A3:A4', 'A5:A6', 'A7:H7', 'A9:K9', 'B10:K10', 'A11:A12'],
    },
    found: {
      PE_Targets: 'E6:G6', PE_Actuals: 'H6', PE_Weights: 'I6', PE_Categories: 'C6', PE_Names: 'D6',
      PE_Reasons: 'K6', PE_BudgetPlanned: 'D4', PE_BudgetSpent: 'E4', PE_BudgetRate: 'F4',
    },
    profile: 'guangzhou-dept',
    findings: ['detect-second-table'],
  },
  {
    source: '广州 部门整体支出绩效自评表 (earlier form): 预算执行情况 as a small table, labels above their values (年度预算 | 决算支出 | 预算执行率), 管理效率 block after it with an item called 预算执行率',
    layout: {
      name: S,
      rows: [
        ['2021年度部门整体支出绩效自评表'],
        ['一级指标', '二级指标', '三级指标', '年度目标值', '年度实现值', '分值'],
        ['履职效能\n（50分）', '数量指标', '完成审计项目数', '≥30个', '32个', 20],
        [null, '社会效益指标', '审计发现问题整改率', '≥90%', '95%', 20],
        [],
        ['预算执行情况'],
        ['年度预算（万元）', '决算支出（万元）', '预算执行率'],
        [2300, 2254, pct(0.98)],
        [],
        ['管理效率（50分）'],
        ['管理项目', '权重', '实际值', '扣分规则'],
        ['采购合同签订时效性', 2, pct(1), '达标 100%'],
        ['预算执行率', 3, pct(0.98), '比例'],
      ],
      merges: ['A1:F1', 'A3:A4'],
    },
    found: {
      PE_Targets: 'D3:D4', PE_Actuals: 'E3:E4', PE_Weights: 'F3:F4', PE_Categories: 'B3:B4', PE_Names: 'C3:C4',
      PE_BudgetPlanned: 'A8', PE_BudgetSpent: 'B8', PE_BudgetRate: 'C8',
      PE_MgmtItems: 'A12:A13', PE_MgmtWeights: 'B12:B13', PE_MgmtValues: 'C12:C13', PE_MgmtRules: 'D12:D13',
    },
    profile: 'guangzhou-dept',
  },
  {
    source: 'a national project form whose 偏差原因 text mentions 管理效率 and 满意度 in sentences (prose decides no profile); 年度指标值 merged over three columns with no sub-header row',
    layout: {
      name: S,
      rows: [
        ['项目支出绩效自评表'],
        ['项目名称', '信息系统运维'],
        ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', 50, 50, 48, 10, pct(0.96), 9.6],
        ['一级指标', '二级指标', '三级指标', '年度指标值', null, null, '实际完成值', '分值', '偏差原因分析及改进措施'],
        ['产出指标', '数量指标', '运维系统数', '≥', 5, '个', 5, 50, null],
        ['效益指标', '社会效益指标', '系统可用率', '≥', 99, '%', 98, 30, '因机房改造停机，影响了服务对象满意度和单位的管理效率，下年度改进'],
        ['满意度指标', '服务对象满意度指标', '使用人员满意度', '≥', 90, '%', 92, 10, null],
      ],
      merges: ['A1:I1', 'B2:I2', 'D5:F5'],
    },
    found: {
      PE_Targets: 'D6:F8', PE_Actuals: 'G6:G8', PE_Weights: 'H6:H8', PE_Categories: 'B6:B8', PE_Names: 'C6:C8',
      PE_Reasons: 'I6:I8', PE_BudgetPlanned: 'C4', PE_BudgetSpent: 'D4', PE_BudgetRate: 'F4',
    },
    profile: 'national-project',
  },
  {
    source: '河北 廊坊 2019 项目支出绩效自评表: “年度\\n指标值” / “实际\\n完成值” with line breaks, names typed as 指标1工程资金金额, empty 指标2 / …… rows in every category, 满意度\\n指标 over 服务对象满意度指标',
    layout: {
      name: S,
      rows: [
        ['项目支出绩效自评表'],
        ['（2019年度）'],
        ['项目名称', '办公宿舍楼、食堂及餐厅暖通改造经费'],
        ['主管部门', '廊坊市发改委', null, '实施单位', '廊坊市食品工程学校'],
        ['项目资金\n(万元)', null, '年初\n预算数', '全年\n预算数', '全年\n执行数', '分值', '执行率', '得分'],
        [null, '年度资金总额', 43.2, 43.2, 37.24, 10, pct(0.86), 9],
        [null, '其中：当年财政拨款', 43.2, 43.2, 37.24],
        ['年度总体目标', '预期目标', null, null, '实际完成情况'],
        [null, 43.2, null, null, 37.24],
        ['一级指标', '二级指标', '三级指标', '年度\n指标值', '实际\n完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['产出指标', '数量指标', '指标1工程资金金额', 43.2, 37.24, 10, 9, '已完工，剩余3%尾款未付'],
        [null, null, '指标2', null, null, null, null, null],
        [null, null, '……', null, null, null, null, null],
        [null, '质量指标', '指标1工程完工率', 100, 100, 10, 10, null],
        [null, null, '指标2工程验收合格率', 100, 100, 10, 10, null],
        ['效益指标', '社会效益\n指标', '指标1学校发展能力', 100, 100, 10, 10, 0],
        [null, '生态效益\n指标', '指标1', null, null, null, null, null],
        ['满意度\n指标', '服务对象满意度指标', '指标1学生满意度', 100, 100, 10, 10, 0],
        [null, null, '指标2', null, null, null, null, null],
      ],
      merges: ['A1:H1', 'A2:H2', 'B3:H3', 'A5:A7', 'A8:A9', 'A11:A15', 'B11:B13', 'B14:B15', 'A16:A17', 'A18:A19', 'B18:B19'],
    },
    found: {
      PE_Targets: 'D11:D18', PE_Actuals: 'E11:E18', PE_Weights: 'F11:F18', PE_Categories: 'B11:B18', PE_Names: 'C11:C18',
      PE_Reasons: 'H11:H18', PE_BudgetPlanned: 'D6', PE_BudgetSpent: 'E6', PE_BudgetRate: 'G6',
    },
    profile: 'national-project',
  },
  {
    source: 'the seed layout (广州 天河 2023) shifted right and down: table from C5, notes in column A',
    layout: {
      name: S,
      at: 'C5',
      rows: [
        ['一级指标', '二级指标', '三级指标', '年度目标值', '年度实现值', '指标完成率', '分值'],
        ['产出指标', '数量指标', '发放开业大礼包套数', '≥7万套', '9.9735万套', pct(1.4248, '0.00%'), 2.5],
        [null, '质量指标', '信息系统正常运作率', '≥95%', pct(0.999, '0.00%'), pct(1.05), 2],
      ],
      merges: ['C6:C7'],
    },
    found: { PE_Targets: 'F6:F7', PE_Actuals: 'G6:G7', PE_Weights: 'I6:I7', PE_Categories: 'D6:D7', PE_Names: 'E6:E7', PE_ReportedRates: 'H6:H7' },
    profile: 'guangzhou-dept',
  },
  {
    source: 'placeholder rows of the national form (指标1：/ 指标2：/ ……) inside and at the end of the table',
    layout: {
      name: S,
      rows: [
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['产出指标', '数量指标', '指标1：覆盖人数', '≥100人', '120人', 50, 50],
        [null, null, '指标2：', null, null, null, null],
        [null, '质量指标', '……', null, null, null, null],
        ['效益指标', '社会效益指标', '指标1：知晓率', '≥80%', '85%', 50, 50],
        [null, null, '指标2：', null, null, null, null],
        [null, null, '……', null, null, null, null],
      ],
      merges: ['A2:A4', 'B2:B3', 'A5:A7', 'B5:B7'],
    },
    found: { PE_Targets: 'D2:D5', PE_Actuals: 'E2:E5', PE_Weights: 'F2:F5', PE_Categories: 'B2:B5', PE_Names: 'C2:C5' },
    profile: 'guangzhou-dept',
  },
  {
    source: 'near-miss: the header repeated at a page break (same columns again straight after an indicator row)',
    layout: {
      name: S,
      rows: [
        ['二级指标', '三级指标', '年度目标值', '实际完成值', '分值'],
        ['数量指标', '甲', '≥10个', '12个', 10],
        ['质量指标', '乙', '≥90%', '95%', 10],
        ['二级指标', '三级指标', '年度目标值', '实际完成值', '分值'],
        ['社会效益指标', '丙', '≥5%', '6%', 10],
      ],
    },
    found: { PE_Targets: 'C2:C5', PE_Actuals: 'D2:D5', PE_Weights: 'E2:E5', PE_Categories: 'A2:A5', PE_Names: 'B2:B5' },
    profile: 'guangzhou-dept',
    findings: ['detect-header-repeated'],
  },
  {
    source: 'near-miss: two indicator tables on one sheet (two projects), separated by a 合计 row and a title',
    layout: {
      name: S,
      rows: [
        ['项目一'],
        ['二级指标', '三级指标', '年度目标值', '实际完成值', '分值'],
        ['数量指标', '甲', '≥10个', '12个', 50],
        ['合计', null, null, null, 50],
        [],
        ['项目二'],
        ['二级指标', '三级指标', '年度目标值', '实际完成值', '分值'],
        ['数量指标', '乙', '≥5个', '5个', 50],
      ],
    },
    found: { PE_Targets: 'C3', PE_Actuals: 'D3', PE_Weights: 'E3', PE_Categories: 'A3', PE_Names: 'B3' },
    profile: 'guangzhou-dept',
    findings: ['detect-second-table'],
  },
  {
    source: 'near-miss: 管理效率 table without a 规则 column (reported, not guessed)',
    layout: {
      name: S,
      rows: [
        ['二级指标', '三级指标', '年度目标值', '年度实现值', '分值'],
        ['数量指标', '甲', '≥10个', '12个', 20],
        [],
        ['管理效率'],
        ['管理项目', '分值', '实际值'],
        ['合同备案时效性', 1, 37],
      ],
    },
    found: { PE_Targets: 'C2', PE_Actuals: 'D2', PE_Weights: 'E2', PE_Categories: 'A2', PE_Names: 'B2' },
    profile: 'guangzhou-dept',
    findings: ['detect-management-no-rules'],
    consequences: { PE_MgmtRules: '未找到管理效率表：管理效率按满分计' },
  },
  {
    source: 'near-miss: 湖南 2018 部门整体支出绩效评价得分表 (a scoring table: 一级 / 二级 / 三级 / 分值 / 得分, no target or actual)',
    layout: {
      name: S,
      rows: [
        ['2017年部门整体支出绩效评价得分表'],
        ['一级指标', '二级指标', '三级指标', '分值', '得分'],
        ['部门决策（25分）', '目标任务（15分）', '相关性', 5, 5],
        [null, null, '明确性', 5, 5],
      ],
    },
    found: {},
    profile: 'guangzhou-dept',
    problem: '未找到指标表的表头',
  },
  {
    source: 'near-miss: a header line with targets but no actuals column',
    layout: {
      name: S,
      rows: [
        ['一级指标', '三级指标', '年度目标值', '分值'],
        ['产出指标', '甲', '≥10个', 10],
      ],
    },
    found: { PE_Targets: 'C2', PE_Weights: 'D2', PE_Categories: 'A2', PE_Names: 'B2' },
    profile: 'guangzhou-dept',
    problem: '未找到实际完成值列：无法评分',
  },
  {
    source: 'near-miss: a header with no indicator row under it (the form not filled in)',
    layout: {
      name: S,
      rows: [
        ['二级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
        ['数量指标', '指标1：', null, null, null],
        [null, '指标2：', null, null, null],
      ],
    },
    found: {},
    profile: 'guangzhou-dept',
    problem: '第1行表头下没有指标行',
  },
  {
    source: 'near-miss: an empty sheet',
    layout: { name: S, rows: [] },
    found: {},
    profile: 'guangzhou-dept',
    problem: '工作表是空的',
  },
  {
    source: 'near-miss: a sheet of prose (the self-evaluation report text pasted into column A)',
    layout: {
      name: S,
      rows: [
        ['2023年度部门整体支出绩效自评报告'],
        ['一、部门基本情况'],
        ['（一）部门职能。负责全区政务服务、数据管理工作，年度目标值均已完成。'],
        ['二、绩效自评情况：产出指标20分，效益指标18.98分，预算执行率9.94分。'],
      ],
    },
    found: {},
    profile: 'guangzhou-dept',
    problem: '未找到指标表的表头',
  },
];
