/**
 * 大英县司法局（四川省遂宁市）2023年度 部门预算项目支出绩效自评表 (Sichuan's 2023 form: 预算执行情况
 * 10分, 绩效指标 90分, operator / value / unit in three columns).
 * Source: https://dyxrmt.cn/article-157795-21.html. The stored copy starts inside this table: its one
 * indicator row and 合计 100 are legible, its budget line is not (the budget line that follows belongs
 * to the next table, whose indicators are cut off).
 * The row answers a numeric ceiling with a word (`≤30万元` / `完成`) and the county gives full marks —
 * the published evidence for scoring an answer against a number as the answer says (§4).
 */
import type { PublishedTable } from './table';

export const DAYING_2023: PublishedTable = {
  id: '四川遂宁大英县司法局-2023',
  source: 'https://dyxrmt.cn/article-157795-21.html',
  profile: 'national-project',
  rules: { sections: { 产出指标: 90, 效益指标: 0, 满意度指标: 0, 预算执行率: 10 } },
  rows: [
    {
      category: '产出指标\n经济成本指标',
      name: '成本控制数',
      target: '≤30万元',
      actual: '完成',
      weight: 90,
      published: 90,
    },
  ],
};
