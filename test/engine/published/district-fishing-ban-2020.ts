/**
 * 区市场监督管理局（农业工作科）2020年度 长江禁捕项目自评表：渔业成品油价格改革补贴.
 * Source: https://1wenmi.com/doc/330418.html (the .docx reposted as OCR'd text; the city is not
 * printed, the template is Hubei's: 预算执行 20 × 执行率, 年度绩效目标1（80分）, no 分值 column).
 * Reading of the OCR: `时效指标 12月底之前完成 100% 100% 10` (the library's page marker "2、" splits
 * the row) and `退捕渔民抽样调查满意度 90% ≥90% 40` (`≥` OCR'd as `2`). Every row is printed at full
 * marks, so each weight is its score: 20 + 10 + 10 + 40 = 80, with the budget line 100.
 */
import type { PublishedTable } from './table';

export const FISHING_BAN_2020: PublishedTable = {
  id: '区市场监督管理局长江禁捕-2020',
  source: 'https://1wenmi.com/doc/330418.html',
  profile: 'national-project',
  rules: { sections: { 产出指标: 40, 效益指标: 0, 满意度指标: 40, 预算执行率: 20 } },
  rows: [
    { category: '产出指标\n数量指标', name: '补贴渔船数', target: 6, actual: 6, weight: 20, published: 20 },
    {
      category: '质量指标',
      name: '渔船补贴发放率',
      target: '100%',
      actual: '100%',
      weight: 10,
      published: 10,
    },
    {
      category: '时效指标',
      name: '12月底之前完成',
      target: '100%',
      actual: '100%',
      weight: 10,
      published: 10,
    },
    {
      category: '满意度指标\n服务对象满意度指标',
      name: '退捕渔民抽样调查满意度',
      target: '90%',
      actual: '≥90%',
      weight: 40,
      published: 40,
    },
  ],
  budget: { planned: 1.56, spent: 1.56, points: 20, published: 20 },
};
