/** Completion rate (§5), indicator score (§6) and flags (§7), one row at a time. */
import type { CellValue, InputCell } from '../../src/engine';
import { cell, pct, scoreOne } from './helpers';

type Case = [string, CellValue | InputCell, CellValue | InputCell, number, number | null, number, string];

describe('at-least indicators around 100% and 150% (weight 1, guangzhou)', () => {
  // [label, target, actual, weight, rate, score, flag]
  const cases: Case[] = [
    ['99.99%', '≥100', 99.99, 1, 0.9999, 1, 'under100'],
    ['exactly 100%', '≥100', 100, 1, 1, 1, 'ok'],
    ['exactly 150%: full marks', '≥100', 150, 1, 1.5, 1, 'ok'],
    ['150.01%: cut to half', '≥100', 150.01, 1, 1.5001, 0.5, 'over150'],
    ['97.99% of weight 1 is 0.98', '100%', pct('E5', 0.9799), 1, 0.9799, 0.98, 'under100'],
    ['0 achieved', '≥10次', '0次', 2, 0, 0, 'under100'],
    ['seed 214.84% with weight 1', '≥80万', '171.87万', 1, 2.148375, 0.5, 'over150'],
    ['over 150% with weight 2.5', '≥4次', '7次', 2.5, 1.75, 1.25, 'over150'],
  ];
  test.each(cases)('%s', (_label, target, actual, weight, rate, score, flag) => {
    const r = scoreOne({ target, actual, weight });
    expect([r.rate, r.score, r.flag]).toEqual([rate, score, flag]);
  });

  test('"over 150%" is decided exactly: 2 × 4.5 = 3 × 3 is not over, 4.5000001 is', () => {
    expect(scoreOne({ target: '≥3', actual: 4.5 }).flag).toBe('ok');
    expect(scoreOne({ target: '≥3', actual: 4.5000001 }).flag).toBe('over150');
    expect(scoreOne({ target: '≥3万', actual: 45000 }).flag).toBe('ok');
    expect(scoreOne({ target: '≥3万', actual: 45001 }).flag).toBe('over150');
  });

  test('national-project caps over-achievement at the weight but still flags it', () => {
    const r = scoreOne({ target: '≥100', actual: 200, weight: 2 }, 'national-project');
    expect([r.score, r.flag]).toEqual([2, 'over150']);
    expect(r.note).toBe('完成率200.00%，超过150%，仍计满分2.00分（目标设置偏低，需调整目标）');
  });
});

describe('notes say how the score was obtained', () => {
  test.each([
    ['≥80万', '171.87万', 1, '完成率214.84%，超过150%，按分值的一半计0.50分'],
    ['100%', pct('E5', 0.9799), 1, '完成率97.99%，按分值1分×97.99%计0.98分'],
    ['≥95%', pct('E5', 0.999), 2, '完成率105.16%，得满分2.00分'],
  ])('%s vs %j', (target, actual, weight, note) => {
    expect(scoreOne({ target, actual, weight }).note).toBe(note);
  });
});

describe('target 0, equal and at-most indicators', () => {
  test('target 0: 100% with a warning', () => {
    const r = scoreOne({ target: 0, actual: 5 });
    expect([r.rate, r.score, r.flag]).toEqual([1, 1, 'ok']);
    expect(r.all.findings.find((f) => f.code === 'target-zero')).toMatchObject({
      level: 'warning',
      cell: 'D5',
    });
  });

  test.each<Case>([
    ['= met exactly', '=100', 100, 1, 1, 1, 'ok'],
    ['= below', '=100', 80, 1, 0.8, 0.8, 'under100'],
    ['= above: min ÷ max', '=100', 125, 1, 0.8, 0.8, 'under100'],
    ['≤ with actual = target', '≤5天', '5天', 2, 1, 2, 'ok'],
    ['≤ missed: target ÷ actual', '≤5天', '8天', 2, 0.625, 1.25, 'under100'],
    ['≤ with actual 0: met', '≤3件', 0, 1, 1, 1, 'review'],
    ['≤ over-achieving by 1.5: not review', '≤3%', '2%', 1, 1, 1, 'ok'],
    ['≤ over-achieving beyond 1.5: review', '≤3%', '1.9%', 1, 1, 1, 'review'],
    ['≤ reverse never cut', '≤10%', '1%', 2, 1, 2, 'review'],
  ])('%s', (_label, target, actual, weight, rate, score, flag) => {
    const r = scoreOne({ target, actual, weight });
    expect([r.rate, r.score, r.flag]).toEqual([rate, score, flag]);
  });

  test('review note names the ratio and asks for a check', () => {
    expect(scoreOne({ target: '≤10%', actual: '1%', weight: 2 }).note).toBe(
      '实现值未超过目标上限，完成率100.00%，得满分2.00分；目标÷实际=10.00，超过1.5，目标可能偏宽松，建议复核',
    );
  });

  test('review note for an actual of 0 against a ceiling says so plainly', () => {
    expect(scoreOne({ target: '≤3件', actual: 0, weight: 1 }).note).toBe(
      '实现值未超过目标上限，完成率100.00%，得满分1.00分；实际为0，远低于目标上限，目标可能偏宽松，建议复核',
    );
  });
});

describe('qualitative and binary indicators', () => {
  test.each([
    ['guangzhou-dept', '优秀', '优秀', 1, 2, 'ok'],
    ['guangzhou-dept', '良好以上', '优秀', 1, 2, 'ok'],
    ['guangzhou-dept', '优秀', '良好', 0.6, 1.2, 'under100'],
    ['guangzhou-dept', '良好及以上', '合格', 0.6, 1.2, 'under100'],
    ['guangzhou-dept', '优秀', '中等', 0, 0, 'under100'],
    ['guangzhou-dept', '达到优秀', '差', 0, 0, 'under100'],
    ['national-project', '优秀', '良好', 0.8, 1.6, 'under100'],
    ['national-project', '良好以上', '一般', 0.8, 1.6, 'under100'],
    ['national-project', '优秀', '一般', 0, 0, 'under100'],
  ] as const)(
    '%s: target %s, actual %s -> rate %s, score %s',
    (profile, target, actual, rate, score, flag) => {
      const r = scoreOne({ target, actual, weight: 2 }, profile);
      expect([r.rate, r.score, r.flag]).toEqual([rate, score, flag]);
    },
  );

  test.each([
    ['12月31日前完成', '完成', 1, 'ok'],
    ['12月31日前完成', '未完成', 0, 'under100'],
    ['按时完成', '按时', 1, 'ok'],
    ['是', '否', 0, 'under100'],
    ['达标', '达标', 1, 'ok'],
    ['有', '无', 0, 'under100'],
  ])('binary: target %s, actual %s -> %s', (target, actual, score, flag) => {
    const r = scoreOne({ target, actual });
    expect([r.score, r.flag]).toEqual([score, flag]);
  });

  test.each([
    ['≥95%', '5次'],
    ['≥95%', '9万'],
    ['≥5次', pct('E5', 0.5)],
  ])('a percentage against a number with a unit or magnitude is not guessed: %s vs %j', (target, actual) => {
    const r = scoreOne({ target, actual });
    expect(r.flag).toBe('error');
    expect(r.note).toMatch(/^E5：实现值“.+”与目标值“.+”（D5）类型不同，无法比较$/);
  });

  test('a level actual against a number target cannot be compared: row error', () => {
    const r = scoreOne({ target: '≥95%', actual: '优秀' });
    expect(r.flag).toBe('error');
    expect(r.note).toContain('无法比较');
  });
});

describe('percentages: 0.98 vs 98 vs "98%" vs percent-formatted 0.98 all mean 98%', () => {
  test.each([
    ['bare 0.98 (fraction, with a warning)', cell('E5', 0.98), true],
    ['bare 98 (percentage points)', cell('E5', 98), false],
    ['text "98%"', cell('E5', '98%'), false],
    ['percent-formatted 0.98', pct('E5', 0.98), false],
    ['text "９８％" (full-width)', cell('E5', '９８％'), false],
  ])('%s', (_label, actual, warned) => {
    const r = scoreOne({ target: '≥98%', actual });
    expect(r.rate).toBe(1);
    expect(r.all.findings.some((f) => f.code === 'ambiguous-percent')).toBe(warned);
  });

  test('the ambiguity warning names the cell and the reading', () => {
    const r = scoreOne({ target: '≥98%', actual: 0.98 });
    expect(r.all.findings.find((f) => f.code === 'ambiguous-percent')).toEqual({
      level: 'warning',
      cell: 'E5',
      code: 'ambiguous-percent',
      message: 'E5：实现值“0.98”按98%理解（另一侧为百分比），请确认',
      text: expect.objectContaining({ code: 'ambiguous-percent' }),
    });
  });

  test('a bare 1.2 against a target below 10% is percentage points, not a fraction', () => {
    expect(scoreOne({ target: '≥2%', actual: 1.2 }).rate).toBe(0.6);
  });

  test('a bare target against a percent actual: 95 means 95%', () => {
    expect(scoreOne({ target: 95, actual: pct('E5', 0.95) }).rate).toBe(1);
  });
});

describe('magnitudes and units', () => {
  test.each([
    ['≥8万人次 vs bare 80568', '≥8万人次', 80568, 1.0071],
    ['≥1亿元 vs 9000万元', '≥1亿元', '9000万元', 0.9],
    ['≥100万元 vs 1000000元', '≥100万元', '1000000元', 1],
    ['≥500元 vs 0.06万元', '≥500元', '0.06万元', 1.2],
    ['≥3千 vs 3600', '≥3千', 3600, 1.2],
    ['full-width ＞＝１００项 vs １２０项', '＞＝１００项', '１２０项', 1.2],
    ['thousands separators', '≥13,752.09万元', '13,670.54万元', 0.9941],
  ])('%s', (_label, target, actual, displayRate) => {
    const r = scoreOne({ target, actual });
    expect(r.displayRate).toBe(displayRate);
    expect(r.all.findings.some((f) => f.code === 'unit-mismatch')).toBe(false);
  });

  test('different nouns: warning, still scored', () => {
    const r = scoreOne({ target: '≥7万套', actual: '8万户' });
    expect(r.flag).toBe('ok');
    expect(r.all.findings.find((f) => f.code === 'unit-mismatch')?.message).toBe(
      'E5：实现值单位“户”与目标单位“套”（D5）不一致，仍按数值计算',
    );
  });
});
