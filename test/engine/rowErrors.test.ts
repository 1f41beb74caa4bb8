/** Row errors, empty rows, category inheritance, weights and manual scores (§2–§4, §6). */
import { scoreEvaluation } from '../../src/engine';
import { cell, inputOf, pct, scoreOne } from './helpers';

describe('row errors name the cell, the value and why', () => {
  test.each([
    ['Excel error value', { error: '#DIV/0!' }, 'E5：实现值为错误值#DIV/0!'],
    ['#N/A', { error: '#N/A' }, 'E5：实现值为错误值#N/A'],
    ['error value handed over as text', '#VALUE!', 'E5：实现值为错误值#VALUE!'],
    ['empty actual', null, 'E5：实现值为空'],
    ['negative number', -3, 'E5：实现值“-3”为负数'],
    ['unparseable text', '约7万', 'E5：实现值“约7万”无法识别为数字'],
  ])('%s', (_label, actual, message) => {
    const r = scoreOne({ target: '≥5万', actual });
    expect(r.flag).toBe('error');
    expect([r.rate, r.displayRate, r.score, r.lost]).toEqual([null, null, null, 0]);
    expect(r.note).toBe(message);
    expect(r.all.findings.filter((f) => f.code === 'row-error')).toEqual([
      { level: 'error', cell: 'E5', message, code: 'row-error', text: expect.any(Object) },
    ]);
    expect(r.all.complete).toBe(false);
    expect(r.all.counts.errors).toBe(1);
  });

  test.each([
    ['yyyy-mm-dd', 'yyyy-mm-dd'],
    ['Chinese date with quoted literals', 'yyyy"年"m"月"d"日"'],
    ['time', 'h:mm'],
    ['locale-tagged date', '[$-804]yyyy/m/d'],
  ])('a number in a date-formatted cell (%s) is a date, not a quantity', (_label, format) => {
    // Excel turns a typed "1/2" into a date: its serial (45292) must not score as 449270%.
    const r = scoreOne({ target: '≥10', actual: cell('E5', 45292, format) });
    expect(r.flag).toBe('error');
    expect(r.note).toContain('E5：实现值“45292”是日期格式的单元格');
  });

  test.each([['General'], ['0.00'], ['#,##0'], ['0.00E+00'], ['#,##0"万元"'], ['[Red]0.00']])(
    'a number in a %s cell is still a number',
    (format) => {
      expect(scoreOne({ target: '≥10', actual: cell('E5', 12, format) }).flag).toBe('ok');
    },
  );

  test('a bad target is reported on its own cell', () => {
    const r = scoreOne({ target: '大约五万', actual: 5 });
    expect(r.note).toBe('D5：目标值“大约五万”无法识别为数字');
    expect(r.all.findings.find((f) => f.code === 'row-error')?.cell).toBe('D5');
  });

  test('each problem of a row is a finding on the cell it names', () => {
    const r = scoreOne({ target: null, actual: '约7万', weight: '两分', category: '其他' });
    expect(r.all.findings.filter((f) => f.code === 'row-error').map((f) => f.cell)).toEqual([
      'A5',
      'G5',
      'D5',
      'E5',
    ]);
    expect(r.note.split('；')).toHaveLength(4);
  });

  test('one bad row never stops the others', () => {
    const result = scoreEvaluation(
      inputOf([
        { target: '≥10', actual: 12, weight: 10 },
        { target: '≥10', actual: '约7万', weight: 5 },
        { target: '≥10', actual: 5, weight: 5 },
      ]),
    );
    expect(result.indicators.map((r) => r.flag)).toEqual(['ok', 'error', 'under100']);
    expect(result.sections[0].score).toBe(12.5);
  });
});

describe('empty and partly filled rows', () => {
  test('a completely empty row is skipped silently', () => {
    const input = inputOf([
      { target: '≥10', actual: 12, weight: 10 },
      { target: null, actual: null, weight: null, category: null, name: null },
      { target: '≥10', actual: 10, weight: 10 },
    ]);
    const result = scoreEvaluation(input);
    expect(result.indicators.map((r) => r.row)).toEqual([0, 2]);
    expect(result.indicators.map((r) => r.cell)).toEqual(['E5', 'E7']);
    expect(result.findings.filter((f) => f.level !== 'warning' || f.code !== 'section-weights')).toEqual([]);
    expect(result.counts.indicators).toBe(2);
  });

  test('a partly filled row (name and weight, no target or actual) is an error', () => {
    const r = scoreOne({ target: null, actual: null, name: '某指标' });
    expect(r.flag).toBe('error');
    expect(r.note).toBe('D5：目标值为空；E5：实现值为空');
  });
});

describe('categories', () => {
  test('a blank category inherits the row above (merged cells)', () => {
    const result = scoreEvaluation(
      inputOf([
        { target: '≥1', actual: 1, category: '效益指标' },
        { target: '≥1', actual: 1, category: null },
        { target: '≥1', actual: 1, category: '数量指标' },
        { target: '≥1', actual: 1, category: '' },
      ]),
    );
    expect(result.indicators.map((r) => r.section)).toEqual(['效益指标', '效益指标', '产出指标', '产出指标']);
  });

  test.each([
    ['guangzhou-dept', '服务对象满意度', '效益指标'],
    ['national-project', '服务对象满意度', '满意度指标'],
    ['national-project', '满意度指标', '满意度指标'],
    ['guangzhou-dept', '社会效益指标', '效益指标'],
    ['guangzhou-dept', '时效', '产出指标'],
    ['guangzhou-dept', '成本指标', '产出指标'],
    ['guangzhou-dept', '可持续影响指标', '效益指标'],
  ] as const)('%s: %s -> %s', (profile, category, section) => {
    expect(scoreOne({ target: '≥1', actual: 1, category }, profile).section).toBe(section);
  });

  test('an unknown category is a row error', () => {
    const r = scoreOne({ target: '≥1', actual: 1, category: '其他' });
    expect(r.flag).toBe('error');
    expect(r.note).toBe('A5：类别“其他”无法对应到广州市部门整体支出绩效自评的评分部分');
  });

  test('a first row without category is a row error', () => {
    expect(scoreOne({ target: '≥1', actual: 1, category: null }).flag).toBe('error');
  });
});

describe('weights', () => {
  test.each([
    ['text', '两分', 'G5：分值“两分”无法识别为数字'],
    ['negative', -1, 'G5：分值“-1”为负数'],
    ['blank', null, 'G5：分值为空'],
    ['error value', { error: '#REF!' }, 'G5：分值为错误值#REF!'],
  ])('a bad weight (%s) is a row error', (_label, weight, message) => {
    const r = scoreOne({ target: '≥1', actual: 1, weight });
    expect(r.flag).toBe('error');
    expect(r.note).toBe(message);
  });

  test('a text weight that is a number is read: "2.5"', () => {
    expect(scoreOne({ target: '≥1', actual: 1, weight: '2.5' }).score).toBe(2.5);
  });

  test('weights of a section not adding up: warning, scored as given', () => {
    const result = scoreEvaluation(inputOf([{ target: '≥1', actual: 1, weight: 19.5 }]));
    expect(result.sections[0].score).toBe(19.5);
    expect(result.findings.filter((f) => f.code === 'section-weights').map((f) => f.message)).toEqual([
      '产出指标各指标分值合计19.5分，应为20分，已按填写的分值计分',
      '效益指标各指标分值合计0分，应为20分，已按填写的分值计分',
    ]);
  });
});

describe('manual scores', () => {
  test('a manual score replaces the computed one and says so', () => {
    const r = scoreOne({ target: '100%', actual: pct('E5', 0.9799), weight: 1, manual: 1 });
    expect([r.score, r.manual, r.lost, r.flag, r.rate]).toEqual([1, true, 0, 'under100', 0.9799]);
    expect(r.note).toBe('采用人工评分1.00分（计算结果：完成率97.99%，按分值1分×97.99%计0.98分）');
    expect(r.all.findings.find((f) => f.code === 'manual-score')).toMatchObject({
      level: 'info',
      cell: 'H5',
    });
  });

  test('a manual score stands in when the row cannot be computed (warning, not error)', () => {
    const r = scoreOne({ target: '≥5万', actual: '约7万', weight: 2, manual: '1.5' });
    expect([r.score, r.manual, r.flag, r.rate]).toEqual([1.5, true, 'ok', null]);
    expect(r.all.complete).toBe(true);
    expect(r.all.findings.filter((f) => f.level === 'error')).toEqual([]);
  });

  test.each([
    ['above the weight', 3, 'H5：人工评分3超过分值2分'],
    ['negative', -1, 'H5：人工评分“-1”为负数'],
    ['text', '满分', 'H5：人工评分“满分”无法识别为数字'],
  ])('a manual score %s is a row error', (_label, manual, message) => {
    const r = scoreOne({ target: '≥1', actual: 1, weight: 2, manual });
    expect(r.flag).toBe('error');
    expect(r.note).toBe(message);
    expect(r.all.findings.find((f) => f.level === 'error')).toMatchObject({ cell: 'H5', message });
  });

  test('a blank manual score cell computes as usual', () => {
    expect(scoreOne({ target: '≥1', actual: 1, weight: 2, manual: ' ' }).manual).toBe(false);
  });
});

describe('reported rates and duplicate names', () => {
  test.each([
    [pct('F5', 1.05), null],
    [cell('F5', '105%'), null],
    [cell('F5', 105), null],
    [pct('F5', 1.0516), '报告完成率105.16%与重算105.00%不一致'],
  ])('reported %j vs recomputed 105%%', (reported, message) => {
    const r = scoreOne({ target: '≥100', actual: 105, reported });
    const found = r.all.findings.find((f) => f.code === 'reported-rate-mismatch');
    expect(found?.message ?? null).toBe(message);
  });

  test('an unreadable reported rate is a warning, not an error', () => {
    const r = scoreOne({ target: '≥100', actual: 105, reported: '约105%' });
    expect(r.all.findings.find((f) => f.code === 'reported-rate-unreadable')?.level).toBe('warning');
    expect(r.flag).toBe('ok');
  });

  test('duplicate names are a warning on the repeat', () => {
    const result = scoreEvaluation(
      inputOf([
        { target: '≥1', actual: 1, name: '办件量' },
        { target: '≥1', actual: 1, name: '满意度' },
        { target: '≥1', actual: 1, name: '办件量' },
      ]),
    );
    expect(result.findings.filter((f) => f.code === 'duplicate-name')).toEqual([
      {
        level: 'warning',
        cell: 'C7',
        code: 'duplicate-name',
        message: 'C7：指标名称“办件量”与C5重复',
        text: expect.objectContaining({ code: 'duplicate-name' }),
      },
    ]);
  });

  test('without a name cell the actual address is the name', () => {
    const input = inputOf([{ target: '≥1', actual: 1 }]);
    delete input.indicators[0].name;
    expect(scoreEvaluation(input).indicators[0].name).toBe('E5');
  });
});

describe('an unknown category inherited by the rows below', () => {
  test('each row fails with a finding on its own row, naming where the category came from', () => {
    const result = scoreEvaluation(
      inputOf([
        { target: '≥1', actual: 1, category: '其他' },
        { target: '≥1', actual: 1, category: null },
      ]),
    );
    expect(result.findings.filter((f) => f.code === 'row-error')).toEqual([
      {
        level: 'error',
        cell: 'A5',
        code: 'row-error',
        message: 'A5：类别“其他”无法对应到广州市部门整体支出绩效自评的评分部分',
        text: expect.objectContaining({ code: 'category.unmatched' }),
      },
      {
        level: 'error',
        cell: 'A6',
        code: 'row-error',
        message: 'A6：类别“其他”（沿用A5）无法对应到广州市部门整体支出绩效自评的评分部分',
        text: expect.objectContaining({ code: 'category.unmatched' }),
      },
    ]);
  });
});
