/**
 * 襄阳市中心医院（湖北省襄阳市）2021年度 财政项目绩效自评表：东津院区建设补助（填报日期 2022年3月18日）.
 * Source: https://taowenge.com/d-68000429.html (the .docx reposted). The stored copy stops after the
 * fifth indicator (可持续性 … cut off): the five complete rows and the budget line are typed in.
 * Hubei's template (预算执行 20 × 执行率, no 分值 column): each row is printed at full marks, 10.
 */
import type { PublishedTable } from './table';

export const XIANGYANG_2021: PublishedTable = {
  id: '湖北襄阳市中心医院-2021',
  source: 'https://taowenge.com/d-68000429.html',
  profile: 'national-project',
  rules: { sections: { 产出指标: 40, 效益指标: 40, 满意度指标: 0, 预算执行率: 20 } },
  rows: [
    {
      category: '产出指标\n数量指标',
      name: '成本控制',
      target: '不超过预算',
      actual: '不超过预算',
      weight: 10,
      published: 10,
    },
    {
      category: '质量指标',
      name: '保证财政建设补助专款专用',
      target: '专款专用',
      actual: '专款专用',
      weight: 10,
      published: 10,
    },
    {
      category: '成本',
      name: '每年财政补助1000万元',
      target: '1000万元',
      actual: '1000万元',
      weight: 10,
      published: 10,
    },
    { category: '时效', name: '1年', target: '1年', actual: '1年', weight: 10, published: 10 },
    {
      category: '效益指标\n经济效益',
      name: '完成东津院区建设，医院东津医疗收入达到5亿元',
      target: '5亿元',
      actual: '6.47亿元',
      weight: 10,
      published: 10,
    },
  ],
  budget: { planned: 1000, spent: 1000, points: 20, published: 20 },
};
