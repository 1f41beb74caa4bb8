/** The league table's pure part: rows from several results, sorted by total; the sheet's contents. */
import { scoreEvaluation } from '../../src/engine';
import { factsFromSheet, leagueRows, leagueSheetContent, summaryLink } from '../../src/workbook';
import { inputOf } from '../engine/helpers';
import { seedInput } from '../engine/seedInput';
import { gridOfLayout } from './detect/layout';
import { nationalProject } from './detect/national';

const seed = scoreEvaluation(seedInput());
const weaker = scoreEvaluation(inputOf([{ target: '≥10次', actual: '5次', weight: 20 }]));
const national = scoreEvaluation(seedInput('national-project'));

describe('leagueRows', () => {
  const rows = leagueRows([
    { file: '', sheet: '局机关', result: weaker },
    { file: '', sheet: '绩效指标', organisation: '天河区政务服务数据管理局', result: seed },
    { file: '', sheet: '项目', result: national },
    { file: '', sheet: '绩效指标 (2)', result: seed },
  ]);

  it('sorted by total, highest first; equal totals in the order given', () => {
    expect(rows.map((r) => [r.sheet, r.total])).toEqual([
      ['绩效指标', 94.46],
      ['绩效指标 (2)', 94.46],
      ['局机关', 70],
      ['项目', 49.92],
    ]);
    expect([weaker.total, national.total]).toEqual([70, 49.92]);
  });

  it('name from the head block, else the sheet; counts and completeness from the result', () => {
    expect(rows[0]).toEqual({
      file: '',
      sheet: '绩效指标',
      name: '天河区政务服务数据管理局',
      total: 94.46,
      grade: '优',
      over150: 2,
      under100: 1,
      errors: 0,
      complete: true,
      summary: null,
      reason: '',
    });
    expect(rows[1].name).toBe('绩效指标 (2)');
    expect(rows[2].under100).toBe(1);
  });

  it('the 各表评分汇总 sheet: a rank per row, a file column only across files', () => {
    const content = leagueSheetContent(rows);
    expect(content.rows[0][0]).toBe('各表评分汇总');
    expect(content.rows[1]).toEqual([
      '名次',
      '部门/项目',
      '工作表',
      '总分',
      '等级',
      '超过150%',
      '低于100%',
      '无法评分',
      '是否完整',
      '评分汇总',
      '说明',
    ]);
    expect(content.rows[2]).toEqual([
      1,
      '天河区政务服务数据管理局',
      '绩效指标',
      94.46,
      '优',
      2,
      1,
      0,
      '是',
      null,
      null,
    ]);
    const across = leagueSheetContent(leagueRows([{ file: 'a.xlsx', sheet: 'S', result: seed }]));
    expect(across.rows[1].at(-1)).toBe('文件');
    expect(across.rows[2].at(-1)).toBe('a.xlsx');
  });
});

describe('links and sheets not scored', () => {
  it('a link per row to its summary, sheet names quoted and escaped, text never a formula', () => {
    const rows = leagueRows([
      { file: '', sheet: "=A1 o'k", result: seed, summary: { sheet: `评分汇总 'x"` } },
      { file: '', sheet: '说明', refusal: '工作表 说明 缺少 PE_Actuals' },
      { file: '', sheet: '局机关', result: weaker, summary: { sheet: '评分汇总 (2)' } },
    ]);
    const content = leagueSheetContent(rows);
    expect(content.rows[2][2]).toBe("=A1 o'k");
    expect(content.rows[2][9]).toEqual({ formula: `=HYPERLINK("#'评分汇总 ''x""'!A1","评分汇总 'x""")` });
    expect(content.rows[3][9]).toEqual({ formula: `=HYPERLINK("#'评分汇总 (2)'!A1","评分汇总 (2)")` });
    // Not scored: last, no rank, 等级 未评分, the reason in 说明.
    expect(content.rows[4]).toEqual([
      null,
      '说明',
      '说明',
      null,
      '未评分',
      null,
      null,
      null,
      '否',
      null,
      '工作表 说明 缺少 PE_Actuals',
    ]);
  });

  it('another file: Excel’s [file]sheet form; a location too long for Excel leaves the sheet name as text', () => {
    expect(summaryLink({ file: 'out/a.scored.xlsx', sheet: '评分汇总' })).toEqual({
      formula: `=HYPERLINK("[out/a.scored.xlsx]'评分汇总'!A1","评分汇总")`,
    });
    expect(summaryLink({ file: `${'d/'.repeat(130)}a.xlsx`, sheet: '评分汇总' })).toBeNull();
  });

  it('a sheet name with an apostrophe, #, % or spaces: quoted, apostrophes doubled, nothing else changed', () => {
    const sheet = `评分汇总 'A'#1 100%`;
    expect(summaryLink({ sheet })).toEqual({
      formula: `=HYPERLINK("#'评分汇总 ''A''#1 100%'!A1","评分汇总 'A'#1 100%")`,
    });
  });

  it('a file path with %, spaces or quotes: inside the brackets, whole', () => {
    const file = `out 2/第1批 100%/"a" b.scored.xlsx`;
    expect(summaryLink({ file, sheet: `评分汇总 'x' #1` })).toEqual({
      formula: `=HYPERLINK("[out 2/第1批 100%/""a"" b.scored.xlsx]'评分汇总 ''x'' #1'!A1","评分汇总 'x' #1")`,
    });
    // A path with a bracket cannot be written in that form, and Office hyperlinks do not accept a
    // # in a file path: the sheet's name as text, never a dead link.
    expect(summaryLink({ file: 'out/[旧]a.scored.xlsx', sheet: '评分汇总' })).toBeNull();
    expect(summaryLink({ file: 'out #2/第#1批.scored.xlsx', sheet: '评分汇总' })).toBeNull();
  });
});

describe('factsFromSheet (head block)', () => {
  it('a national form gives its 项目名称', () => {
    const layout = nationalProject();
    const facts = factsFromSheet(layout.name, gridOfLayout(layout));
    expect(facts.sheet).toBe(layout.name);
    expect(typeof facts.organisation === 'string' && facts.organisation.length > 0).toBe(true);
  });

  it('a title cell gives the year and the department; nothing else is guessed', () => {
    const grid = {
      top: 0,
      left: 0,
      values: [['2023年度天河区政务服务数据管理局部门整体支出绩效自评表']],
      formulas: [[null]],
      numberFormats: [['General']],
      fills: [[null]],
    };
    expect(factsFromSheet('S', grid)).toEqual({
      sheet: 'S',
      year: '2023',
      organisation: '天河区政务服务数据管理局',
    });
    const blank = { ...grid, values: [['绩效自评']] };
    expect(factsFromSheet('S', blank)).toEqual({ sheet: 'S' });
  });
});
