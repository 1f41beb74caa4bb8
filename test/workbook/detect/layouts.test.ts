/** Detection, table-driven, on published layouts and near-misses (layouts.ts). */
import { detectLayout } from '../../../src/workbook/detect';
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
