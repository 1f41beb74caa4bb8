/**
 * The 部门整体支出绩效自评报告 structure of the seed: 一、部门基本情况 (placeholders), 二、绩效自评情况
 * （一）自评结论（二）履职效能分析（三）管理效率分析, 三、存在的主要问题, 四、下一步改进措施.
 * Profiles whose groups are not 履职效能/管理效率 (PE_Rules may remove a part) still read: each group
 * gets its own analysis in profile order.
 */
import { Figures, quoted } from './figures';
import { problemItems, measureItems, type Item } from './findingsText';
import { budgetFacts, budgetParagraph, sectionParagraph } from './indicatorText';
import type { ReportBlock, ReportFacts } from './types';
import { chineseOrdinal, fillIn, subHeading } from './words';

function itemBlocks(items: Item[]): ReportBlock[] {
  return items.map((item, i) => ({
    kind: 'paragraph',
    text: `${subHeading(i, `${item.title}。`)}${item.text}`,
  }));
}

function managementParagraphs(f: Figures, section: string): string[] {
  const lost = f.result.deductions.filter((d) => d.deducted > 0);
  if (f.result.deductions.length === 0) return ['未填写管理效率项目。'];
  const each = lost.map((d) => `${quoted(d.item)}方面：${d.reason.replace(/[。；]+$/, '')}`);
  const rest = lost.length < f.result.deductions.length ? '其他各项均得满分。' : '';
  const line = f.section(section)!;
  return [
    `${each.length > 0 ? `${each.join('；')}。` : '各项均得满分。'}${rest}因此，该项评分为${f.score(line.score)}分。`,
  ];
}

export function guangzhouBlocks(f: Figures, facts: ReportFacts): ReportBlock[] {
  const r = f.result;
  const year = facts.year ?? fillIn('年度');
  const who = facts.organisation ?? fillIn('部门名称');
  const blocks: ReportBlock[] = [
    { kind: 'title', text: `${year}年度${who}部门整体支出绩效自评报告` },
    { kind: 'heading', level: 1, text: '一、部门基本情况' },
    {
      kind: 'paragraph',
      text: fillIn('部门职能、年度总体工作和重点工作任务、部门整体支出绩效目标、收支情况、绩效管理情况'),
    },
    { kind: 'heading', level: 1, text: '二、绩效自评情况' },
    { kind: 'heading', level: 2, text: subHeading(0, '自评结论') },
    {
      kind: 'paragraph',
      text: `${year}年度，${budgetFacts(f)}。自评得分为${f.score(r.total)}分，自评等级为“${r.grade}”。${
        r.complete ? '' : '部分内容未能评分，总分只含已评分部分。'
      }`,
    },
  ];
  r.rules.profile.groups.forEach((group, g) => {
    const line = f.group(group.name);
    if (!line) return;
    blocks.push({ kind: 'heading', level: 2, text: subHeading(g + 1, `${group.name}分析`) });
    blocks.push({
      kind: 'paragraph',
      text: `${group.name}的分值权重为${f.score(line.points)}分，按部门整体支出绩效的评分标准计算，自评得分为${f.score(line.score)}分。${group.sections.length > 1 ? '具体为：' : ''}`,
    });
    // A section no group lists (the single 指标 block when PE_Categories is absent) opens the first.
    const grouped = new Set(r.rules.profile.groups.flatMap((x) => x.sections));
    const loose = g === 0 ? r.sections.map((s) => s.name).filter((name) => !grouped.has(name)) : [];
    for (const section of [...loose, ...group.sections]) {
      if (!f.section(section)) continue;
      const kind = f.sectionKind(section);
      const text =
        kind === 'budget'
          ? budgetParagraph(f, section, '部门预算资金支出率')
          : kind === 'management'
            ? managementParagraphs(f, section).join('')
            : sectionParagraph(f, section, `部门整体绩效目标${section}完成情况`);
      blocks.push({ kind: 'paragraph', text });
    }
  });
  blocks.push({ kind: 'heading', level: 1, text: `${chineseOrdinal(2)}、存在的主要问题` });
  blocks.push(...itemBlocks(problemItems(f)));
  blocks.push({ kind: 'heading', level: 1, text: `${chineseOrdinal(3)}、下一步改进措施` });
  blocks.push(...itemBlocks(measureItems(f)));
  return blocks;
}
