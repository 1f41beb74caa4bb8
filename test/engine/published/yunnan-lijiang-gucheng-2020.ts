/**
 * 丽江市古城区自然资源局（云南省丽江市）2020年度 项目支出绩效自评表：2020年省级自然资源卫片执法补助经费.
 * Source: http://m.jjiadianqingjie.com.cn/changyong/13241.html (the 自评表 reposted, 2021-06-28).
 * The current national form prints the operator (指标性质 `﹦`, `≥`), the value and the unit (度量单位)
 * in three columns; typed into one target cell they read `﹦72890元`, `﹦100%`, `≥95%`; the actual is
 * printed bare (`72890`, `100`, `95`). The stored copy ends before the 满意度 row's score.
 * Every legible row is 100 % complete, yet scored 90–95 % of its weight: the publisher's own deduction,
 * which no figure on the row supports.
 */
import type { PublishedTable } from './table';

const COMPLETE = (ours: number, published: number) => ({
  kind: 'arithmetic' as const,
  ours,
  why: `the actual equals the target (100 % complete); the bureau scored ${published} of ${ours}`,
});

export const LIJIANG_GUCHENG_2020: PublishedTable = {
  id: '云南丽江古城区自然资源局-2020',
  source: 'http://m.jjiadianqingjie.com.cn/changyong/13241.html',
  profile: 'national-project',
  rows: [
    {
      category: '产出指标\n数量指标',
      name: '卫片执法补助经费',
      target: '﹦72890元',
      actual: 72890,
      weight: 10,
      published: 9,
      publisherError: COMPLETE(10, 9),
    },
    {
      category: '质量指标',
      name: '项目验收合格率',
      target: '﹦100%',
      actual: 100,
      weight: 20,
      published: 19,
      publisherError: COMPLETE(20, 19),
    },
    {
      category: '时效指标',
      name: '项目完成及时率',
      target: '﹦100%',
      actual: 100,
      weight: 20,
      published: 19,
      publisherError: COMPLETE(20, 19),
    },
    {
      category: '效益指标\n社会效益指标',
      name: '违法行为责停率',
      target: '≥95%',
      actual: 95,
      weight: 30,
      published: 27,
      publisherError: COMPLETE(30, 27),
    },
    {
      category: '满意度指标\n服务对象满意度指标',
      name: '满意度',
      target: '≥95%',
      actual: 95,
      weight: 10,
      published: null,
    },
  ],
  budget: { planned: 7.29, spent: 7.29, points: 10, published: 10 },
};
