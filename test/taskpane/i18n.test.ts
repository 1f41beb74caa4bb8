/**
 * Every wording of docs/pane-design.md's table is in the pane's strings, in both languages, and the
 * two languages have the same keys.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { format, loadStrings, translator, ZH_CN } from '../../src/taskpane/i18n';
import { EN_US } from '../../src/taskpane/i18n-en';

const STRINGS = { 'zh-CN': ZH_CN, 'en-US': EN_US };

/** Rows of the "Wording" table: | key | zh-CN | en-US |. */
function wordingTable(): { key: string; zh: string; en: string }[] {
  const doc = readFileSync(join(__dirname, '../../docs/pane-design.md'), 'utf8');
  const table = doc.slice(doc.indexOf('| key | zh-CN | en-US |'));
  return table
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('| key') && !line.startsWith('|---'))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map(([, key, zh, en]) => ({ key, zh, en }));
}

const zhValues = Object.values(STRINGS['zh-CN']);
const enValues = Object.values(STRINGS['en-US']);

/** "等级：优 / 良 / 中 / 差" is one template plus the grade words; check each part. */
function parts(text: string, isZh: boolean): string[] {
  const grade = isZh ? /^等级：(.*)$/ : /^Grade: (.*)$/;
  const match = grade.exec(text);
  if (!match) return [text];
  return [isZh ? '等级：{grade}' : 'Grade: {grade}', ...match[1].split(' / ')];
}

describe('the pane-design wording table', () => {
  const rows = wordingTable();

  it('has the rows the pane was built from', () => {
    expect(rows.length).toBeGreaterThanOrEqual(18);
  });

  it.each(rows.map((row) => [row.key, row]))('%s is in zh-CN and en-US', (_key, row) => {
    for (const part of parts(row.zh, true)) expect(zhValues).toContain(part);
    for (const part of parts(row.en, false)) expect(enValues).toContain(part);
  });
});

describe('strings', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(STRINGS['en-US']).sort()).toEqual(Object.keys(STRINGS['zh-CN']).sort());
    for (const value of [...zhValues, ...enValues]) expect(value.trim()).not.toBe('');
  });

  it('speak Chinese until English is loaded, then English (the English table is loaded on demand)', async () => {
    expect(await loadStrings('en-US')).toBe(EN_US);
    expect(translator('en-US')('scoreButton')).toBe('Score this sheet');
    expect(translator('zh-CN')('scoreButton')).toBe('评分本表');
  });

  it.each([
    ['工作表：{sheet}', { sheet: '绩效指标' }, '工作表：绩效指标'],
    ['{score} / {points}', { score: '48.92', points: 50 }, '48.92 / 50'],
    ['{missing} stays', {}, '{missing} stays'],
  ])('format(%j) fills placeholders', (template, values, expected) => {
    expect(format(template, values)).toBe(expected);
  });
});
