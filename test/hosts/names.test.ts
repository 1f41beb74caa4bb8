/**
 * One rule for comparing names in both hosts and the CLI: Excel compares defined names and sheet
 * names case-insensitively, and a name is unique per scope.
 */
import ExcelJS from 'exceljs';
import { join } from 'path';
import { sameName, sameScope, sameText } from '../../src/hosts/names';
import { nameExistsIn } from '../../src/hosts/names';
import { readSnapshot, readWorkbook } from '../../src/hosts/xlsx';
import { mergeNames, type StoredName } from '../../src/hosts/xlsx/defined-names';
import { setCells, tempDir, writeWithNames } from '../fixtures/xlsx/build';

describe('sameText / sameScope / sameName', () => {
  it.each([
    ['PE_OutSummary', 'pe_outsummary', true],
    ['Sheet1', 'SHEET1', true],
    ['评分汇总', '评分汇总', true],
    ['Sheet1', 'Sheet2', false],
  ])('sameText(%s, %s) = %s', (a, b, expected) => expect(sameText(a, b)).toBe(expected));

  it.each<[Parameters<typeof sameScope>[0], Parameters<typeof sameScope>[1], boolean]>([
    ['workbook', 'workbook', true],
    ['workbook', { sheet: 'S' }, false],
    [{ sheet: 'Data' }, { sheet: 'DATA' }, true],
    [{ sheet: 'Data' }, { sheet: 'Other' }, false],
    [{ sheet: null }, { sheet: 'Data' }, false],
  ])('sameScope(%j, %j) = %s', (a, b, expected) => expect(sameScope(a, b)).toBe(expected));

  it('sameName needs both', () => {
    expect(
      sameName(
        { name: 'pe_outscores', scope: { sheet: 'data' } },
        { name: 'PE_OutScores', scope: { sheet: 'Data' } },
      ),
    ).toBe(true);
    expect(
      sameName(
        { name: 'PE_OutScores', scope: 'workbook' },
        { name: 'PE_OutScores', scope: { sheet: 'Data' } },
      ),
    ).toBe(false);
  });
});

describe('the hosts use it', () => {
  it('Office and WPS: a name that exists in another case is redefined, not added again', () => {
    const exists = nameExistsIn([{ name: 'pe_outscores', scope: { sheet: 'DATA' } }]);
    expect(exists({ name: 'PE_OutScores', scope: { sheet: 'Data' } })).toBe(true);
    expect(exists({ name: 'PE_OutScores', scope: 'workbook' })).toBe(false);
  });

  it('.xlsx: an added name replaces the one stored with its sheet scope spelled in another case', () => {
    const stored: StoredName = {
      name: 'pe_outscores',
      scope: { sheet: 'DATA' },
      formula: 'DATA!$H$1',
      otherAttributes: [],
      rawText: 'DATA!$H$1',
    } as StoredName;
    const merged = mergeNames(
      [stored],
      [{ name: 'PE_OutScores', scope: { sheet: 'Data' }, formula: "'Data'!$I$1" }],
    );
    expect(merged).toHaveLength(1);
    expect(merged[0].formula).toBe("'Data'!$I$1");
  });

  it('.xlsx: output sheets are found through a PE_OutSummary that spells the sheet in another case', async () => {
    const workbook = new ExcelJS.Workbook();
    setCells(workbook.addWorksheet('Data'), { A1: 1 });
    setCells(workbook.addWorksheet('Summary'), { A1: 'old summary' });
    const path = join(tempDir(), 'case.xlsx');
    await writeWithNames(workbook, [{ name: 'pe_outsummary', scope: 'Data', formula: 'SUMMARY!$A$1' }], path);
    const snapshot = readSnapshot(await readWorkbook(path), 'Data');
    expect(snapshot.otherSheets.map((s) => s.name)).toEqual(['Summary']);
  });
});
