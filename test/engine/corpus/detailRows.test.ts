/** Corpus: detail rows (其中：…) without a weight are listed, not scored, never an error (issue 7). */
import { scoreEvaluation, type CellValue } from '../../../src/engine';
import { inputOf } from '../helpers';
import { DETAIL_ROW_CASES, type DetailOutcome } from './detailRows.cases';

/** Parent row (weight 10), the row under test, a last row (weight 10): 产出指标 is 20 points. */
function table(name: string, weight: CellValue) {
  const input = inputOf([
    { target: '≥100万元', actual: '100万元', weight: 10, name: '资金到位金额' },
    { target: '≥40万元', actual: '42万元', weight, name },
    { target: '≥95%', actual: '96%', weight: 10, name: '资金到位率', category: null },
  ]);
  return scoreEvaluation(input);
}

describe('corpus: detail rows', () => {
  test('has at least 60 real-style cells', () => {
    expect(DETAIL_ROW_CASES.length).toBeGreaterThanOrEqual(60);
  });

  test.each(DETAIL_ROW_CASES)('%j with weight %j -> %s', (name, weight, outcome: DetailOutcome) => {
    const r = table(name, weight);
    const row = r.indicators[1];
    if (outcome === 'detail') {
      expect(row).toMatchObject({
        name: name.trim(),
        section: '产出指标',
        weight: null,
        score: null,
        rate: null,
        flag: 'ok',
        detail: true,
        note: '明细行（其中项），无单独分值，不单独计分',
      });
      expect(r.counts).toMatchObject({ indicators: 2, errors: 0, fullMarks: 2 });
      expect(r.sections.find((s) => s.name === '产出指标')?.score).toBe(20);
      expect(r.findings.filter((f) => f.cell === 'E6' || f.cell === 'G6')).toEqual([]);
      expect(r.findings.some((f) => f.code === 'section-weights' && f.message.startsWith('产出指标'))).toBe(
        false,
      );
    } else if (outcome === 'scored') {
      expect(row.detail).toBeUndefined();
      expect(row.score).toBe(2);
      expect(r.counts.indicators).toBe(3);
    } else {
      expect(row.detail).toBeUndefined();
      expect(row.flag).toBe('error');
      expect(r.counts.errors).toBe(1);
    }
  });

  test('the same detail name under two parents is no duplicate indicator', () => {
    const r = scoreEvaluation(
      inputOf([
        { target: '≥100万元', actual: '100万元', weight: 10, name: '项目一资金' },
        { target: '≥40万元', actual: '42万元', weight: null, name: '其中：中央资金' },
        { target: '≥100万元', actual: '100万元', weight: 10, name: '项目二资金' },
        { target: '≥40万元', actual: '42万元', weight: null, name: '其中：中央资金' },
      ]),
    );
    expect(r.findings.filter((f) => f.code === 'duplicate-name')).toEqual([]);
    expect(r.counts.indicators).toBe(2);
  });

  test('without weights a detail row gets no share of the equal split', () => {
    const input = {
      ...inputOf([
        { target: '≥100万元', actual: '100万元', name: '资金到位金额' },
        { target: '≥40万元', actual: '42万元', name: '其中：中央资金' },
        { target: '≥95%', actual: '96%', name: '资金到位率' },
      ]),
      hasWeights: false,
    };
    const r = scoreEvaluation(input);
    expect(r.indicators.map((i) => i.weight)).toEqual([10, null, 10]);
    expect(r.findings.find((f) => f.code === 'equal-split')?.message).toBe(
      '未提供分值，产出指标的2个指标平均分配20分（末项取余数）',
    );
  });
});
