/**
 * Corpus: template rows that hold no indicator (指标2：, ……, a row marked `/` not applicable), as
 * published tables print them (天长 2022, 廊坊 2019). Without a target, an actual and a weight they are
 * no indicator: not listed, not counted, one info finding; with a weight they stay row errors.
 */
import { scoreEvaluation, type CellValue } from '../../../src/engine';
import { inputOf } from '../helpers';

type Outcome = 'placeholder' | ['error', string];

const CASES: Array<[name: CellValue, target: CellValue, actual: CellValue, weight: CellValue, Outcome]> = [
  ['指标2：', null, null, null, 'placeholder'],
  ['指标2:', null, null, null, 'placeholder'],
  ['指标2', null, null, null, 'placeholder'],
  ['……', null, null, null, 'placeholder'],
  ['…', null, null, null, 'placeholder'],
  ['指标1', null, null, null, 'placeholder'],
  ['指标1:/', '/', '/', null, 'placeholder'],
  ['/', '/', '/', '/', 'placeholder'],
  ['生态效益', '—', '—', null, 'placeholder'],
  ['生态效益', '－', '－', null, 'placeholder'],
  ['生态效益', '不适用', '不适用', null, 'placeholder'],
  ['生态效益', '不涉及', null, null, 'placeholder'],
  ['生态效益', '无此项', '无此项', null, 'placeholder'],
  [null, '/', null, null, 'placeholder'],
  ['指标1:工程质量合格', null, null, 10, ['error', 'D6：目标值为空']],
  ['指标1:年度资金支付完成率100%', null, null, 10, ['error', 'E6：实现值为空']],
  ['生态效益', '/', '/', 10, ['error', 'D6：目标值“/”表示不适用']],
  ['生态效益', '/', '95%', 10, ['error', 'D6：目标值“/”表示不适用']],
  ['生态效益', '≥95%', '/', 10, ['error', 'E6：实现值“/”表示不适用']],
  ['生态效益', '≥95%', '—', 10, ['error', 'E6：实现值“—”表示不适用']],
  ['生态效益', '不适用', '不适用', 10, ['error', '表示不适用']],
  ['指标2', null, null, 0, ['error', '目标值为空']],
];

/** A real row (10 points), the row under test (no category: it inherits), a last real row (10). */
function table(name: CellValue, target: CellValue, actual: CellValue, weight: CellValue) {
  return scoreEvaluation(
    inputOf([
      { target: '≥100个', actual: '100个', weight: 10, name: '建设数量' },
      { target, actual, weight, name, category: null },
      { target: '≥95%', actual: '96%', weight: 10, name: '验收合格率', category: null },
    ]),
  );
}

describe('corpus: placeholder rows', () => {
  test.each(CASES)('%j %j / %j weight %j -> %j', (name, target, actual, weight, outcome) => {
    const r = table(name, target, actual, weight);
    if (outcome === 'placeholder') {
      expect(r.indicators.map((i) => i.name)).toEqual(['建设数量', '验收合格率']);
      expect(r.counts).toMatchObject({ indicators: 2, errors: 0 });
      expect(r.complete).toBe(true);
      expect(r.findings.filter((f) => f.code === 'placeholder-rows').map((f) => [f.level, f.cell])).toEqual([
        ['info', 'E6'],
      ]);
      return;
    }
    const row = r.indicators[1];
    expect([row.flag, row.score]).toEqual(['error', null]);
    expect(row.note).toContain(outcome[1]);
    expect(r.findings.some((f) => f.code === 'placeholder-rows')).toBe(false);
  });

  test('a placeholder row carrying a merged category passes it to the rows below', () => {
    const r = scoreEvaluation(
      inputOf(
        [
          { target: '≥100个', actual: '100个', weight: 10, name: '建设数量', category: '数量指标' },
          { target: null, actual: null, weight: null, name: '指标1', category: '满意度指标' },
          { target: '≥95%', actual: '96%', weight: 10, name: '群众满意度', category: null },
        ],
        'national-project',
      ),
    );
    expect(r.indicators.map((i) => [i.name, i.section])).toEqual([
      ['建设数量', '产出指标'],
      ['群众满意度', '满意度指标'],
    ]);
  });

  test('the info finding names the rows, five at most', () => {
    const rows = [
      { target: '≥100个', actual: '100个', weight: 10, name: '建设数量' },
      ...['指标2', '……', '指标2', '……', '指标2', '……'].map((name) => ({
        target: null,
        actual: null,
        weight: null,
        name,
        category: null,
      })),
    ];
    const f = scoreEvaluation(inputOf(rows)).findings.find((x) => x.code === 'placeholder-rows');
    expect(f?.message).toBe(
      'C6“指标2”、C7“……”、C8“指标2”、C9“……”、C10“指标2”等6行没有目标值、实现值和分值，视为模板空行，不作为指标',
    );
  });
});
