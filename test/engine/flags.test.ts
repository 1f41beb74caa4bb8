/**
 * Flag words: one table (src/engine/flags.ts), the documented wording, and every place that shows a
 * flag reading it: the 标记 column, 评分汇总's counts, the pane (both languages), the CLI, the report.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { sheetReport } from '../../src/cli/report-text';
import { FLAG_HEADINGS, FLAG_LABELS } from '../../src/engine/flags';
import { ZH_CN } from '../../src/taskpane/i18n';
import { EN_US } from '../../src/taskpane/i18n-en';
import { planScoring } from '../../src/workbook';
import { FLAG_WORDS } from '../../src/workbook/plan';
import { exampleWorkbook, snapshotOf } from '../workbook/helpers/fakeWorkbook';

const root = join(__dirname, '..', '..');
const FLAGS = ['over150', 'under100', 'review', 'error'] as const;

describe('the table is the documented wording', () => {
  it('标记 words as in workbook-contract.md §2.1', () => {
    const contract = readFileSync(join(root, 'docs', 'workbook-contract.md'), 'utf8');
    const words = /flag in words: (.+?) \/ blank for ok/s.exec(contract)![1].split(' / ');
    expect(words).toEqual(
      ['over150', 'review', 'under100', 'error'].map((f) => FLAG_LABELS[f as 'error']['zh-CN']),
    );
  });

  it('headings as in docs/pane-design.md (both languages)', () => {
    const design = readFileSync(join(root, 'docs', 'pane-design.md'), 'utf8');
    for (const flag of FLAGS) {
      const row = new RegExp(`^\\| ${flag} \\| (.+?) \\| (.+?) \\|$`, 'm').exec(design);
      expect(row && [row[1], row[2]]).toEqual([FLAG_HEADINGS[flag]['zh-CN'], FLAG_HEADINGS[flag]['en-US']]);
    }
  });
});

describe('every place reads it', () => {
  it('the 标记 column and 评分汇总 counts of the seed', () => {
    const planned = planScoring(snapshotOf(exampleWorkbook(), '绩效指标'));
    if (!planned.ok) throw new Error(planned.refusal.message);
    for (const flag of FLAGS) expect(FLAG_WORDS[flag]).toBe(FLAG_LABELS[flag]['zh-CN']);
    const summary = planned.run.plan.sheets.find((s) => s.name === '评分汇总')!;
    const labels = summary.rows.map((row) => row[0]);
    for (const flag of FLAGS) expect(labels).toContain(FLAG_HEADINGS[flag]['zh-CN']);
    expect(summary.rows).toContainEqual([FLAG_HEADINGS.over150['zh-CN'], 2, null, null]);
    expect(summary.rows).toContainEqual([FLAG_HEADINGS.under100['zh-CN'], 1, null, null]);
  });

  it('the pane, in Chinese and English', () => {
    for (const [strings, locale] of [
      [ZH_CN, 'zh-CN'],
      [EN_US, 'en-US'],
    ] as const) {
      for (const flag of FLAGS) expect(strings[flag]).toBe(FLAG_HEADINGS[flag][locale]);
      expect(strings.over150Short).toBe(FLAG_LABELS.over150[locale]);
      expect(strings.under100Short).toBe(FLAG_LABELS.under100[locale]);
      expect(strings.reviewShort).toBe(FLAG_LABELS.review[locale]);
      expect(strings.errorShort).toBe(FLAG_HEADINGS.error[locale]);
    }
  });

  it('the CLI heads its lists with the headings', () => {
    const planned = planScoring(snapshotOf(exampleWorkbook(), '绩效指标'));
    if (!planned.ok) throw new Error(planned.refusal.message);
    const text = sheetReport('seed.xlsx', '绩效指标', 'seed.scored.xlsx', planned.run.result);
    expect(text).toContain(`${FLAG_HEADINGS.over150['zh-CN']}：2`);
    expect(text).toContain(`${FLAG_HEADINGS.under100['zh-CN']}：1`);
  });

  it('no other source file writes the words out again', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    // The distinctive spellings (the short words quoted as a table value would be; generic phrases such as
    // 无法评分, 错误 or Error also name other things, e.g. a finding's level, and are left out).
    const copies = [
      FLAG_HEADINGS.over150['zh-CN'],
      ...(['over150', 'under100', 'review'] as const).map((flag) => FLAG_HEADINGS[flag]['en-US']),
      ...(['over150', 'review'] as const).map((flag) => `'${FLAG_LABELS[flag]['zh-CN']}'`),
      ...(['over150', 'under100', 'review'] as const).map((flag) => `'${FLAG_LABELS[flag]['en-US']}'`),
    ];
    const found = files(join(root, 'src'))
      .filter((path) => !path.endsWith(join('engine', 'flags.ts')))
      .flatMap((path) => {
        const text = readFileSync(path, 'utf8');
        return copies.filter((copy) => text.includes(copy)).map((copy) => `${path}: ${copy}`);
      });
    expect(found).toEqual([]);
  });
});
