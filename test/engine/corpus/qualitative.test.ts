/** Corpus: qualitative targets and answers (issue 7). */
import { classifyAnswer } from '../../../src/engine/parse/answer';
import { scoreOne } from '../helpers';
import { expectCase, title } from './expectRow';
import { QUALITATIVE_CASES } from './qualitative.cases';

describe('corpus: qualitative answers', () => {
  test('has at least 60 real-style cells', () => {
    expect(QUALITATIVE_CASES.length).toBeGreaterThanOrEqual(60);
  });

  test.each(QUALITATIVE_CASES.map((c) => [title(c), c] as const))('%s', (_title, c) => {
    expectCase(c);
  });

  test.each([
    ['基本完成', 'partly'],
    ['未完成', 'no'],
    ['已完成', 'yes'],
    ['基本未完成', 'no'],
    ['部分达到', 'partly'],
    ['不断完善', 'yes'],
  ])('precedence: %s is %s', (text, answer) => {
    expect(classifyAnswer(text, '完成')).toBe(answer);
  });

  test('a hedge uses the profile factor: national-project is 80%', () => {
    const r = scoreOne({ target: '效果明显', actual: '基本达到', weight: 5 }, 'national-project');
    expect([r.displayRate, r.score, r.flag]).toEqual([0.8, 4, 'under100']);
    expect(r.note).toBe('实现“基本达到”，部分达到目标（差一级），按分值5分×80%计4.00分');
  });

  test('notes say what was read', () => {
    expect(scoreOne({ target: '效果明显', actual: '达成预期指标', weight: 8 }).note).toBe(
      '实现“达成预期指标”，达到目标，得满分8.00分',
    );
    expect(scoreOne({ target: '合规', actual: '不合规', weight: 8 }).note).toBe(
      '实现“不合规”，未达到目标，计0.00分',
    );
  });
});
