/** Detection, table-driven, on published layouts and near-misses (layouts.ts). */
import { classifyHeader, detectLayout } from '../../../src/workbook/detect';
import { gridOfLayout } from './layout';
import { LAYOUT_CASES } from './layouts';

const bare = (reference: string) => reference.replace(/^.*!/, '').replace(/\$/g, '');

describe.each(LAYOUT_CASES)('$source', (testCase) => {
  const detection = detectLayout(gridOfLayout(testCase.layout), testCase.layout.name);

  it('proposes exactly the expected ranges', () => {
    const found = Object.fromEntries(
      detection.parts.filter((p) => p.status === 'found').map((p) => [p.name, bare(p.reference!)]),
    );
    expect(found).toEqual(testCase.found);
  });

  it('names the header every range came from', () => {
    for (const part of detection.parts.filter((p) => p.status === 'found')) {
      expect(part.header).toBeTruthy();
      expect(part.headerCell).toMatch(/^[A-Z]+\d+$/);
    }
  });

  it('chooses the profile and says why', () => {
    expect(detection.profile.id).toBe(testCase.profile);
    expect(detection.profile.reason.length).toBeGreaterThan(4);
  });

  it(testCase.problem ? 'says precisely what it could not find' : 'can be scored', () => {
    expect(detection.ok).toBe(!testCase.problem);
    if (testCase.problem) expect(detection.problem).toContain(testCase.problem);
    else expect(detection.problem).toBeNull();
  });

  it('reports what it noticed and what each missing part costs', () => {
    const codes = detection.findings.map((f) => f.code);
    expect(codes).toEqual(testCase.findings ?? []);
    for (const [name, text] of Object.entries(testCase.consequences ?? {})) {
      expect(detection.parts.find((p) => p.name === name)?.consequence).toContain(text);
    }
    for (const part of detection.parts) {
      if (part.status === 'not-found' && part.required) expect(part.consequence).toMatch(/^未找到/);
    }
  });
});

describe('header wordings (vocabulary as data, compared as keys)', () => {
  test.each<[string, string | null]>([
    ['年度\n目标值', 'targets'],
    ['2023年度目标值', 'targets'],
    ['年度指标值（A）', 'targets'],
    ['年初设定目标', 'targets'],
    ['全年实际值（B）', 'actuals'],
    ['实际完成值', 'actuals'],
    ['实际完成指标值', 'actuals'],
    ['分值（分）', 'weights'],
    ['权重(%)', 'weights'],
    ['指标完成率(B/A)', 'reportedRates'],
    ['目标值完成率', 'reportedRates'],
    ['自评得分', 'scores'],
    ['偏差原因分析及改进措施', 'reasons'],
    ['一、一级指标', 'category1'],
    ['绩效指标(90分)', 'label'],
    ['指标性质', 'targetNature'],
    ['度量单位', 'targetUnit'],
    ['完成', null],
    ['达标', null],
    ['≥95%', null],
    ['指标1：', null],
    ['年度总体目标', null],
  ])('%j -> %s', (text, role) => {
    expect(classifyHeader(text)?.role ?? null).toBe(role);
  });
});
