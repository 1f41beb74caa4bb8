/**
 * The self-evaluation report draft (自评报告), composed from a ScoreResult: pure, no host. Every
 * figure is the result's, printed by the engine's format helpers; the department's own words are
 * 【请填写：…】 placeholders. See README.md.
 */
import type { ScoreResult } from '../engine/types';
import { appendixBlocks } from './appendix';
import { Figures } from './figures';
import { guangzhouBlocks } from './guangzhou';
import { nationalBlocks } from './national';
import type { ReportBlock, ReportDraft, ReportFacts } from './types';

export type { ReportBlock, ReportDraft, ReportFacts } from './types';
export { isHeadingLine } from './words';

export function draftReport(result: ScoreResult, facts: ReportFacts): ReportDraft {
  const f = new Figures(result);
  const body = result.profile === 'national-project' ? nationalBlocks(f, facts) : guangzhouBlocks(f, facts);
  return { blocks: [...body, ...appendixBlocks(f)] };
}

/** The draft as plain text: one block per paragraph, table cells separated by " | ". */
export function reportText(draft: ReportDraft): string {
  return draft.blocks.map(blockText).join('\n\n') + '\n';
}

function blockText(block: ReportBlock): string {
  if (block.kind === 'table') return [block.header, ...block.rows].map((row) => row.join(' | ')).join('\n');
  return block.text;
}
