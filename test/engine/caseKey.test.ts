/**
 * One case-insensitive rule (src/engine/caseKey.ts), and every place that compares text without
 * case giving the same answer: names and sheets (workbook), fills, profile ids, error texts, the
 * PE_Rules words, the WPS error codes, the .xlsx package's part names.
 */
import { caseKey, sameText } from '../../src/engine/caseKey';
import { cellErrorOf } from '../../src/engine/parse/text';
import { parseProfileId } from '../../src/engine/profiles';
import { readRuleRows } from '../../src/engine/rulesSettings';
import { errorCode } from '../../src/hosts/wps/cell-codes';
import { sameFill } from '../../src/workbook/grid';
import { lookupName } from '../../src/workbook/names';
import { sameText as workbookSameText } from '../../src/workbook/references';

/** [a, b, same ignoring case] */
const PAIRS: [string, string, boolean][] = [
  ['PE_Targets', 'pe_targets', true],
  ['Sheet1', 'SHEET1', true],
  ['绩效指标', '绩效指标', true],
  ['绩效指标', '绩效指标 ', false],
  ['Ωmega', 'ωMEGA', true], // Greek upper/lower pair
  ['ς', 'σ', true], // final and medial sigma: one upper case (Σ), two lower cases
  ['Straße', 'STRASSE', false], // "ß" upper-cases to two letters: never equal to "SS"
  ['ﬁle', 'FILE', false], // the ligature likewise
  ['İ', 'i', false], // dotted capital I is not the plain i
  ['Ｓｈｅｅｔ', 'ｓｈｅｅｔ', true], // full-width letters have case too
  ['', '', true],
];

describe('caseKey: the rule', () => {
  test.each(PAIRS)('%j vs %j -> %s', (a, b, same) => {
    expect(sameText(a, b)).toBe(same);
    expect(caseKey(a) === caseKey(b)).toBe(same);
    expect(sameText(b, a)).toBe(same);
  });

  it('upper-cases ASCII as toUpperCase does, and keeps the length of every character', () => {
    expect(caseKey('pe_Out-Summary 1')).toBe('PE_OUT-SUMMARY 1');
    for (const [a] of PAIRS) expect([...caseKey(a)].length).toBe([...a].length);
  });
});

describe('every case-insensitive comparison follows it', () => {
  test.each(PAIRS)('sheet and name text (workbook/references): %j vs %j', (a, b, same) => {
    expect(workbookSameText(a, b)).toBe(same);
  });

  test.each(PAIRS.filter(([a]) => a !== ''))(
    'a name on a sheet (workbook/names lookup): %j vs %j',
    (a, b, same) => {
      const names = [{ name: 'PE_Targets', scope: { sheet: a }, formula: `'${a}'!$D$4:$D$9` }];
      expect(lookupName(names, b, 'pe_TARGETS').kind).toBe(same ? 'ok' : 'none');
    },
  );

  it('fills', () => {
    expect(sameFill('#ffc7ce', '#FFC7CE')).toBe(true);
    expect(sameFill(null, '')).toBe(true);
    expect(sameFill('#FFC7CE', '#FFC7CF')).toBe(false);
  });

  it('profile ids, error texts and WPS error codes', () => {
    expect(parseProfileId(' National-Project ')).toBe('national-project');
    expect(parseProfileId('GUANGZHOU-DEPT')).toBe('guangzhou-dept');
    expect(parseProfileId('guangzhou-deptß')).toBeNull();
    expect(cellErrorOf('#n/a')).toBe('#N/A');
    expect(cellErrorOf('#div/0!')).toBe('#DIV/0!');
    expect(errorCode('#n/a')).toBe(errorCode('#N/A'));
    expect(errorCode('#N/A')).toBeDefined();
  });

  it('PE_Rules setting names and words', () => {
    const cell = (address: string, value: string) => ({ address, value, numberFormat: 'General' });
    const parsed = readRuleRows([
      { setting: cell('K3', 'ROUNDING'), value: cell('L3', 'Half-UP') },
      { setting: cell('K4', '超过150%'), value: cell('L4', 'NONE') },
    ]);
    expect(parsed.findings).toEqual([]);
    expect(parsed.overrides).toEqual({ rounding: 'half-up', overAchievementFactor: '1' });
  });
});
