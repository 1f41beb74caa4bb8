/**
 * 中江县水利局（四川省德阳市）2022年度 衔接资金项目绩效目标自评表：小型水库水标尺制作安装项目.
 * Source: https://chacewang.com/newsdetail/news242266.html (the county's published 自评表, reposted).
 * As printed: 产出指标（70分）, 效益指标（20分）, 满意度指标（10分） and a budget line worth 10 — the
 * sections add to 110 while the table prints 总分 100 (its own template note says 50/30/10/10).
 * Actuals repeat the target with its operator (`≥266米`): read as the number, with a warning.
 */
import type { PublishedTable } from './table';

export const ZHONGJIANG_2022: PublishedTable = {
  id: '四川德阳中江县水利局-2022',
  source: 'https://chacewang.com/newsdetail/news242266.html',
  profile: 'national-project',
  rules: { sections: { 产出指标: 70, 效益指标: 20, 满意度指标: 10, 预算执行率: 10 } },
  rows: [
    {
      category: '产出指标（70分）\n数量指标',
      name: '安装坡面水标尺',
      target: '≥266米',
      actual: '≥266米',
      weight: 10,
      published: 10,
    },
    { category: null, name: '水标尺宽度', target: '≥50厘米', actual: '≥50厘米', weight: 10, published: 10 },
    {
      category: '质量指标',
      name: '项目（工程）验收合格率',
      target: '100%',
      actual: '100%',
      weight: 20,
      published: 20,
    },
    {
      category: '时效指标',
      name: '及时（按期）开工率',
      target: '≥90%',
      actual: '≥90%',
      weight: 10,
      published: 10,
    },
    { category: null, name: '及时（按期）完工率', target: '≥90%', actual: '≥90%', weight: 10, published: 10 },
    {
      category: '成本指标',
      name: '项目计划总投资',
      target: '20万元',
      actual: '20万元',
      weight: 10,
      published: 10,
    },
    {
      category: '效益指标（20分）\n社会效益指标',
      name: '受益脱贫（含监测对象）户人口数',
      target: '≥1000人',
      actual: '≥1000人',
      weight: 10,
      published: 10,
    },
    {
      category: null,
      name: '群众生产生活条件改善状况',
      target: '显著提升',
      actual: '显著提升',
      weight: 10,
      published: 10,
    },
    {
      category: '满意度指标（10分）\n服务对象满意度指标',
      name: '受益脱贫（含监测对象）户满意度',
      target: '≥95%',
      actual: '≥95%',
      weight: 10,
      published: 10,
    },
  ],
  budget: { planned: 20, spent: 20, points: 10, published: 10 },
};
