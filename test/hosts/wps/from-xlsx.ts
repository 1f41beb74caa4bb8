/**
 * An .xlsx workbook as a FakeWorkbook, read through the .xlsx host (its snapshot of every sheet:
 * cells, formulas, number formats, fills, merges, protection; every defined name with its scope),
 * so a workbook built for the command line can be scored by the WPS host on the ET fake.
 */
import { definedNames, readSnapshot, sheetNames, type XlsxBook } from '../../../src/hosts/xlsx';
import { OPAQUE_FILL } from '../../../src/workbook/types';
import { FakeWorkbook } from '../../fakes/excel';

export function fakeFromXlsx(book: XlsxBook): FakeWorkbook {
  const workbook = new FakeWorkbook();
  const names = sheetNames(book);
  for (const name of names) {
    const sheet = workbook.addSheet(name);
    const { grid, protected: isProtected } = readSnapshot(book, name).sheet;
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = grid.formulas[r]?.[c];
        const numberFormat = grid.numberFormats[r]?.[c];
        const fill = grid.fills[r]?.[c];
        sheet.putCell(grid.top + r, grid.left + c, {
          value,
          ...(formula ? { formula } : {}),
          ...(numberFormat && numberFormat !== 'General' ? { numberFormat } : {}),
          ...(fill && fill !== OPAQUE_FILL
            ? { fill }
            : fill === OPAQUE_FILL
              ? { fill: '#000000', fillPattern: 'Gray50' }
              : {}),
        });
      }),
    );
    for (const m of grid.merged ?? [])
      sheet.merges.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
    sheet.protected = isProtected;
  }
  for (const name of definedNames(book)) {
    const scope =
      name.scope === 'workbook' ? 'workbook' : name.scope.sheet ? { sheet: name.scope.sheet } : null;
    if (scope) workbook.defineName(name.name, name.formula, scope);
  }
  workbook.activate(workbook.sheets[0]);
  return workbook;
}
