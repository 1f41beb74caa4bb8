/**
 * The one rule for "can PerfScore run here" (src/app/support.ts), used by the ES5 preflight, the
 * pane's bootstrap, the ribbon and the WPS pages.
 */
import {
  hasRequiredExcelApi,
  missingFeatures,
  officeSupportProblem,
  officeUnsupportedMessage,
  supportProblemFromKey,
  supportProblemKey,
  wpsUnsupportedMessage,
} from '../../src/app/support';
import { missingFeatures as wpsMissingFeatures } from '../../src/wps/support';

import { REQUIRED_GLOBALS } from '../../src/app/support';

/** A copy of this engine's globals that matter (globalThis's own are not enumerable). */
const modern: Record<string, unknown> = Object.fromEntries(
  [...REQUIRED_GLOBALS, 'Object', 'Array'].map((name) => [
    name,
    (globalThis as Record<string, unknown>)[name],
  ]),
);
const without = (...names: string[]) => {
  const global = { ...modern };
  for (const name of names) delete global[name];
  return global;
};
const minor = (version: string) => Number(version.split('.')[1] ?? 0);
/** Office's requirement check for an Excel whose highest ExcelApi is `highest`. */
const excel = (highest: string) => ({
  isSetSupported: (name: string, version = '1.1') => name === 'ExcelApi' && minor(version) <= minor(highest),
});

describe('missingFeatures', () => {
  it('finds nothing missing in a current engine', () => {
    expect(missingFeatures(modern)).toEqual([]);
  });

  it.each([
    [['BigInt'], ['BigInt']],
    [
      ['Proxy', 'Reflect'],
      ['Proxy', 'Reflect'],
    ],
    [['TextEncoder'], ['TextEncoder']],
  ])('without %j reports %j', (names, missing) => {
    expect(missingFeatures(without(...names))).toEqual(missing);
  });

  it('reports missing library methods by their path', () => {
    const oldArray = function () {} as unknown as ArrayConstructor;
    const oldObject = { keys: Object.keys } as unknown as ObjectConstructor;
    expect(missingFeatures({ ...modern, Array: oldArray, Object: oldObject })).toEqual([
      'Object.fromEntries',
      'Array.prototype.flatMap',
    ]);
  });

  it('is the WPS pages’ rule too (one rule, not a copy)', () => {
    expect(wpsMissingFeatures).toBe(missingFeatures);
  });
});

describe('ExcelApi 1.7 at run time', () => {
  it.each([
    ['1.1', false],
    ['1.6', false],
    ['1.7', true],
    ['1.9', true],
  ])('ExcelApi up to %s: supported %s', (highest, ok) => {
    expect(hasRequiredExcelApi(excel(highest))).toBe(ok);
  });

  it('counts a missing or throwing check as "no"', () => {
    expect(hasRequiredExcelApi(undefined)).toBe(false);
    expect(
      hasRequiredExcelApi({
        isSetSupported: () => {
          throw new Error('x');
        },
      }),
    ).toBe(false);
  });

  it('checks the browser first, then Excel', () => {
    expect(officeSupportProblem(modern, excel('1.17'))).toBeNull();
    expect(officeSupportProblem(modern, excel('1.1'))).toEqual({ kind: 'excel-api', needed: '1.7' });
    expect(officeSupportProblem(without('BigInt'), excel('1.1'))).toEqual({
      kind: 'browser',
      missing: ['BigInt'],
    });
  });
});

describe('the message', () => {
  it.each([
    [
      { kind: 'browser' as const, missing: ['BigInt', 'Proxy'] },
      '缺少 BigInt、Proxy',
      'missing: BigInt, Proxy',
    ],
    [{ kind: 'excel-api' as const, needed: '1.7' }, '需要 ExcelApi 1.7', 'ExcelApi 1.7'],
  ])('%j: Chinese complete first, then English complete, both with the two ways', (problem, zh, en) => {
    const text = officeUnsupportedMessage(problem);
    const split = text.indexOf('\n\n');
    const [chinese, english] = [text.slice(0, split), text.slice(split + 2)];
    expect(chinese).toContain(zh);
    expect(chinese).toContain('WPS 表格');
    expect(chinese).toContain('财政局用 perfscore 命令行批量评分');
    expect(chinese).not.toMatch(/[A-Za-z]{12,}/);
    expect(english).toContain(en);
    expect(english).toContain('PerfScore add-in for WPS');
    expect(english).toContain('perfscore command-line batch');
    expect(english).not.toMatch(/[\u4e00-\u9fff]{5,}/); // only the button and tab names, quoted
  });

  it('round-trips through the dialog’s URL key, and refuses anything else', () => {
    for (const problem of [
      { kind: 'browser' as const, missing: ['BigInt', 'Array.prototype.flatMap'] },
      { kind: 'excel-api' as const, needed: '1.7' },
    ]) {
      expect(supportProblemFromKey(supportProblemKey(problem))).toEqual(problem);
    }
    for (const key of [null, '', 'browser:', 'browser:<img>', 'other:1.7']) {
      expect(supportProblemFromKey(key)).toBeNull();
    }
  });

  it('keeps the WPS wording (no Office API level there)', () => {
    expect(wpsUnsupportedMessage(['BigInt'])).toContain('missing: BigInt');
  });
});
