/**
 * The sentences about one indicator section, shared by both report structures: how many indicators
 * earned full marks, each over-150% indicator with its rate, the officer's reason (PE_Reasons) and
 * why it earned only part of its weight, each indicator below 100% with what it earned, each row that
 * could not be scored, and the section's score.
 */
import type { IndicatorResult } from '../engine/types';
import { Figures, isFullMarks, quoted } from './figures';
import { fillIn, OVER_FACTOR_WORDS } from './words';

function because(i: IndicatorResult): string {
  return i.reason ? `主要原因为${i.reason.replace(/[。；;，,]+$/, '')}` : fillIn('偏差原因');
}

function overShare(f: Figures): string {
  const factor = f.result.rules.profile.overAchievementFactor;
  return OVER_FACTOR_WORDS[factor] ?? `${factor}倍`;
}

/** One paragraph: “产出指标完成情况：9个关键性指标中，9个指标分值得到满分……该项评分为满分20分。” */
export function sectionParagraph(f: Figures, section: string, lead: string): string {
  const rows = f.indicatorsOf(section);
  const line = f.section(section);
  if (!line) return '';
  if (rows.length === 0) return `${lead}：本部分没有指标，该项评分为${f.score(line.score)}分。`;
  const full = rows.filter(isFullMarks).length;
  const over = rows.filter((i) => i.flag === 'over150');
  const review = rows.filter((i) => i.flag === 'review');
  const under = rows.filter((i) => i.flag === 'under100');
  const failed = rows.filter((i) => i.flag === 'error');
  const parts: string[] = [`${lead}：${rows.length}个关键性指标中，${full}个指标分值得到满分`];
  const cut = `${f.result.rules.profile.overAchievementPercent}%`;
  parts[0] += over.length === 0 ? `，完成率均未超过${cut}。` : '。';
  if (over.length > 0) {
    const each = over.map((i) => `${quoted(i.name)}指标值的完成率为${f.rate(i.rate!)}，${because(i)}`);
    const factor = f.result.rules.profile.overAchievementFactor;
    const share =
      factor === '1'
        ? `上述${over.length}个指标完成率超过${cut}，按评分规则不扣分，但目标值设置偏低`
        : `上述${over.length}个指标完成率超过${cut}，按评分规则只得该指标权重分值的${overShare(f)}（${over
            .map((i) => `${quoted(i.name)}${f.score(i.score!)}分`)
            .join('、')}）`;
    parts.push(`${each.join('；')}；${share}。`);
  }
  for (const i of review) {
    parts.push(
      `${quoted(i.name)}为反向指标，实际值远优于目标值（完成率按${f.rate(i.rate!)}计），建议复核目标设置。`,
    );
  }
  for (const i of under) {
    parts.push(
      `${quoted(i.name)}指标值的完成率为${f.rate(i.rate!)}，${because(i)}，该项指标只得${f.score(i.score!)}分（分值${f.score(i.weight!)}分）。`,
    );
  }
  for (const i of failed) parts.push(`${quoted(i.name)}未能评分：${i.note}。`);
  const manual = rows.filter((i) => i.manual);
  for (const i of manual) parts.push(`${quoted(i.name)}采用人工评分${f.score(i.score!)}分。`);
  const fullSection = line.score === line.points;
  parts.push(
    fullSection ? `该项评分为满分${f.score(line.score)}分。` : `因此，该项评分为${f.score(line.score)}分。`,
  );
  return parts.join('');
}

/** The budget sentence: rate and score, with the department's reason when not fully spent. */
export function budgetParagraph(f: Figures, section: string, lead: string): string {
  const line = f.section(section);
  if (!line) return '';
  const budget = f.result.budget;
  if (budget.rate === null) {
    return `${lead}：预算执行率未能计算（${budget.note}），该项暂计${f.score(line.score)}分。`;
  }
  const why = budget.rate < 1 ? `${fillIn('预决算差异原因')}，` : '';
  return `${lead}：${why}预算支出执行率为${f.rate(budget.rate)}，因此该指标得${f.score(line.score)}分。`;
}

/** 年度预算为…，决算支出…，部门预算执行率… (what the result knows, placeholders for the rest). */
export function budgetFacts(f: Figures): string {
  const b = f.result.budget;
  const planned = b.planned !== undefined ? f.amount(b.planned) : fillIn('年度预算（万元）');
  const spent = b.spent !== undefined ? f.amount(b.spent) : fillIn('决算支出（万元）');
  const rate = b.rate !== null ? f.rate(b.rate) : `未能计算（${b.note}）`;
  return `年度预算为${planned}，决算支出${spent}，预算执行率${rate}`;
}
