/**
 * 天长市水利局（安徽省滁州市）2022年度 项目支出绩效自评表：水旱灾害防御经费.
 * Source: 天长市人民政府 website, "天长市水利局水旱灾害防御股项目支出绩效自评", 发布时间 2023-12-05
 * (found through the pages corpus).
 * Six rows print their target inside the name (`指标1:工程质量合格`) and leave 年度指标值 and
 * 实际完成值 blank, yet score 10 of 10: nothing on the row says what was achieved, so they stay row
 * errors naming the blank cell (the officer's judgement is not in the table). 生态效益 is marked
 * not applicable (`/`); the template's 指标2 / …… rows are typed in as printed.
 */
import type { PublishedRow, PublishedTable } from './table';

const PLACEHOLDERS: PublishedRow[] = [
  { category: null, name: '指标2:', target: null, actual: null, weight: null, published: null },
  { category: null, name: '……', target: null, actual: null, weight: null, published: null },
];

const NOTHING_PRINTED = {
  kind: 'not-printed' as const,
  ours: null,
  why: 'no 年度指标值 or 实际完成值 printed (the target sits in the name); the county scored full marks by judgement',
};

export const TIANCHANG_2022: PublishedTable = {
  id: '安徽滁州天长市水利局-2022',
  source: 'pages corpus: 天长市水利局水旱灾害防御股项目支出绩效自评（2023-12-05）',
  profile: 'national-project',
  rows: [
    {
      category: '产出指标（50分）\n数量指标',
      name: '指标1:完成中型灌区节水改造项目数量',
      target: 1,
      actual: 1,
      weight: 10,
      published: 10,
    },
    {
      category: null,
      name: '指标2:完成农业综合水价改革项目',
      target: 1,
      actual: 1,
      weight: 10,
      published: 10,
    },
    { category: null, name: '……', target: null, actual: null, weight: null, published: null },
    {
      category: '质量指标',
      name: '指标1:工程质量合格',
      target: null,
      actual: null,
      weight: 10,
      published: 10,
      publisherError: NOTHING_PRINTED,
    },
    ...PLACEHOLDERS,
    {
      category: '时效指标',
      name: '指标1:年度资金支付完成率100%',
      target: null,
      actual: null,
      weight: 10,
      published: 10,
      publisherError: NOTHING_PRINTED,
    },
    ...PLACEHOLDERS,
    {
      category: '成本指标',
      name: '指标1:资金执行在预算范围内',
      target: null,
      actual: null,
      weight: 10,
      published: 10,
      publisherError: NOTHING_PRINTED,
    },
    ...PLACEHOLDERS,
    {
      category: '效益指标（30分）\n经济效益指标',
      name: '指标1:全市安全度汛',
      target: null,
      actual: null,
      weight: 10,
      published: 10,
      publisherError: NOTHING_PRINTED,
    },
    ...PLACEHOLDERS,
    {
      category: '社会效益指标',
      name: '指标1:保护全市人口财产不受损失',
      target: null,
      actual: null,
      weight: 10,
      published: 10,
      publisherError: NOTHING_PRINTED,
    },
    ...PLACEHOLDERS,
    { category: '生态效益指标', name: '指标1:/', target: '/', actual: '/', weight: null, published: null },
    ...PLACEHOLDERS,
    {
      category: '可持续影响指标',
      name: '指标1:已建工程良性运行',
      target: null,
      actual: null,
      weight: 10,
      published: 10,
      publisherError: NOTHING_PRINTED,
    },
    ...PLACEHOLDERS,
    {
      category: '满意度指标（10分）\n服务对象满意度指标',
      name: '指标1:服务对象满意度',
      target: '90%',
      actual: '100%',
      weight: 10,
      published: 10,
    },
    ...PLACEHOLDERS,
  ],
  budget: { planned: 880, spent: 880, points: 10, published: 10 },
};
