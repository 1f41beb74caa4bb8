/**
 * The 项目支出绩效自评 report structure of the national form (财政部项目支出绩效自评表): 一、项目基本
 * 情况 (placeholder), 二、绩效目标实现情况 (总体 and each section), 三、偏离绩效目标的原因和改进措施.
 */
import { Figures } from './figures';
import { measureItems, problemItems } from './findingsText';
import { budgetFacts, budgetParagraph, sectionParagraph } from './indicatorText';
import type { ReportBlock, ReportFacts } from './types';
import { fillIn, subHeading } from './words';

export function nationalBlocks(f: Figures, facts: ReportFacts): ReportBlock[] {
  const r = f.result;
  const year = facts.year ?? fillIn('年度');
  const who = facts.organisation ?? fillIn('项目名称');
  const blocks: ReportBlock[] = [
    { kind: 'title', text: `${year}年度${who}项目支出绩效自评报告` },
    { kind: 'heading', level: 1, text: '一、项目基本情况' },
    { kind: 'paragraph', text: fillIn('项目概况、立项依据、资金来源和年度绩效目标') },
    { kind: 'heading', level: 1, text: '二、绩效目标实现情况' },
    { kind: 'heading', level: 2, text: subHeading(0, '总体完成情况') },
    {
      kind: 'paragraph',
      text: `${year}年度，项目${budgetFacts(f)}。自评得分为${f.score(r.total)}分，自评等级为“${r.grade}”。${
        r.complete ? '' : '部分内容未能评分，总分只含已评分部分。'
      }`,
    },
    { kind: 'heading', level: 2, text: subHeading(1, '各项指标完成情况') },
  ];
  for (const line of r.sections) {
    const kind = f.sectionKind(line.name);
    if (kind === 'management') continue;
    const lead = `${line.name}（${f.score(line.points)}分）`;
    const text =
      kind === 'budget' ? budgetParagraph(f, line.name, lead) : sectionParagraph(f, line.name, lead);
    blocks.push({ kind: 'paragraph', text });
  }
  blocks.push({ kind: 'heading', level: 1, text: '三、偏离绩效目标的原因和改进措施' });
  blocks.push({ kind: 'heading', level: 2, text: subHeading(0, '偏离绩效目标的原因') });
  for (const item of problemItems(f)) blocks.push({ kind: 'paragraph', text: `${item.title}：${item.text}` });
  blocks.push({ kind: 'heading', level: 2, text: subHeading(1, '改进措施') });
  for (const item of measureItems(f)) blocks.push({ kind: 'paragraph', text: `${item.title}：${item.text}` });
  return blocks;
}
