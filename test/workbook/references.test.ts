import { a1, formatReference, parseA1, parseReference } from '../../src/workbook';
import { MAX_COLS, MAX_ROWS } from '../../src/workbook/references';

const area = (sheet: string, top: number, left: number, bottom: number, right: number) => ({
  sheet,
  top,
  left,
  bottom,
  right,
});

describe('parseReference', () => {
  test.each([
    ['Sheet1!$E$4:$E$27', [area('Sheet1', 3, 4, 26, 4)]],
    ['=Sheet1!E4:E27', [area('Sheet1', 3, 4, 26, 4)]],
    ["'绩效指标'!$I$3:$I$26", [area('绩效指标', 2, 8, 25, 8)]],
    ['绩效指标!$B$29', [area('绩效指标', 28, 1, 28, 1)]],
    ["'My ''Sheet'''!$E$4:$E$27", [area("My 'Sheet'", 3, 4, 26, 4)]],
    ["'a,b'!A1", [area('a,b', 0, 0, 0, 0)]],
    ['Sheet1!$E:$E', [area('Sheet1', 0, 4, MAX_ROWS - 1, 4)]],
    ['Sheet1!$3:$5', [area('Sheet1', 2, 0, 4, MAX_COLS - 1)]],
    ['Sheet1!B2:A1', [area('Sheet1', 0, 0, 1, 1)]],
    ['Sheet1!$a$1', [area('Sheet1', 0, 0, 0, 0)]],
    ['Sheet1!$A$1,Sheet1!$C$1', [area('Sheet1', 0, 0, 0, 0), area('Sheet1', 0, 2, 0, 2)]],
  ])('%s', (formula, areas) => {
    expect(parseReference(formula)).toEqual({ areas });
  });

  test.each([
    ['#REF!'],
    ['=Sheet1!#REF!'],
    ["'绩效指标'!#REF!:$E$5"],
    ['$E$4:$E$27'], // no sheet
    ['"guangzhou-dept"'], // a constant
    ['Sheet1:Sheet3!A1'], // 3-D reference
    ['Sheet1!E'],
    ['Sheet1!XFE1'], // beyond the last column
    ["'Unclosed!A1"],
    [''],
  ])('%s is an error', (formula) => {
    expect(parseReference(formula)).toHaveProperty('error');
  });
});

describe('formatReference', () => {
  test.each([
    [area('绩效指标', 2, 8, 25, 8), "'绩效指标'!$I$3:$I$26"],
    [area('评分汇总', 0, 0, 0, 0), "'评分汇总'!$A$1"],
    [area('Sheet1', 3, 4, 26, 4), 'Sheet1!$E$4:$E$27'],
    [area("My 'Sheet'", 0, 0, 0, 0), "'My ''Sheet'''!$A$1"],
    [area('评分汇总 (2)', 0, 0, 0, 0), "'评分汇总 (2)'!$A$1"],
    [area('A1', 0, 0, 0, 0), "'A1'!$A$1"], // looks like a cell
    [area('2023', 0, 0, 0, 0), "'2023'!$A$1"],
    [area('Sheet1', 0, 4, MAX_ROWS - 1, 4), 'Sheet1!$E:$E'],
  ])('%j -> %s', (input, text) => {
    expect(formatReference(input)).toBe(text);
  });

  test('round-trips through parseReference', () => {
    for (const sheet of ['绩效指标', "O'Brien", 'a b', 'R1C1', 'Data_2023']) {
      const original = area(sheet, 4, 27, 9, 27);
      expect(parseReference(formatReference(original))).toEqual({ areas: [original] });
    }
  });
});

describe('A1 addresses', () => {
  test.each([
    [0, 0, 'A1'],
    [4, 4, 'E5'],
    [2, 25, 'Z3'],
    [0, 26, 'AA1'],
    [9, 701, 'ZZ10'],
    [0, 702, 'AAA1'],
    [MAX_ROWS - 1, MAX_COLS - 1, 'XFD1048576'],
  ])('(%i, %i) <-> %s', (row, col, address) => {
    expect(a1(row, col)).toBe(address);
    expect(parseA1(address)).toEqual({ row, col });
  });

  test('parseA1 accepts $ and lower case; rejects ranges and junk', () => {
    expect(parseA1('$e$5')).toEqual({ row: 4, col: 4 });
    expect(() => parseA1('E5:E6')).toThrow();
    expect(() => parseA1('E')).toThrow();
    expect(() => parseA1('E0')).toThrow();
  });
});
