/** Corpus: operator spellings and the operator copied into the actual (issue 7). */
import { expectCase, title } from './expectRow';
import { OPERATOR_CASES } from './operators.cases';

describe('corpus: operators', () => {
  test('has at least 60 real-style cells', () => {
    expect(OPERATOR_CASES.length).toBeGreaterThanOrEqual(60);
  });

  test.each(OPERATOR_CASES.map((c) => [title(c), c] as const))('%s', (_title, c) => {
    expectCase(c);
  });

  test('the copied operator is a warning naming the actual cell and the value', () => {
    const { scoreOne } = jest.requireActual<typeof import('../helpers')>('../helpers');
    const r = scoreOne({ target: '≥266米', actual: '≥266米' });
    expect(r.all.findings.find((f) => f.code === 'operator-in-actual')).toEqual({
      level: 'warning',
      cell: 'E5',
      code: 'operator-in-actual',
      message: 'E5：实现值“≥266米”含比较符号，已按其中的数值计算；实现值应填写实际完成的数值',
      text: expect.objectContaining({ code: 'operator-in-actual' }),
    });
  });
});
