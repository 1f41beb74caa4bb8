/** Corpus: deadlines against completion times, dates as text and date serials (issue 7). */
import { parseTime, timeFromSerial } from '../../../src/engine/parse/time';
import { scoreOne } from '../helpers';
import { DEADLINE_CASES } from './deadlines.cases';
import { expectCase, title } from './expectRow';

describe('corpus: deadlines', () => {
  test('has at least 60 real-style cells', () => {
    expect(DEADLINE_CASES.length).toBeGreaterThanOrEqual(60);
  });

  test.each(DEADLINE_CASES.map((c) => [title(c), c] as const))('%s', (_title, c) => {
    expectCase(c);
  });

  test('a deadline is never a quantity: the note states both times', () => {
    expect(scoreOne({ target: '9月前', actual: '7月', weight: 2 }).note).toBe(
      '实现“7月”（7月），不晚于期限9月，得满分2.00分',
    );
    expect(scoreOne({ target: '2023年12月31日前', actual: '2024-01-15', weight: 2 }).note).toBe(
      '实现“2024-01-15”（2024年1月15日），晚于期限2023年12月31日，未达到目标，计0.00分',
    );
  });

  test('a deadline without a year takes the year of a dated actual, with a warning on the target', () => {
    const r = scoreOne({ target: '9月前', actual: '2023年8月' });
    expect(r.all.findings.find((f) => f.code === 'deadline-year')).toEqual({
      level: 'warning',
      cell: 'D5',
      code: 'deadline-year',
      message: 'D5：目标期限“9月前”未写年份，按实现值的年份2023年比较',
      text: expect.objectContaining({ code: 'deadline-year' }),
    });
  });

  test('a date serial against a quantity target stays a row error', () => {
    const r = scoreOne({
      target: '≥5万',
      actual: { address: 'E5', value: 45214, numberFormat: 'yyyy-mm-dd' },
    });
    expect(r.flag).toBe('error');
    expect(r.note).toContain('是日期格式的单元格');
  });

  test.each([
    [1, '1900-1-1'],
    [59, '1900-2-28'],
    [61, '1900-3-1'],
    [45214, '2023-10-15'],
    [45291.75, '2023-12-31'],
  ])('Excel serial %s is %s', (serial, text) => {
    const t = timeFromSerial(serial)!;
    expect(`${t.year}-${t.month}-${t.day}`).toBe(text);
  });

  test.each(['12个月', '2023', '4327.7', '项目计划完成时间内完成', '按时完成', '3050年12月'])(
    '%s is no deadline',
    (text) => {
      expect(parseTime(text)).toBeNull();
    },
  );
});
