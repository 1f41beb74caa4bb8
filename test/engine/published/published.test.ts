/**
 * Published tables scored as typed in (issue 7): every published score is reproduced to the cent, or
 * the row says why not (publisherError). The agreement figures are asserted so a change to the engine
 * that moves them is seen; docs/scoring-rules.md §14 quotes them.
 */
import { agreement, comparison, scorePublished, type Agreement } from './table';
import { PUBLISHED_TABLES } from './tables';

/** Rows with a published score (budget line included): agree to the cent / unreadable / differ. */
const AGREEMENT: Record<string, Agreement> = {
  '四川德阳中江县水利局-2022': { scored: 10, agree: 10, unreadable: 0, differ: 0 },
  '湖北黄冈水土保持与农田水利科研所-2020': { scored: 6, agree: 5, unreadable: 0, differ: 1 },
  '河北廊坊市食品工程学校-2019': { scored: 10, agree: 10, unreadable: 0, differ: 0 },
  '安徽滁州天长市水利局-2022': { scored: 10, agree: 4, unreadable: 6, differ: 0 },
  '山西运城稷山县医疗保障局-2020': { scored: 7, agree: 4, unreadable: 0, differ: 3 },
  '区商务局服务贸易发展资金-2020': { scored: 9, agree: 8, unreadable: 0, differ: 1 },
  '湖北襄阳市中心医院-2021': { scored: 6, agree: 6, unreadable: 0, differ: 0 },
  '区市场监督管理局长江禁捕-2020': { scored: 5, agree: 5, unreadable: 0, differ: 0 },
  '云南丽江古城区自然资源局-2020': { scored: 5, agree: 1, unreadable: 0, differ: 4 },
  '四川遂宁大英县司法局-2023': { scored: 1, agree: 1, unreadable: 0, differ: 0 },
};

describe.each(PUBLISHED_TABLES.map((t) => [t.id, t] as const))('published table %s', (_id, t) => {
  const r = scorePublished(t);

  test('every published score to the cent, or our documented figure', () => {
    const rows = comparison(t, r);
    expect(rows.map(([name, ours]) => [name, ours])).toEqual(
      rows.map(([name, , expected]) => [name, expected]),
    );
  });

  test('the only row errors are rows that print nothing to score; template rows are no indicators', () => {
    const notPrinted = t.rows
      .map((row, i) => ({ row, cell: `E${5 + i}` }))
      .filter(({ row }) => row.publisherError?.ours === null)
      .map(({ cell }) => cell);
    expect(r.indicators.filter((i) => i.flag === 'error').map((i) => i.cell)).toEqual(notPrinted);
    // Every real row of these tables prints a weight; the template's placeholders print none.
    expect(r.indicators.length).toBe(t.rows.filter((row) => row.weight !== null).length);
  });

  test('the engine names every published score it does not reproduce (reported-score-mismatch), and only those', () => {
    const named = r.findings.filter((f) => f.code === 'reported-score-mismatch').map((f) => f.cell);
    const differing = t.rows
      .map((row, i) => ({ row, cell: `I${5 + i}` }))
      .filter(({ row }) => row.publisherError && row.publisherError.ours !== null)
      .map(({ cell }) => cell);
    expect(named).toEqual(differing);
  });

  test('agreement with the published scores', () => {
    expect(agreement(t, r)).toEqual(AGREEMENT[t.id]);
  });
});

test('all published tables: 54 of 69 scores agree, 6 print nothing to score, 9 differ for a stated reason', () => {
  const sum = PUBLISHED_TABLES.map((t) => agreement(t)).reduce(
    (a, b) => ({
      scored: a.scored + b.scored,
      agree: a.agree + b.agree,
      unreadable: a.unreadable + b.unreadable,
      differ: a.differ + b.differ,
    }),
    { scored: 0, agree: 0, unreadable: 0, differ: 0 },
  );
  expect(sum).toEqual({ scored: 69, agree: 54, unreadable: 6, differ: 9 });
});

test('稷山 2020: whole points cut down give 98 where the county printed 94 (its own parts add to 93)', () => {
  const jishan = PUBLISHED_TABLES.find((t) => t.id.includes('稷山'));
  const r = scorePublished(jishan!);
  expect([r.total, r.grade, r.budget.score]).toEqual([98, '优', 9]);
});

test('廊坊 2019: whole points half-up, 8.62 is 9 on the indicator and on the budget line', () => {
  const langfang = PUBLISHED_TABLES.find((t) => t.id.includes('廊坊'));
  const r = scorePublished(langfang!);
  expect([r.indicators[0].score, r.budget.score, r.total]).toEqual([9, 9, 98]);
  expect(r.findings.filter((f) => f.code === 'placeholder-rows').map((f) => f.level)).toEqual(['info']);
});
