/** Corpus: units written before the number, fillers before an actual's figure (issue 7). */
import { expectCase, title } from './expectRow';
import { UNIT_BEFORE_CASES } from './unitsBefore.cases';

describe('corpus: units before the number', () => {
  test('has at least 60 real-style cells', () => {
    expect(UNIT_BEFORE_CASES.length).toBeGreaterThanOrEqual(60);
  });

  test.each(UNIT_BEFORE_CASES.map((c) => [title(c), c] as const))('%s', (_title, c) => {
    expectCase(c);
  });
});
