/**
 * A 项目支出绩效自评表 typed in as published (a 2022 county table: operators with units, `≥100百分比`,
 * `≤90万元` against a bare `90`, phrase targets answered `达成预期指标`), plus rows in the wording of
 * other provinces' tables (deadlines, hedges, 其中 rows, the national form's 成本指标).
 */
import { scoreEvaluation } from '../../../src/engine';
import { inputOf, type RowSpec } from '../helpers';

const AS_PUBLISHED: RowSpec[] = [
  { category: '数量指标', name: '基建工程委托业务项目数量', target: '≥50个', actual: 50, weight: 8 },
  { category: '质量指标', name: '委托业务报告合格率', target: '≥100百分比', actual: 100, weight: 8 },
  {
    category: null,
    name: '经费支出合规性',
    target: '严格执行相关制度规定',
    actual: '达成预期指标',
    weight: 8,
  },
  {
    category: '时效指标',
    name: '提交报告及时性',
    target: '在项目计划完成时间内完成',
    actual: '达成预期指标',
    weight: 8,
  },
  { category: '成本指标', name: '项目总成本', target: '≤90万元', actual: 90, weight: 8 },
  { category: null, name: '单项业务成本', target: '符合相关规定', actual: '达成预期指标', weight: 10 },
  {
    category: '社会效益指标',
    name: '对维护基建市场公平的影响程度',
    target: '效果明显',
    actual: '达成预期指标',
    weight: 10,
  },
  {
    category: '生态效益指标',
    name: '对控制基建项目成本影响程度',
    target: '效果明显',
    actual: '达成预期指标',
    weight: 10,
  },
  {
    category: '可持续影响指标',
    name: '对推动基建项目“四项制度”健全和落实的持续性影响',
    target: '效果明显',
    actual: '达成预期指标',
    weight: 10,
  },
  { category: '服务对象满意度指标等', name: '公众满意度', target: '≥90%', actual: '95%', weight: 10 },
];

describe('a published table, typed in as printed', () => {
  test('scores what the county published: 产出 50, 效益 30, 满意度 10', () => {
    const r = scoreEvaluation(inputOf(AS_PUBLISHED, 'national-project'));
    expect(r.sections.map((s) => [s.name, s.score])).toEqual([
      ['产出指标', 50],
      ['效益指标', 30],
      ['满意度指标', 10],
      ['预算执行率', 10],
    ]);
    expect(r.counts).toMatchObject({ indicators: 10, errors: 0 });
    expect(r.findings.filter((f) => f.level === 'error')).toEqual([]);
    // The only reading worth a word: 90 in the 万元 of its target.
    expect(r.findings.filter((f) => f.level === 'warning').map((f) => [f.cell, f.code])).toEqual([
      ['E9', 'magnitude-assumed'],
    ]);
  });

  test('other provinces’ wording: deadlines, hedges, detail rows, 经济成本指标', () => {
    const rows: RowSpec[] = [
      {
        category: '产出指标（40分）\n数量指标',
        name: '改造户数',
        target: '≥200户',
        actual: '210户',
        weight: 10,
      },
      { category: null, name: '其中：脱贫户', target: '≥50户', actual: '52户', weight: null },
      {
        category: '时效指标',
        name: '项目完成时间',
        target: '2023年11月底前',
        actual: '2023年10月',
        weight: 10,
      },
      { category: null, name: '资金拨付及时性', target: '9月前', actual: '10月完成', weight: 10 },
      {
        category: '经济成本指标',
        name: '户均补助标准',
        target: '≤户均1.5万元',
        actual: '户均1.5万元',
        weight: 10,
      },
      {
        category: '社会效益指标（30分）',
        name: '群众居住条件',
        target: '显著改善',
        actual: '基本改善',
        weight: 15,
      },
      { category: null, name: '安全生产', target: '无重大安全责任事故', actual: '无', weight: 15 },
      { category: '满意度指标', name: '受益群众满意度', target: '≥90%', actual: '92.5%', weight: 10 },
    ];
    const r = scoreEvaluation(inputOf(rows, 'national-project'));
    expect(r.indicators.map((i) => [i.name, i.score, i.flag])).toEqual([
      ['改造户数', 10, 'ok'],
      ['其中：脱贫户', null, 'ok'],
      ['项目完成时间', 10, 'ok'],
      ['资金拨付及时性', 0, 'under100'],
      ['户均补助标准', 10, 'ok'],
      ['群众居住条件', 12, 'under100'],
      ['安全生产', 15, 'ok'],
      ['受益群众满意度', 10, 'ok'],
    ]);
    expect(r.counts).toMatchObject({ indicators: 7, errors: 0, under100: 2 });
  });
});
