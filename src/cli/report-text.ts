/**
 * What a person reads on stderr after a sheet is scored: section and group scores on one line,
 * total and grade, then the rows to look at (flagged indicators, row errors) with their cells.
 */
import { FLAG_HEADINGS } from '../engine/flags';
import { fixed, percentText } from '../engine/format';
import { Rational } from '../engine/rational';
import type { IndicatorResult, ScoreLine, ScoreResult } from '../engine/types';
import type { Detection } from '../workbook';

/**
 * Scores with the rules' decimals (2 unless PE_Rules says otherwise), half-up exactly (the engine's
 * one rounding helper, not Number.toFixed); a figure with more digits (a full-marks weight of 2.5
 * under whole points) keeps 2.
 */
function points(value: number, result: ScoreResult): string {
  const decimals = result.rules.profile.precision.decimals;
  const exact = Rational.from(value);
  return fixed(exact, exact.roundHalfUp(decimals).eq(exact) ? decimals : 2);
}

/** 产出指标 -> 产出: the short section names officers use in a one-line summary. */
const shortName = (name: string): string =>
  name.endsWith('指标') && name.length > 2 ? name.slice(0, -2) : name;

/** " 214.84%": the engine's exact percent (Math.round(rate * 10000) gets 0.00145 wrong: 0.14%). */
function percent(rate: number | null): string {
  return rate === null ? '' : ` ${percentText(rate)}`;
}

function indicatorLine(row: IndicatorResult): string {
  return `    ${row.cell} ${row.name}${row.flag === 'error' ? '' : percent(row.displayRate)}${row.flag === 'error' ? `：${row.note}` : ''}`;
}

/** Each group right after its sections (产出, 效益, 预算执行率, 履职效能, 管理效率), no name twice. */
function orderedLines(result: ScoreResult): ScoreLine[] {
  const lines: ScoreLine[] = [];
  const add = (line: ScoreLine | undefined): void => {
    if (line && !lines.some((l) => l.name === line.name)) lines.push(line);
  };
  const groupSections = result.rules.profile.groups;
  for (const group of result.groups) {
    const members = groupSections.find((g) => g.name === group.name)?.sections ?? [];
    for (const name of members) add(result.sections.find((s) => s.name === name));
    add(group);
  }
  result.sections.forEach(add);
  return lines;
}

/** Where a detected layout came from, and every part not found with what it costs (one line each). */
function detectionLines(detection: Detection): string[] {
  const table = detection.table!;
  const lines = [
    `  评分区域：自动识别（表头第${table.headerTop + 1}行，指标第${table.firstRow + 1}–${table.lastRow + 1}行；评分规则：${detection.profile.reason}）`,
  ];
  const costs = new Set<string>();
  for (const part of detection.parts) {
    if (part.status === 'not-found' && part.consequence) costs.add(part.consequence);
  }
  for (const cost of costs) lines.push(`  ${cost}`);
  return lines;
}

export function sheetReport(
  file: string,
  sheet: string,
  output: string,
  result: ScoreResult,
  detection: Detection | null = null,
): string {
  const lines = [`${file} › ${sheet}  (${result.profile}) → ${output}`];
  if (detection) lines.push(...detectionLines(detection));
  const parts = orderedLines(result).map(
    (line) => `${shortName(line.name)} ${points(line.score, result)} / ${line.points}`,
  );
  lines.push(`  ${parts.join('，')}`);
  if (result.rules.changed.length > 0) {
    lines.push(
      `  规则调整（PE_Rules）：${result.rules.changed.map((c) => `${c.label} ${c.text}`).join('，')}`,
    );
  }
  lines.push(
    `  总分 ${points(result.total, result)} ${result.grade}${result.complete ? '' : '（不完整：部分内容无法评分）'}`,
  );
  for (const flag of ['over150', 'review', 'under100', 'error'] as const) {
    const rows = result.indicators.filter((row) => row.flag === flag);
    if (rows.length === 0) continue;
    lines.push(`  ${FLAG_HEADINGS[flag]['zh-CN']}：${rows.length}`);
    lines.push(...rows.map(indicatorLine));
  }
  const errors = result.findings.filter((f) => f.level === 'error').length;
  const warnings = result.findings.filter((f) => f.level === 'warning').length;
  if (errors + warnings > 0)
    lines.push(`  提示：${errors} 个错误，${warnings} 个警告（详见 评分汇总 / --json）`);
  return lines.join('\n');
}
