/**
 * The package editor's pieces on the XML that producers really write: relationship targets both
 * ways, namespace prefixes, rows and cells without r, shared formulas, phonetic runs, escapes,
 * styles reused rather than duplicated, and what an empty or prefixed stylesheet needs.
 */
import { relativeTarget, resolveTarget, XlsxPackage } from '../../../src/hosts/xlsx/package';
import { zipEntries } from '../../../src/hosts/xlsx/zip-writer';
import { readGrid } from '../../../src/hosts/xlsx/read-grid';
import { slideFormula } from '../../../src/hosts/xlsx/shared-formulas';
import {
  escapeControlCharacters,
  readSharedStrings,
  unescapeControlCharacters,
} from '../../../src/hosts/xlsx/shared-strings';
import { SheetPart } from '../../../src/hosts/xlsx/sheet-part';
import { StylesPart } from '../../../src/hosts/xlsx/styles-part';
import { valueCell } from '../../../src/hosts/xlsx/cell-xml';

const CONTEXT = { date1904: false, themeScheme: [] as string[] };
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

describe('relationship targets', () => {
  it.each([
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/worksheets/sheet1.xml', '../comments1.xml', 'xl/comments1.xml'],
    ['xl/worksheets/sheet1.xml', '/xl/comments/comment1.xml', 'xl/comments/comment1.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['', '/xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/drawings/drawing1.xml', '../media/image%201.png', 'xl/media/image 1.png'],
    ['xl/workbook.xml', './styles.xml', 'xl/styles.xml'],
  ])('from %s, %s is %s', (source, target, part) => {
    expect(resolveTarget(source, target)).toBe(part);
  });

  it('writes targets relative to the source folder', () => {
    expect(relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet9.xml')).toBe('worksheets/sheet9.xml');
    expect(relativeTarget('xl/worksheets/sheet1.xml', 'xl/tables/table1.xml')).toBe('../tables/table1.xml');
  });
});

describe('SheetPart', () => {
  const styles = new StylesPart(undefined);

  it('reads rows and cells without r (the next row / column), prefixed elements, shared formulas', () => {
    const part = new SheetPart(
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c t="str"><x:v>a&amp;b</x:v></x:c></x:row>` +
        `<x:row r="3"><x:c r="B3"><x:f t="shared" ref="B3:B4" si="0">A3*2</x:f><x:v>4</x:v></x:c></x:row>` +
        `<x:row><x:c r="B4"><x:f t="shared" si="0"/><x:v>6</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    );
    const grid = readGrid(part, 'S', styles, () => [], CONTEXT);
    expect(grid.values).toEqual([
      [1, 'a&b'],
      [null, null],
      [null, 4],
      [null, 6],
    ]);
    expect(grid.formulas[3][1]).toBe('=A4*2');
  });

  it('writes only the edited rows, with the prefix of the part, and grows the dimension', () => {
    const untouched = '<x:row r="1" spans="1:1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>';
    const part = new SheetPart(
      `<x:worksheet xmlns:x="${MAIN}"><x:dimension ref="A1:A2"/><x:sheetData>${untouched}<x:row r="2" spans="1:1"><x:c r="A2"><x:v>2</x:v></x:c></x:row></x:sheetData><x:mergeCells count="0"/></x:worksheet>`,
    );
    part.setCell(1, 2, valueCell(part.prefix, 1, 2, 0, '说明'));
    const xml = part.render();
    expect(xml).toContain(untouched);
    expect(xml).toContain(
      '<x:row r="2"><x:c r="A2"><x:v>2</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t xml:space="preserve">说明</x:t></x:is></x:c></x:row>',
    );
    expect(xml).toContain('<x:dimension ref="A1:C2"/>');
    expect(xml).toContain('<x:mergeCells count="0"/></x:worksheet>');
  });

  it('gives implicit rows their number once a row is added before them', () => {
    const part = new SheetPart(`<worksheet><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>`);
    part.setCell(5, 0, valueCell('', 5, 0, 0, 2));
    expect(part.render()).toContain('<row r="1"><c><v>1</v></c></row><row r="6">');
  });

  it('writes text as text, even when it looks like a formula', () => {
    const cell = valueCell('', 0, 0, 0, '=SUM(A1)')!;
    expect(cell.xml).toBe('<c r="A1" t="inlineStr"><is><t xml:space="preserve">=SUM(A1)</t></is></c>');
  });
});

describe('text', () => {
  it('drops phonetic runs and joins rich text runs', () => {
    expect(
      readSharedStrings(
        `<sst><si><t>纯文本</t></si><si><r><t>甲</t></r><r><rPr/><t xml:space="preserve"> 乙</t></r><rPh sb="0" eb="1"><t>こう</t></rPh></si><si><t/></si></sst>`,
      ),
    ).toEqual(['纯文本', '甲 乙', '']);
  });

  it('reads CDATA sections literally', () => {
    expect(readSharedStrings('<sst><si><t><![CDATA[a<b&amp;]]> &amp; c</t></si></sst>')).toEqual([
      'a<b&amp; & c',
    ]);
  });

  it('escapes what XML cannot hold, both ways', () => {
    const text = 'a\u0001b_x0041_c';
    expect(escapeControlCharacters(text)).toBe('a_x0001_b_x005F_x0041_c');
    expect(unescapeControlCharacters(escapeControlCharacters(text))).toBe(text);
  });
});

describe('shared formulas', () => {
  it.each([
    ['A1+$B$1+B$2+$C3', [0, 0], [2, 1], 'B3+$B$1+C$2+$C5'],
    ['SUM(A1:A3)&"A1"', [0, 0], [1, 0], 'SUM(A2:A4)&"A1"'],
    ["'Sheet 1'!A1*LOG10(A1)", [0, 0], [0, 1], "'Sheet 1'!B1*LOG10(B1)"],
  ])('%s moved from %j to %j', (formula, [fromRow, fromCol], [toRow, toCol], moved) => {
    expect(slideFormula(formula, fromRow, fromCol, toRow, toCol)).toBe(moved);
  });
});

describe('StylesPart', () => {
  const STYLES = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

  it('reads built-in and custom formats', () => {
    const styles = new StylesPart(STYLES);
    expect([styles.numberFormat(0), styles.numberFormat(1)]).toEqual(['General', '0.0%']);
  });

  it('adds a style once and reuses it; a style that already has the format stays', () => {
    const styles = new StylesPart(STYLES);
    const percent = styles.withNumberFormat(0, '0.00%');
    expect(percent).toBe(2);
    expect(styles.withNumberFormat(0, '0.00%')).toBe(2);
    expect(styles.withNumberFormat(1, '0.0%')).toBe(1);
    const filled = styles.withFill(percent, '#FFC000');
    expect([styles.numberFormat(filled), styles.fill(filled)?.fgColor]).toEqual([
      '0.00%',
      { argb: 'FFFFC000' },
    ]);
    expect(styles.withFill(0, null)).toBe(0);
    const xml = styles.render();
    expect(xml).toContain('<cellXfs count="4">');
    expect(xml).toContain('<fills count="3">');
    // Written again from what it wrote: nothing new.
    const again = new StylesPart(xml);
    expect(again.withFill(again.withNumberFormat(0, '0.00%'), '#FFC000')).toBe(filled);
    expect(again.changed()).toBe(false);
  });

  it('builds what it needs in a package without a stylesheet, and keeps prefixes', () => {
    const fresh = new StylesPart(undefined);
    const style = fresh.withNumberFormat(0, '0.0%');
    expect(fresh.numberFormat(style)).toBe('0.0%');
    expect(fresh.render()).toMatch(/<numFmts count="1">.*<fonts.*<fills count="2">.*<cellXfs count="2">/);
    const prefixed = new StylesPart(STYLES.replace(/<(\/?)(\w)/g, '<$1x:$2').replace(`xmlns=`, 'xmlns:x='));
    prefixed.withFill(0, '#FF0000');
    expect(prefixed.render()).toContain(
      '<x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFFF0000"/>',
    );
  });
});

describe('XlsxPackage parts set as text', () => {
  it('reads back what was set, whole or as a prefix, and writes it once encoded', async () => {
    const zip = zipEntries([{ name: 'xl/a.xml', data: Buffer.from('<a>old</a>') }]);
    const pkg = await XlsxPackage.open(zip);
    pkg.setText('xl/a.xml', '<a>新的</a>');
    pkg.setText('xl/b.xml', '<b/>');
    pkg.setText('xl/b.xml', '<b>2</b>');
    expect(pkg.text('xl/a.xml')).toBe('<a>新的</a>');
    expect(pkg.textPrefix('xl/a.xml', 4)).toBe('<a>新的</a>');
    expect(pkg.textPrefix('xl/b.xml', 4)).toBe('<b>2</b>');
    const copy = await XlsxPackage.open(pkg.toBuffer());
    expect(copy.text('xl/a.xml')).toBe('<a>新的</a>');
    expect(copy.text('xl/b.xml')).toBe('<b>2</b>');
    expect(Buffer.concat(pkg.toChunks()).equals(pkg.toBuffer())).toBe(true);
    pkg.remove('xl/b.xml');
    expect(pkg.text('xl/b.xml')).toBeUndefined();
  });
});
