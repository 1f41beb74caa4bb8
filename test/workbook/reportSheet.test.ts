/** The 自评报告 sheet's contents: one wide wrapped column, headings bold, the text of the draft. */
import { scoreEvaluation } from '../../src/engine';
import { draftReport, reportText } from '../../src/report';
import { reportSheetContent } from '../../src/workbook';
import { seedInput } from '../engine/seedInput';

describe('reportSheetContent on the seed', () => {
  const draft = draftReport(scoreEvaluation(seedInput()), { sheet: '绩效指标' });
  const content = reportSheetContent('绩效指标', draft);
  const texts = content.rows.map((row) => row[0]);

  it('one column, wide and wrapped, titled for the scored sheet', () => {
    expect(content.rows.every((row) => row.length === 1)).toBe(true);
    expect(content.columnWidths).toEqual([80]);
    expect(content.wrapColumns).toEqual([0]);
    expect(texts[0]).toBe('自评报告：绩效指标');
  });

  it('every paragraph of the draft, in order; headings and the table header bold', () => {
    const paragraphs = draft.blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text]));
    expect(texts.filter((t) => paragraphs.includes(String(t)))).toEqual(paragraphs);
    const boldTexts = (content.bold ?? []).map((b) => texts[b.row]);
    expect(boldTexts).toContain('（一）自评结论');
    expect(boldTexts).toContain('三、存在的主要问题');
    expect(boldTexts).toContain('部分 | 指标 | 完成率 | 分值 | 得分 | 标记 | 建议下年目标');
    expect(boldTexts.some((t) => String(t).startsWith('2023') || String(t).includes('自评报告'))).toBe(true);
    expect(texts).toContain('效益指标 | 区政务服务中心服务人数 | 214.84% | 1 | 0.50 | 需调整目标 | ≥170万');
  });

  it('says what the text says (same lines as reportText, table cells joined the same way)', () => {
    const lines = reportText(draft)
      .split('\n')
      .filter((l) => l !== '');
    expect(texts.slice(1)).toEqual(lines);
  });
});
