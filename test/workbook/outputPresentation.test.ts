/**
 * outputPresentation: the bold lines of 自评报告 follow from its text (the rule undo re-applies after a
 * run rewrote the sheet). On every draft we can make — the seed, the seed with nothing filled in, a
 * national project table, the published layouts — the rule marks exactly the draft's title, headings
 * and table header, and nothing else; 评分汇总 / 扣分明细 get their widths; any other sheet nothing.
 */
import { scoreEvaluation, type ScoreResult } from '../../src/engine';
import { draftReport } from '../../src/report';
import { planScoring, reportSheetContent } from '../../src/workbook';
import { outputPresentation } from '../../src/workbook/outputPresentation';
import { seedInput } from '../engine/seedInput';
import { snapshotOf } from './helpers/fakeWorkbook';
import { workbookOf } from './detect/layout';
import { LAYOUT_CASES } from './detect/layouts';
import { nationalProject } from './detect/national';

/**
 * Rows (of the sheet) bold by the draft's own block kinds: the sheet's title line (row 0), then the
 * draft's title, headings and table headers.
 */
function boldByKind(result: ScoreResult): number[] {
  const rows: number[] = [0];
  let row = 1;
  for (const block of draftReport(result, { sheet: 'S' }).blocks) {
    if (block.kind !== 'paragraph') rows.push(row);
    row += block.kind === 'table' ? 1 + block.rows.length : 1;
  }
  return rows;
}

function planned(layout: ReturnType<typeof nationalProject>): ScoreResult | null {
  const run = planScoring(snapshotOf(workbookOf(layout), layout.name), { detect: true });
  return run.ok ? run.run.result : null;
}

const seed = scoreEvaluation(seedInput());
const emptied = scoreEvaluation({
  ...seedInput(),
  indicators: seedInput().indicators.map((i) => ({ ...i, actual: { ...i.actual, value: null } })),
});
const results: [string, ScoreResult][] = [
  ['the seed', seed],
  ['the seed with no actual value', emptied],
  ['a national project table', planned(nationalProject())!],
  ...LAYOUT_CASES.filter((c) => !c.problem).flatMap((c) => {
    const result = planned(c.layout);
    return result ? [[c.source.slice(0, 40), result] as [string, ScoreResult]] : [];
  }),
];

describe.each(results)('自评报告 of %s', (_name, result) => {
  const content = reportSheetContent('S', draftReport(result, { sheet: 'S' }));

  it('bold exactly the draft’s title, headings and table header, derived from the lines alone', () => {
    expect((content.bold ?? []).map((b) => b.row)).toEqual(boldByKind(result));
    expect(outputPresentation(content.rows, content.fills ?? [])).toEqual({
      columnWidths: content.columnWidths,
      bold: content.bold,
      wrapColumns: content.wrapColumns,
      pageSetup: content.pageSetup,
    });
  });
});

test('评分汇总 / 扣分明细 by their title: their widths; another sheet: nothing', () => {
  expect(outputPresentation([['绩效自评评分汇总：S']], [])).toEqual({ columnWidths: [30, 24, 12, 12] });
  expect(outputPresentation([['扣分明细：S']], [])).toEqual({ columnWidths: [36, 10, 12, 10, 10, 10, 48] });
  expect(outputPresentation([['一、部门基本情况']], [])).toEqual({});
  expect(outputPresentation([], [])).toEqual({});
});
