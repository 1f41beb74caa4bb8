/**
 * 稷山县医疗保障局（山西省运城市）2020年度 项目支出绩效自评表：建档立卡个人缴费县级配套资金.
 * Source: https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html (the county's .xlsx, reposted).
 * 山西 scores whole points cut down: the budget line 65.07 / 65.66 = 99.10 % of 10 is 9.91, published 9.
 * Three rows contradict the table itself (see publisherError); the published 总分 94 is also not the sum
 * of its own parts (13 + 15 + 10 + 10 + 27 + 9 + budget 9 = 93).
 */
import type { PublishedTable } from './table';

export const JISHAN_2020: PublishedTable = {
  id: '山西运城稷山县医疗保障局-2020',
  source: 'https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html',
  profile: 'national-project',
  rules: { decimals: 0, rounding: 'down' },
  rows: [
    {
      category: '产出指标（50分）\n数量指标',
      name: '指标1:全县参合人数',
      target: 8755,
      actual: 8676,
      weight: 15,
      published: 13,
      publisherError: {
        kind: 'arithmetic',
        ours: 14,
        why: '8676 / 8755 = 99.10 %, 15 × 99.10 % = 14.86, cut down 14; the county took two points off for 79 people (no rule of its template gives 13)',
      },
    },
    {
      category: '质量指标',
      name: '指标1:资金是否全部纳入医保统筹',
      target: '100%',
      actual: '100%',
      weight: 15,
      published: 15,
    },
    {
      category: '时效指标',
      name: '指标1:资金是否全部及时纳入',
      target: '100%',
      actual: '100%',
      weight: 10,
      published: 10,
    },
    {
      category: '成本指标',
      name: '指标1:配套资金每人每年',
      target: '75元',
      actual: '75元',
      weight: 10,
      published: 10,
    },
    {
      category: '效益指标（30分）\n社会效益指标',
      name: '指标1:是否解决建档立卡人员看病难贵问题',
      target: '95%',
      actual: '95%',
      weight: 30,
      published: 27,
      publisherError: {
        kind: 'arithmetic',
        ours: 30,
        why: '95 % against a target of 95 % is 100 % complete; the county scored 27 of 30',
      },
    },
    {
      category: '满意度指标（10分）\n服务对象满意度指标',
      name: '指标1:是否满意',
      target: '95%',
      actual: '95%',
      weight: 10,
      published: 9,
      publisherError: {
        kind: 'arithmetic',
        ours: 10,
        why: '95 % against a target of 95 % is 100 % complete; the county scored 9 of 10 (10 × 95 % cut down)',
      },
    },
  ],
  budget: { planned: 65.66, spent: 65.07, points: 10, published: 9 },
};
