/**
 * 黄冈市水土保持与农田水利科研所（湖北省黄冈市）2020年度 水土保持监测项目绩效自评表.
 * Source: the 自评表 as reposted in a document library (填报日期 2021年3月10日; found through the
 * pages corpus, excerpt "2020年度水土保持監測項目績效自評表 單位名稱:黃岡市水土保持與農田水利科研所").
 * Hubei's template: 预算执行情况（20分）scored 20 × 执行率, then 年度绩效目标1（40分）and
 * 年度绩效目标2（40分）. It prints no 分值 column: each weight is what its block leaves (block 1:
 * 10 + 10 at full marks, so the third row is worth 40 − 20 = 20; block 2: 20 + 20).
 */
import type { PublishedTable } from './table';

export const HUANGGANG_2020: PublishedTable = {
  id: '湖北黄冈水土保持与农田水利科研所-2020',
  source: 'pages corpus: 2020年度水土保持监测项目绩效自评表（黄冈市水土保持与农田水利科研所）',
  profile: 'national-project',
  rules: { sections: { 产出指标: 60, 效益指标: 0, 满意度指标: 20, 预算执行率: 20 } },
  rows: [
    {
      category: '质量指标',
      name: '监测数据必须合格',
      target: '100%',
      actual: '100%',
      weight: 10,
      published: 10,
    },
    {
      category: '进度指标',
      name: '取得2018-2022监测资料',
      target: '100%',
      actual: '100%',
      weight: 10,
      published: 10,
    },
    {
      category: '服务对象满意度指标',
      name: '整编资料审核',
      target: '98%',
      actual: '98%',
      weight: 20,
      published: 19.6,
      publisherError: {
        kind: 'arithmetic',
        ours: 20,
        why: '98% against a target of 98% is 100% complete; the institute scored 20 × 98% = 19.6, the satisfaction level read as the completion rate',
      },
    },
    {
      category: '质量指标',
      name: '监测数据资料整编',
      target: '100%',
      actual: '100%',
      weight: 20,
      published: 20,
    },
    {
      category: '进度指标',
      name: '完成年度资料上报',
      target: '100%',
      actual: '100%',
      weight: 20,
      published: 20,
    },
  ],
  budget: { planned: 10, spent: 10, points: 20, published: 20 },
};
