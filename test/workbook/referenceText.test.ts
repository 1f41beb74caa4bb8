import { isA1Address, splitReference } from '../../src/workbook/referenceText';

describe('splitReference', () => {
  it.each([
    ["='绩效指标'!$D$3:$D$26", { sheet: '绩效指标', address: 'D3:D26' }],
    ['Sheet1!$B$38', { sheet: 'Sheet1', address: 'B38' }],
    ["'It''s'!A1", { sheet: "It's", address: 'A1' }],
    ['E14', { sheet: null, address: 'E14' }],
    ['$E$14', { sheet: null, address: 'E14' }],
    ['#REF!', null],
    ['=#REF!$A$1', null],
    ['Sheet1!$A$1,Sheet1!$C$1', null],
    ['PE_Weights', null],
  ])('%s -> %j', (reference, expected) => {
    expect(splitReference(reference)).toEqual(expected);
  });
});

describe('isA1Address', () => {
  it.each([
    ['E5', true],
    ['D3:D26', true],
    ['$E$5', true],
    ['PE_Weights', false],
    ['E0', false],
    ['绩效指标!E5', false],
  ])('%s -> %s', (text, expected) => {
    expect(isA1Address(text)).toBe(expected);
  });
});
