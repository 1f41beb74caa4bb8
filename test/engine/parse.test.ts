/** Parsing of targets and actuals as officers type them (scoring-rules.md §4). */
import { zh } from '../../src/engine/messages';
import { parseActual, parseTarget } from '../../src/engine/parse/cell';
import { splitOperator } from '../../src/engine/parse/operators';
import { parseLevel, parseLevelTarget, parseYesNo } from '../../src/engine/parse/qualitative';
import { parseQuantity } from '../../src/engine/parse/quantity';
import { isPercentFormat, normalizeText } from '../../src/engine/parse/text';
import { cell, pct } from './helpers';

describe('operators', () => {
  test.each([
    ['≥7万套', 'atLeast', '7万套'],
    ['>=95%', 'atLeast', '95%'],
    ['>95%', 'atLeast', '95%'],
    ['不低于90%', 'atLeast', '90%'],
    ['不少于100项', 'atLeast', '100项'],
    ['至少4次', 'atLeast', '4次'],
    ['100项以上', 'atLeast', '100项'],
    ['≤5天', 'atMost', '5天'],
    ['<=5天', 'atMost', '5天'],
    ['<5天', 'atMost', '5天'],
    ['不高于3%', 'atMost', '3%'],
    ['不超过10件', 'atMost', '10件'],
    ['5天以内', 'atMost', '5天'],
    ['3%以下', 'atMost', '3%'],
    ['=100%', 'equal', '100%'],
    ['100%', 'atLeast', '100%'],
  ])('%s -> %s', (text, direction, rest) => {
    expect(splitOperator(normalizeText(text))).toMatchObject({ direction, rest });
  });

  test.each([
    ['＞＝95%', 'atLeast'],
    ['＞95%', 'atLeast'],
    ['＜＝5', 'atMost'],
    ['＜5', 'atMost'],
    ['＝100', 'equal'],
  ])('full-width %s -> %s', (text, direction) => {
    expect(splitOperator(normalizeText(text))?.direction).toBe(direction);
  });

  test('a prefix and a contradicting suffix cannot be read', () => {
    expect(splitOperator('≥5天以内')).toBeNull();
  });

  test('no operator is "at least", not explicit', () => {
    expect(splitOperator('100')).toEqual({ direction: 'atLeast', explicit: false, rest: '100' });
  });
});

describe('quantities: magnitudes, units, percentages', () => {
  test.each([
    ['9.9735万套', '99735', 'number', '套'],
    ['8万人次', '80000', 'number', '人次'],
    ['3千', '3000', 'number', null],
    ['1.5百万', '1500000', 'number', null],
    ['2千万元', '20000000', 'number', '元'],
    ['1亿元', '100000000', 'number', '元'],
    ['13670.54万元', '136705400', 'number', '元'],
    ['99.90%', '0.999', 'percent', null],
    ['5‰', '0.005', 'percent', null],
    ['80568', '80568', 'number', null],
  ])('%s = %s (%s, unit %s)', (text, value, kind, unit) => {
    const q = parseQuantity(normalizeText(text))!;
    expect(q.value.toDecimalString()).toBe(value);
    expect(q.kind).toBe(kind);
    expect(q.unit).toBe(unit);
  });

  test('only a plain number is bare', () => {
    expect(parseQuantity('80568')!.bare).toBe(true);
    expect(parseQuantity('8万')!.bare).toBe(false);
    expect(parseQuantity('5次')!.bare).toBe(false);
    expect(parseQuantity('98%')!.bare).toBe(false);
  });

  test.each([
    ['１３，６７０．５４', '13670.54'],
    ['13,670.54', '13670.54'],
    [' 1 000 ', '1000'],
    ['９８％', '98%'],
  ])('normalizes %j to %j', (text, normal) => {
    expect(normalizeText(text)).toBe(normal);
  });

  test.each(['约7万', '7万左右', '100余次', '一流', '7-8万', '', 'abc%'])('%j is not a number', (text) => {
    expect(parseQuantity(normalizeText(text))).toBeNull();
  });
});

describe('qualitative levels and binary answers', () => {
  test.each([
    ['优秀', 0],
    ['良好', 1],
    ['中等', 2],
    ['合格', 2],
    ['一般', 2],
    ['差', 3],
    ['较差', 3],
    ['不合格', 3],
  ])('level %s has rank %i (0 best)', (word, rank) => {
    expect(parseLevel(word)).toBe(rank);
  });

  test.each([
    ['良好以上', 1],
    ['良好及以上', 1],
    ['达到优秀', 0],
    ['合格以上', 2],
    ['优秀', 0],
  ])('target %s sets minimum rank %i', (text, rank) => {
    expect(parseLevelTarget(text)).toBe(rank);
  });

  test.each([
    ['是', true],
    ['否', false],
    ['完成', true],
    ['未完成', false],
    ['达标', true],
    ['未达标', false],
    ['按时', true],
    ['未按时', false],
    ['有', true],
    ['无', false],
  ])('binary %s = %s', (word, yes) => {
    expect(parseYesNo(word)).toBe(yes);
  });

  // Issue 7: a dated target is a deadline (compared in time); 按时完成, 是, 完成 are phrases.
  test.each([
    ['12月31日前完成', 'deadline'],
    ['6月底前完成', 'deadline'],
    ['年底前完成', 'deadline'],
    ['按时完成', 'phrase'],
    ['是', 'phrase'],
    ['完成', 'phrase'],
  ])('%s is a %s target', (text, kind) => {
    expect(parseTarget(cell('D5', text)).kind).toBe(kind);
  });
});

describe('cells', () => {
  test('a percent-formatted number is a percentage; a General number is bare', () => {
    expect(parseActual(pct('E5', 0.999))).toMatchObject({ kind: 'quantity', quantity: { kind: 'percent' } });
    expect(parseActual(cell('E5', 0.999))).toMatchObject({
      kind: 'quantity',
      quantity: { kind: 'number', bare: true },
    });
  });

  test.each([
    [cell('E5', { error: '#DIV/0!' }), '为错误值#DIV/0!'],
    [cell('E5', null), '为空'],
    [cell('E5', '   '), '为空'],
    [cell('E5', -3), '为负数'],
    [cell('E5', '-3万'), '为负数'],
    [cell('E5', '约7万'), '无法识别为数字'],
  ])('actual %j is unreadable: %s', (c, why) => {
    const parsed = parseActual(c);
    expect(parsed.kind).toBe('unreadable');
    // The reason is a message (code and parameters); in Chinese it reads as before.
    if (parsed.kind === 'unreadable') expect(zh(parsed.why)).toBe(why);
  });

  test('targets: binary, level, quantity with direction', () => {
    expect(parseTarget(cell('D5', '12月31日前完成'))).toMatchObject({
      kind: 'deadline',
      time: { year: null, month: 12, day: 31, precision: 'day' },
    });
    expect(parseTarget(cell('D5', '良好以上'))).toEqual({ kind: 'level', minLevel: 1 });
    expect(parseTarget(cell('D5', '≤5天'))).toMatchObject({ kind: 'quantity', direction: 'atMost' });
    expect(parseTarget(cell('D5', 100))).toMatchObject({ kind: 'quantity', direction: 'atLeast' });
    expect(parseTarget(cell('D5', '#N/A'))).toMatchObject({ kind: 'unreadable' });
  });
});

describe('percent number formats', () => {
  test.each([
    ['0.00%', true],
    ['0%', true],
    ['#,##0.0%;[Red]-#,##0.0%', true],
    ['General', false],
    ['0.00"%"', false],
    ['0.00\\%', false],
    ['', false],
  ])('%j is a percent format: %s', (format, percent) => {
    expect(isPercentFormat(format)).toBe(percent);
  });
});
