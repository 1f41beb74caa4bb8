/** 附表: the indicator table with rates, scores and flags, then the section totals. */
import { Figures } from './figures';
import type { ReportBlock } from './types';

export function appendixBlocks(f: Figures): ReportBlock[] {
  const rows = f.result.indicators.map((i) => [
    i.section ?? '',
    i.name,
    i.rate === null ? '—' : f.rate(i.rate),
    i.weight === null ? '—' : f.score(i.weight),
    i.score === null ? '—' : f.score(i.score),
    i.detail ? '明细行' : f.flagText(i),
    i.suggestedTarget ?? '',
  ]);
  const totals = f.result.sections.map((s) => [s.name, '', '', f.score(s.points), f.score(s.score), '', '']);
  return [
    { kind: 'heading', level: 1, text: '附表：绩效指标评分表' },
    {
      kind: 'table',
      header: ['部分', '指标', '完成率', '分值', '得分', '标记', '建议下年目标'],
      widths: [4, 9, 5, 3, 3, 4, 5],
      rows: [...rows, ...totals, ['总分', '', '', '', f.score(f.result.total), f.result.grade, '']],
    },
  ];
}
