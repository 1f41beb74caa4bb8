/**
 * 廊坊市食品工程学校（河北省廊坊市）2019年度 项目支出绩效自评表：办公宿舍楼、食堂及餐厅暖通改造经费.
 * Source: http://www.lfsp.cn/newsinfo/1158053.html
 * 河北 scores whole points rounded half-up: the budget line 37.24 / 43.2 = 86.20 % of 10 is 8.62,
 * published 9; the first indicator is the same arithmetic. The template's empty 指标2 / …… rows are
 * typed in as printed (placeholders, not indicators).
 */
import type { PublishedRow, PublishedTable } from './table';

const PLACEHOLDERS: PublishedRow[] = [
  { category: null, name: '指标2', target: null, actual: null, weight: null, published: null },
  { category: null, name: '……', target: null, actual: null, weight: null, published: null },
];

export const LANGFANG_2019: PublishedTable = {
  id: '河北廊坊市食品工程学校-2019',
  source: 'http://www.lfsp.cn/newsinfo/1158053.html',
  profile: 'national-project',
  rules: { decimals: 0, rounding: 'half-up' },
  rows: [
    {
      category: '产出指标\n数量指标',
      name: '指标1工程资金金额',
      target: 43.2,
      actual: 37.24,
      weight: 10,
      published: 9,
    },
    ...PLACEHOLDERS,
    { category: '质量指标', name: '指标1工程完工率', target: 100, actual: 100, weight: 10, published: 10 },
    { category: null, name: '指标2工程验收合格率', target: 100, actual: 100, weight: 10, published: 10 },
    { category: null, name: '……', target: null, actual: null, weight: null, published: null },
    {
      category: '时效指标',
      name: '指标1项目完成及时率',
      target: 100,
      actual: 100,
      weight: 10,
      published: 10,
    },
    ...PLACEHOLDERS,
    { category: '成本指标', name: '指标1成本控制率', target: 100, actual: 100, weight: 10, published: 10 },
    ...PLACEHOLDERS,
    {
      category: '效益指标\n经济效益指标',
      name: '指标1安全率',
      target: 100,
      actual: 100,
      weight: 10,
      published: 10,
    },
    ...PLACEHOLDERS,
    {
      category: '社会效益指标',
      name: '指标1学校发展能力',
      target: 100,
      actual: 100,
      weight: 10,
      published: 10,
    },
    ...PLACEHOLDERS,
    { category: '生态效益指标', name: '指标1', target: null, actual: null, weight: null, published: null },
    ...PLACEHOLDERS,
    {
      category: '可持续影响指标',
      name: '指标1长期使用性',
      target: 100,
      actual: 100,
      weight: 10,
      published: 10,
    },
    ...PLACEHOLDERS,
    {
      category: '满意度指标\n服务对象满意度指标',
      name: '指标1学生满意度',
      target: 100,
      actual: 100,
      weight: 10,
      published: 10,
    },
    { category: null, name: '指标2', target: null, actual: null, weight: null, published: null },
  ],
  budget: { planned: 43.2, spent: 37.24, points: 10, published: 9 },
};
