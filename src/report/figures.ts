/**
 * Every figure the report prints, formatted by the engine's own helpers (engine/format.ts) with the
 * rules' precision: the text can never say another number than the result.
 */
import { FLAG_LABELS } from '../engine/flags';
import { percentText, scoreText } from '../engine/format';
import type { IndicatorResult, ScoreLine, ScoreResult } from '../engine/types';
import { BARE_AMOUNT_UNIT } from './words';

export class Figures {
  constructor(readonly result: ScoreResult) {}

  get decimals(): number {
    return this.result.rules.profile.precision.decimals;
  }

  /** A scored figure (points, score, deduction) at the rules' decimals: 94.46, 20.00 -> "20". */
  score(value: number): string {
    // Whole points read as in the seed ("满分20分"); other figures keep the rules' decimals.
    return Number.isInteger(value) ? String(value) : scoreText(value, this.decimals);
  }

  /** A completion or execution rate (fraction) as the officer reads it: 2.148375 -> "214.84%". */
  rate(fraction: number): string {
    return percentText(fraction);
  }

  /** 13752.09 -> "13752.09万元"; an amount written with its unit stays as written. */
  amount(written: string): string {
    return /^[\d.,]+$/.test(written) ? `${written}${BARE_AMOUNT_UNIT}` : written;
  }

  section(name: string): ScoreLine | undefined {
    return this.result.sections.find((s) => s.name === name);
  }

  group(name: string): ScoreLine | undefined {
    return this.result.groups.find((g) => g.name === name);
  }

  /** The section's scored indicators (detail rows 其中：… are not indicators of their own). */
  indicatorsOf(section: string): IndicatorResult[] {
    return this.result.indicators.filter((i) => i.section === section && !i.detail);
  }

  sectionKind(name: string): 'indicators' | 'budget' | 'management' {
    return this.result.rules.profile.sections.find((s) => s.name === name)?.kind ?? 'indicators';
  }

  flagText(indicator: IndicatorResult): string {
    return FLAG_LABELS[indicator.flag]['zh-CN'];
  }
}

/** “name”, an inner quotation ("天河e企查" or “天河e企查”) turned into ‘…’ as the seed writes it. */
export function quoted(name: string): string {
  return `“${name.replace(/["“]([^"”]*)["”]/g, '‘$1’')}”`;
}

export function isFullMarks(i: IndicatorResult): boolean {
  return i.score !== null && i.weight !== null && i.score === i.weight;
}
