/**
 * PE_Rules as data (docs/scoring-rules.md §13): one test per setting and per bad value (table-driven),
 * and the effective profile's sections, categories, groups, precision and grades.
 */
import { scoreEvaluation, type InputCell, type RuleOverrides } from '../../src/engine';
import { PROFILES } from '../../src/engine/profiles';
import { applyRules, resolveRules } from '../../src/engine/rules';
import { readRuleRows, type RuleRowInput } from '../../src/engine/rulesSettings';
import { cell, inputOf, pct } from './helpers';
import { seedInput } from './seedInput';

/** Rows K/L from row 3: [setting, value] pairs; a value may be a prepared cell. */
function rows(pairs: Array<[unknown, unknown]>): RuleRowInput[] {
  return pairs.map(([setting, value], i) => ({
    setting: cell(`K${i + 3}`, setting as string),
    value:
      value !== null && typeof value === 'object' && 'address' in (value as object)
        ? { ...(value as InputCell), address: `L${i + 3}` }
        : cell(`L${i + 3}`, value as string),
  }));
}

const gz = PROFILES['guangzhou-dept'];
const nat = PROFILES['national-project'];

describe('each setting, Chinese and English spellings, case-insensitive', () => {
  test.each<[string, unknown, unknown, RuleOverrides | { base: string }]>([
    ['base', '基础规则', 'national-project', { base: 'national-project' }],
    ['base', 'BASE', ' Guangzhou-Dept ', { base: 'guangzhou-dept' }],
    ['section', '产出指标', 40, { sections: { 产出指标: 40 } }],
    ['section', '效益', '30分', { sections: { 效益指标: 30 } }],
    ['section', 'Satisfaction', 20, { sections: { 满意度指标: 20 } }],
    ['section', '成本指标', 10, { sections: { 成本指标: 10 } }],
    ['section', '预算执行率', 0, { sections: { 预算执行率: 0 } }],
    ['section', 'management', '0', { sections: { 管理效率: 0 } }],
    ['decimals', '小数位', 0, { decimals: 0 }],
    ['decimals', 'Decimals', '1', { decimals: 1 }],
    ['decimals', '小数位：', '2位', { decimals: 2 }],
    ['rounding', '取舍', '去尾', { rounding: 'down' }],
    ['rounding', 'rounding', 'DOWN', { rounding: 'down' }],
    ['rounding', '取舍', '四舍五入', { rounding: 'half-up' }],
    ['rounding', 'Rounding', 'Half-Up', { rounding: 'half-up' }],
    ['over150', '超过150%', '减半', { overAchievementFactor: '0.5' }],
    ['over150', 'over150', 'none', { overAchievementFactor: '1' }],
    ['over150', '超过150％', '不扣分', { overAchievementFactor: '1' }],
    ['over150', 'OVER150', 'half', { overAchievementFactor: '0.5' }],
    ['over150', '超过150%', 0.8, { overAchievementFactor: '0.8' }],
    ['over150', '超过150%', '80%', { overAchievementFactor: '0.8' }],
    ['qualitative', '定性差一级', '60%', { qualitativeOneLevelShort: '0.6' }],
    ['qualitative', 'qualitative-one-level', 80, { qualitativeOneLevelShort: '0.8' }],
    ['qualitative', '定性差一级', 0.5, { qualitativeOneLevelShort: '0.5' }],
    ['qualitative', '定性差一级', pct('L3', 0.7), { qualitativeOneLevelShort: '0.7' }],
    [
      'grades',
      '等级',
      '优90 良80 中60',
      {
        gradeBands: [
          { grade: '优', min: 90 },
          { grade: '良', min: 80 },
          { grade: '中', min: 60 },
          { grade: '差', min: 0 },
        ],
      },
    ],
    [
      'grades',
      'GRADES',
      '优秀≥85，良好≥75，合格≥60，差<60',
      {
        gradeBands: [
          { grade: '优', min: 85 },
          { grade: '良', min: 75 },
          { grade: '中', min: 60 },
          { grade: '差', min: 0 },
        ],
      },
    ],
  ])('%s: %s = %j', (_kind, setting, value, expected) => {
    const parsed = readRuleRows(rows([[setting, value]]));
    expect(parsed.findings).toEqual([]);
    if ('base' in expected) expect(parsed.base).toEqual({ id: expected.base, cell: 'L3' });
    else expect(parsed.overrides).toEqual(expected);
  });
});

describe('each bad value is a warning on the value cell, and the setting keeps its default', () => {
  test.each<[string, unknown, string]>([
    ['基础规则', 'shanxi', '应为 guangzhou-dept 或 national-project'],
    ['产出指标', -5, '为负数'],
    ['产出指标', 120, '超过100分'],
    ['产出指标', '约20', '无法识别为数字'],
    ['产出指标', '20%', '是百分比，不是数值'],
    ['产出指标', '20个', '不是分值'],
    ['产出指标', 12.345, '超过两位小数'],
    ['小数位', 3, '应为2、1或0'],
    ['小数位', '两位', '应为2、1或0'],
    ['取舍', '进一', '应为“四舍五入/half-up”或“去尾/down”'],
    ['超过150%', '打折', '应为“减半/half”、“不扣分/none”或0～1之间的系数（如0.5）'],
    ['超过150%', 1.5, '应为“减半/half”、“不扣分/none”或0～1之间的系数（如0.5）'],
    ['定性差一级', '120%', '应为分值的百分比（如60%）'],
    ['定性差一级', '六成', '应为分值的百分比（如60%）'],
    ['等级', '优90 良95 中60', '应为“优90 良80 中60”这样的三档下限，由高到低'],
    ['等级', '优90 中60', '应为“优90 良80 中60”这样的三档下限，由高到低'],
    ['等级', 'A90 B80 C60', '应为“优90 良80 中60”这样的三档下限，由高到低'],
    ['等级', { address: 'L3', value: { error: '#N/A' } }, '应为“优90 良80 中60”这样的三档下限，由高到低'],
  ])('%s = %j', (setting, value, why) => {
    const parsed = readRuleRows(rows([[setting, value]]));
    expect(parsed.overrides).toEqual({});
    expect(parsed.base).toBeNull();
    expect(parsed.findings).toHaveLength(1);
    const [finding] = parsed.findings;
    expect(finding.level).toBe('warning');
    expect(finding.code).toBe('rules-bad-value');
    expect(finding.cell).toBe('L3');
    expect(finding.message).toContain(`L3：PE_Rules 的“${setting}”值`);
    expect(finding.message).toContain(why);
    expect(finding.message).toContain('该设置按基础规则');
  });
});

describe('the block', () => {
  test('an unknown setting is a warning on its own cell, listing the settings', () => {
    const parsed = readRuleRows(
      rows([
        ['小数点', 1],
        ['小数位', 1],
      ]),
    );
    expect(parsed.overrides).toEqual({ decimals: 1 });
    expect(parsed.findings).toEqual([
      expect.objectContaining({ level: 'warning', cell: 'K3', code: 'rules-unknown-setting' }),
    ]);
    expect(parsed.findings[0].message).toContain('设置“小数点”无法识别（可用：基础规则、产出指标');
  });

  test('blank rows, a header row and settings with a blank value are skipped silently', () => {
    const parsed = readRuleRows(
      rows([
        [null, null],
        ['设置', '值'],
        ['小数位', 0],
        [null, null],
        ['取舍', null],
        ['等级', '  '],
      ]),
    );
    expect(parsed.findings).toEqual([]);
    expect(parsed.overrides).toEqual({ decimals: 0 });
  });

  test('a header word further down is an unknown setting, not a header', () => {
    const parsed = readRuleRows(
      rows([
        ['小数位', 0],
        ['设置', '值'],
      ]),
    );
    expect(parsed.findings.map((f) => f.code)).toEqual(['rules-unknown-setting']);
  });

  test('a value without a setting, and a repeated setting, are warnings; the first stands', () => {
    const parsed = readRuleRows(
      rows([
        ['小数位', 1],
        [null, 0],
        ['decimals', 0],
      ]),
    );
    expect(parsed.overrides).toEqual({ decimals: 1 });
    expect(parsed.findings.map((f) => [f.code, f.cell])).toEqual([
      ['rules-no-setting', 'K4'],
      ['rules-duplicate', 'K5'],
    ]);
    expect(parsed.findings[1].message).toBe('K5：PE_Rules 的“小数位”重复（已在K3设置），以K3为准');
  });
});

describe('the effective profile', () => {
  test('no overrides: the base profile itself', () => {
    expect(resolveRules('guangzhou-dept').profile).toBe(gz);
    expect(resolveRules('guangzhou-dept').changed).toEqual([]);
  });

  test('0 removes a section, from its group too; an empty group disappears', () => {
    const p = applyRules(gz, { sections: { 预算执行率: 0, 管理效率: 0, 产出指标: 50, 效益指标: 50 } });
    expect(p.sections.map((s) => [s.name, s.points])).toEqual([
      ['产出指标', 50],
      ['效益指标', 50],
    ]);
    expect(p.groups).toEqual([{ name: '履职效能', sections: ['产出指标', '效益指标'] }]);
  });

  test('an added section goes in catalog order and joins the indicator group; 满意度 moves to it', () => {
    const p = applyRules(gz, { sections: { 满意度指标: 10, 产出指标: 15, 效益指标: 15 } });
    expect(p.sections.map((s) => s.name)).toEqual([
      '产出指标',
      '效益指标',
      '满意度指标',
      '预算执行率',
      '管理效率',
    ]);
    expect(p.groups[0]).toEqual({
      name: '履职效能',
      sections: ['产出指标', '效益指标', '满意度指标', '预算执行率'],
    });
    expect(p.categories['满意度']).toBe('满意度指标');
    expect(p.categories['服务对象满意度']).toBe('满意度指标');
    expect(gz.categories['满意度']).toBe('效益指标');
  });

  test('成本指标 added takes the 成本 categories; removed, they fall back to 产出指标', () => {
    const withCost = applyRules(nat, { sections: { 成本指标: 10, 产出指标: 40 } });
    expect(withCost.sections.map((s) => s.name)).toEqual([
      '产出指标',
      '成本指标',
      '效益指标',
      '满意度指标',
      '预算执行率',
    ]);
    expect(withCost.categories['成本']).toBe('成本指标');
    expect(withCost.categories['数量']).toBe('产出指标');
    expect(applyRules(withCost, { sections: { 成本指标: 0 } }).categories['成本']).toBe('产出指标');
  });

  test('满意度指标 removed from national-project: 满意度 goes back to 效益指标', () => {
    const p = applyRules(nat, { sections: { 满意度指标: 0, 效益指标: 40 } });
    expect(p.categories['满意度']).toBe('效益指标');
    expect(p.sections.some((s) => s.name === '满意度指标')).toBe(false);
  });

  test('产出指标 removed: its categories map nowhere (a row error naming the category)', () => {
    const result = scoreEvaluation({
      ...inputOf([{ target: '≥1', actual: 1, category: '数量指标' }]),
      rules: { sections: { 产出指标: 0, 效益指标: 40 } },
    });
    expect(result.indicators[0].flag).toBe('error');
    expect(result.indicators[0].note).toContain('类别“数量指标”无法对应');
  });

  test('removing every indicator section is not applied: a warning, the base sections stand', () => {
    const r = resolveRules('guangzhou-dept', { sections: { 产出指标: 0, 效益指标: 0 }, decimals: 0 });
    expect(r.profile.sections).toEqual(gz.sections);
    expect(r.profile.precision.decimals).toBe(0);
    expect(r.findings.map((f) => f.code)).toEqual(['rules-invalid']);
  });

  test('points not adding up to 100 are applied, with a warning', () => {
    const r = resolveRules('guangzhou-dept', { sections: { 产出指标: 30 } });
    expect(r.profile.sections[0].points).toBe(30);
    expect(r.findings.map((f) => [f.code, f.message])).toEqual([
      [
        'rules-total',
        'PE_Rules 设定后各部分分值合计110分（产出指标30、效益指标20、预算执行率10、管理效率50），不是100分，已按设定计分',
      ],
    ]);
  });

  test('changed lists only what differs from the base, in table order', () => {
    const r = resolveRules('guangzhou-dept', {
      decimals: 0,
      rounding: 'down',
      overAchievementFactor: '0.5', // the base's own: not a change
      qualitativeOneLevelShort: '0.8',
      gradeBands: [
        { grade: '优', min: 85 },
        { grade: '良', min: 75 },
        { grade: '中', min: 60 },
        { grade: '差', min: 0 },
      ],
      sections: { 预算执行率: 20, 管理效率: 40, 产出指标: 20 },
    });
    expect(r.changed.map((c) => [c.setting, c.label, c.value, c.text])).toEqual([
      ['预算执行率', '预算执行率', '20', '20分'],
      ['管理效率', '管理效率', '40', '40分'],
      ['decimals', '小数位', '0', '0（取整数）'],
      ['rounding', '取舍', 'down', '去尾'],
      ['qualitative-one-level', '定性差一级', '80%', '分值的80%'],
      ['grades', '等级', '优85 良75 中60', '优85 良75 中60'],
    ]);
  });
});

describe('settings change the scores', () => {
  const one = (rules: RuleOverrides, spec: Parameters<typeof inputOf>[0][number]) =>
    scoreEvaluation({ ...inputOf([spec]), rules }).indicators[0];

  test.each<[string, RuleOverrides, number, string]>([
    ['2 decimals half-up (default)', {}, 2.47, '完成率98.996%，按分值2.5分×98.996%计2.47分'],
    ['1 decimal half-up', { decimals: 1 }, 2.5, '完成率99.00%，按分值2.5分×99.00%计2.5分'],
    ['1 decimal down', { decimals: 1, rounding: 'down' }, 2.4, '完成率99.00%，按分值2.5分×99.00%计2.4分'],
    ['whole points half-up', { decimals: 0 }, 2, '完成率99.00%，按分值2.5分×99.00%计2分'],
    ['whole points down', { decimals: 0, rounding: 'down' }, 2, '完成率99.00%，按分值2.5分×99.00%计2分'],
  ])('%s: 2.5 × 98.996%%', (_name, rules, score, note) => {
    const r = one(rules, { target: '≥100000', actual: 98996, weight: 2.5 });
    expect(r.score).toBe(score);
    expect(r.note).toBe(note);
  });

  test('full marks are the weight itself, never rounded away (2.5 under whole points)', () => {
    const r = one({ decimals: 0, rounding: 'down' }, { target: '≥10', actual: 12, weight: 2.5 });
    expect(r.score).toBe(2.5);
    expect(r.note).toBe('完成率120.00%，得满分2.5分');
  });

  test.each<[RuleOverrides, number, string]>([
    [{}, 1, '完成率200.00%，超过150%，按分值的一半计1.00分'],
    [
      { overAchievementFactor: '1' },
      2,
      '完成率200.00%，超过150%，仍计满分2.00分（目标设置偏低，需调整目标）',
    ],
    [{ overAchievementFactor: '0.8' }, 1.6, '完成率200.00%，超过150%，按分值2分×0.8计1.60分'],
    [{ overAchievementFactor: '0.8', decimals: 0 }, 2, '完成率200.00%，超过150%，按分值2分×0.8计2分'],
  ])('over150 %j', (rules, score, note) => {
    const r = one(rules, { target: '≥10', actual: 20, weight: 2 });
    expect([r.score, r.flag, r.note]).toEqual([score, 'over150', note]);
  });

  test('qualitative one level short takes the set percentage', () => {
    const r = one({ qualitativeOneLevelShort: '0.8' }, { target: '优秀', actual: '良好', weight: 2 });
    expect([r.score, r.note]).toEqual([1.6, '实现“良好”，比目标低1个等级，按分值2分×80%计1.60分']);
  });

  test('grades follow the set bands', () => {
    const base = seedInput();
    expect(scoreEvaluation(base).grade).toBe('优');
    const strict = {
      gradeBands: [95, 85, 70].map((min, i) => ({ grade: (['优', '良', '中'] as const)[i], min })),
    };
    const r = scoreEvaluation({
      ...base,
      rules: { gradeBands: [...strict.gradeBands, { grade: '差', min: 0 }] },
    });
    expect([r.total, r.grade]).toEqual([94.46, '良']);
  });

  test('budget and deductions follow the precision; sums stay sums of the rounded parts', () => {
    const r = scoreEvaluation({ ...seedInput(), rules: { decimals: 0, rounding: 'down' } });
    expect(r.budget.score).toBe(9);
    expect(r.budget.note).toBe('支出率99.41%（13670.54÷13752.09），按分值10分×99.41%计9分');
    expect(r.deductions.map((d) => d.deducted)).toEqual([2, 1, 0, 1]);
    // 效益: the two over-150% halves (0.5) and 0.98 are all cut to 0 under whole points cut down.
    expect(r.sections.map((s) => s.score)).toEqual([20, 17, 9, 46]);
    expect(r.groups.map((g) => g.score)).toEqual([46, 46]);
    expect(r.total).toBe(92);
  });

  test('equal split follows the decimals: 20 over 3 rows is 7, 7, 6 under whole points', () => {
    const input = inputOf([
      { target: '≥1', actual: 1 },
      { target: '≥1', actual: 1 },
      { target: '≥1', actual: 1 },
    ]);
    const r = scoreEvaluation({ ...input, hasWeights: false, rules: { decimals: 0 } });
    expect(r.indicators.map((i) => i.weight)).toEqual([7, 7, 6]);
    const one = scoreEvaluation({ ...input, hasWeights: false, rules: { decimals: 1 } });
    expect(one.indicators.map((i) => i.weight)).toEqual([6.7, 6.7, 6.6]);
  });

  test('a section with points but no indicators scores 0, with a warning (no weights)', () => {
    const input = { ...inputOf([{ target: '≥1', actual: 1 }]), hasWeights: false };
    const r = scoreEvaluation({ ...input, rules: { sections: { 满意度指标: 10, 效益指标: 10 } } });
    expect(r.sections.find((s) => s.name === '满意度指标')).toEqual({
      name: '满意度指标',
      points: 10,
      score: 0,
    });
    expect(r.findings.map((f) => f.message)).toContain('满意度指标（10分）没有指标，得0分');
    expect(r.findings.map((f) => f.message)).toContain('效益指标（10分）没有指标，得0分');
  });

  test('without categories the one block is worth the effective indicator sections', () => {
    const input = { ...inputOf([{ target: '≥1', actual: 1 }]), hasCategories: false };
    const r = scoreEvaluation({
      ...input,
      rules: { sections: { 产出指标: 40, 效益指标: 40, 预算执行率: 20, 管理效率: 0 } },
    });
    expect(r.sections.map((s) => [s.name, s.points])).toEqual([
      ['绩效指标（未分类）', 80],
      ['预算执行率', 20],
    ]);
    expect(r.groups).toEqual([{ name: '履职效能', points: 100, score: 21 }]);
  });

  test('the seed without rules is unchanged, and rules are reported on the result', () => {
    const r = scoreEvaluation(seedInput());
    expect([r.total, r.grade]).toEqual([94.46, '优']);
    expect(r.rules.base).toBe('guangzhou-dept');
    expect(r.rules.changed).toEqual([]);
    expect(r.rules.profile).toBe(gz);
  });
});

test('管理效率 removed: its items are ignored with an info finding that says PE_Rules removed it', () => {
  const r = scoreEvaluation({ ...seedInput(), rules: { sections: { 管理效率: 0, 产出指标: 70 } } });
  expect(r.sections.map((s) => s.name)).toEqual(['产出指标', '效益指标', '预算执行率']);
  expect(r.deductions).toEqual([]);
  expect(r.findings).toContainEqual({
    level: 'info',
    cell: null,
    code: 'management-ignored',
    message: 'PE_Rules 设定不含管理效率部分，管理效率扣分项未计入',
    text: { code: 'management-ignored-rules', params: {} },
  });
});
