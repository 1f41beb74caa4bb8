/**
 * 区商务局 2020年市级服务贸易发展资金项目自评表（实施单位 投资促进中心；填报日期 2021年4月22日）.
 * Source: https://www.kunmingchi.com/archives/973rxnk2je7n4oep6ym4.html (the .doc reposted; the city is
 * not printed: the template is Hubei's, as 黄冈 2020: 预算执行 20 × 执行率, no 分值 column).
 * The template is inconsistent itself: 年度绩效目标（80分） holds 产出指标（60分） and 效益指标（40分）,
 * so the printed parts add to 120 while it prints 总分 100. Weights are the equal split its brackets
 * imply (产出 60 over six rows, 效益 40 over two).
 */
import type { PublishedTable } from './table';

export const DISTRICT_COMMERCE_2020: PublishedTable = {
  id: '区商务局服务贸易发展资金-2020',
  source: 'https://www.kunmingchi.com/archives/973rxnk2je7n4oep6ym4.html',
  profile: 'national-project',
  rules: { sections: { 产出指标: 60, 效益指标: 40, 满意度指标: 0, 预算执行率: 20 } },
  rows: [
    {
      category: '数量指标',
      name: '服务外包在岸（万美元）',
      target: 20000,
      actual: 23333.56,
      weight: 10,
      published: 10,
    },
    {
      category: null,
      name: '服务外包离岸（万美元）',
      target: 4500,
      actual: 4557.51,
      weight: 10,
      published: 10,
    },
    {
      category: null,
      name: '支持服务贸易、服务外包企业数量',
      target: 3,
      actual: 3,
      weight: 10,
      published: 10,
    },
    {
      category: '质量指标',
      name: '企业国际质量提升',
      target: '获得目的国（地区）受众欢迎',
      actual: '受目的国受众欢迎显著',
      weight: 10,
      published: 10,
    },
    {
      category: '时效指标',
      name: '预算资金执行率',
      target: '90%',
      actual: '100%',
      weight: 10,
      published: 10,
    },
    { category: null, name: '资金拨付及时性', target: '98%以上', actual: '100%', weight: 10, published: 10 },
    {
      category: '社会效益指标',
      name: '企业把握政治导向和文化方向情况',
      target: '企业把握正确政治导向和文化方向情况的评价',
      actual: '企业较好把握正确政治导向和文化方向情况的评价',
      weight: 20,
      published: 20,
      publisherError: {
        kind: 'judgement',
        ours: 16,
        why: '较好把握 (fairly well) is read as a hedge, one level short (national 80 %: 16); the bureau gave full marks (docs/scoring-rules.md §4)',
      },
    },
    {
      category: '可持续影响指标',
      name: '推动企业走出去方面发挥的作用',
      target: '是否利于企业走出去',
      actual: '有利于推动企业走出去',
      weight: 20,
      published: 20,
    },
  ],
  budget: { planned: 285.84, spent: 285.84, points: 20, published: 20 },
};
