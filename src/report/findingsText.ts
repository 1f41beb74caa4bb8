/**
 * 存在的主要问题 and 下一步改进措施, drafted from the flags: targets set too low (over 150%, reverse
 * indicators worth a review) with next year's suggested targets, targets not met, rows that could
 * not be scored, and the 管理效率 deductions. The department's own analysis stays a placeholder.
 */
import type { IndicatorResult } from '../engine/types';
import { Figures, quoted } from './figures';
import { fillIn, GUIDANCE_TARGETS } from './words';

export interface Item {
  /** The short heading, e.g. 个别目标设置不够科学合理. */
  title: string;
  text: string;
}

function scored(f: Figures): IndicatorResult[] {
  return f.result.indicators.filter((i) => !i.detail);
}

function rated(f: Figures, rows: IndicatorResult[]): string {
  return rows.map((i) => `${quoted(i.name)}${f.rate(i.rate!)}`).join('、');
}

export function problemItems(f: Figures): Item[] {
  const rows = scored(f);
  const over = rows.filter((i) => i.flag === 'over150');
  const review = rows.filter((i) => i.flag === 'review');
  const under = rows.filter((i) => i.flag === 'under100');
  const failed = rows.filter((i) => i.flag === 'error');
  const lost = f.result.deductions.filter((d) => d.deducted > 0);
  const items: Item[] = [];
  if (over.length + review.length > 0) {
    const parts: string[] = [];
    const cut = `${f.result.rules.profile.overAchievementPercent}%`;
    if (over.length > 0) parts.push(`${over.length}个指标完成率超过${cut}（${rated(f, over)}）`);
    if (review.length > 0) {
      parts.push(
        `${review.length}个反向指标实际值远优于目标值（${review.map((i) => quoted(i.name)).join('、')}）`,
      );
    }
    items.push({
      title: '个别目标设置不够科学合理',
      text: `绩效指标中存在${parts.join('，')}，年度目标值设置明显偏低，绩效运行监控中发现目标与实际偏离时未及时申请调整指标。`,
    });
  }
  if (under.length > 0) {
    items.push({
      title: '个别指标未达预期目标',
      text: `${under.length}个指标未完成年度目标（${under.map((i) => `${quoted(i.name)}完成率${f.rate(i.rate!)}`).join('、')}）。${fillIn('未完成的具体原因')}`,
    });
  }
  if (failed.length > 0) {
    items.push({
      title: '个别指标数据不完整',
      text: `${failed.length}个指标未能评分（${failed.map((i) => quoted(i.name)).join('、')}），需补充或更正目标值、实际值。`,
    });
  }
  if (lost.length > 0) {
    items.push({
      title: '管理效率存在扣分项',
      text: `${lost.map((d) => `${quoted(d.item)}扣${f.score(d.deducted)}分`).join('、')}。`,
    });
  }
  if (items.length === 0) {
    items.push({ title: '各项指标均完成年度目标', text: `${fillIn('其他存在的问题（如有）')}` });
  }
  return items;
}

export function measureItems(f: Figures): Item[] {
  const rows = scored(f);
  const suggested = rows.filter((i) => i.suggestedTarget);
  const unsuggested = rows.filter((i) => (i.flag === 'over150' || i.flag === 'review') && !i.suggestedTarget);
  const under = rows.filter((i) => i.flag === 'under100');
  const lost = f.result.deductions.filter((d) => d.deducted > 0);
  const items: Item[] = [];
  if (suggested.length + unsuggested.length > 0) {
    const each = suggested.map(
      (i) => `${quoted(i.name)}建议下年目标${i.suggestedTarget}（${reasonDetail(i)}）`,
    );
    for (const i of unsuggested) each.push(`${quoted(i.name)}${fillIn('下年目标值')}`);
    items.push({
      title: '科学合理设定年度目标值',
      text: `${GUIDANCE_TARGETS}，结合发展趋势合理确定下一年度目标值：${each.join('；')}。`,
    });
  }
  if (under.length > 0) {
    items.push({
      title: '加强未完成指标的跟踪监控',
      text: `对${under.map((i) => quoted(i.name)).join('、')}加强绩效运行监控，${fillIn('具体改进措施')}`,
    });
  }
  if (lost.length > 0) {
    items.push({
      title: '针对管理效率扣分项整改',
      text: `针对${lost.map((d) => quoted(d.item)).join('、')}的扣分原因，${fillIn('具体整改措施')}`,
    });
  }
  items.push({ title: '其他改进措施', text: fillIn('其他改进措施（如有）') });
  return items;
}

/** The suggestion's reason without the guidance already stated before it. */
function reasonDetail(i: IndicatorResult): string {
  const reason = i.suggestionReason ?? '';
  const colon = reason.indexOf('：');
  // The figures without the guidance (said once before the list) and the target (said just before).
  return (colon >= 0 ? reason.slice(colon + 1) : reason).replace(/，建议下年目标.*$/, '');
}
