/** The department's own 得分 against ours (§11): a warning naming the cell, never a silent fix. */
import { scoreEvaluation, type CellValue } from '../../src/engine';
import { cell, inputOf } from './helpers';

/** One row: ≥100个 against 95个, weight 10 → 9.50 points; the reported score in I5. */
function withReported(reported: CellValue, spec: { target?: CellValue; actual?: CellValue } = {}) {
  const input = inputOf([{ target: spec.target ?? '≥100个', actual: spec.actual ?? '95个', weight: 10 }]);
  input.indicators[0].reportedScore = cell('I5', reported);
  return scoreEvaluation(input).findings.filter((f) => f.code.startsWith('reported-score'));
}

describe('reported score (填报得分)', () => {
  test.each<[CellValue, string | null]>([
    [9.5, null],
    ['9.5', null],
    ['9.50分', null],
    [null, null],
    ['', null],
    [9, 'I5：填报得分9与重算得分9.5不一致（完成率95.00%，按分值10分×95.00%计9.50分）'],
    [9.49, 'I5：填报得分9.49与重算得分9.5不一致（完成率95.00%，按分值10分×95.00%计9.50分）'],
    [10, 'I5：填报得分10与重算得分9.5不一致（完成率95.00%，按分值10分×95.00%计9.50分）'],
    [12, 'I5：填报得分12超过分值10分（重算得分9.5）'],
    ['满分', 'I5：填报得分“满分”无法识别为数字'],
  ])('%j -> %j', (reported, message) => {
    const found = withReported(reported);
    expect(found.map((f) => f.message)).toEqual(message === null ? [] : [message]);
    expect(found.every((f) => f.level === 'warning' && f.cell === 'I5')).toBe(true);
  });

  test('codes: a different or too large figure is a mismatch, text that is no number is unreadable', () => {
    expect(withReported(9).map((f) => f.code)).toEqual(['reported-score-mismatch']);
    expect(withReported(12).map((f) => f.code)).toEqual(['reported-score-mismatch']);
    expect(withReported('满分').map((f) => f.code)).toEqual(['reported-score-unreadable']);
  });

  test('a row that cannot be scored is not compared (its error says enough)', () => {
    expect(withReported(10, { actual: '约95个' })).toEqual([]);
  });

  test('the score is never changed by it', () => {
    const input = inputOf([{ target: '≥100个', actual: '95个', weight: 10 }]);
    input.indicators[0].reportedScore = cell('I5', 10);
    expect(scoreEvaluation(input).indicators[0].score).toBe(9.5);
  });
});
