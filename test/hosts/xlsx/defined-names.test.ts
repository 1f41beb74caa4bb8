/** Defined names as xl/workbook.xml stores them: read, merged with the scorer's, written back. */
import {
  decodeXml,
  mergeNames,
  patchWorkbookXml,
  readStoredNames,
  renderDefinedNames,
  sheetOrderFromWorkbookXml,
  toDefinedNames,
} from '../../../src/hosts/xlsx/defined-names';

const workbookXml = (definedNames: string, sheets = ['绩效指标', 'Sheet2', 'Hidden']): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="x"><sheets>${sheets
    .map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')}</sheets>${definedNames}<calcPr calcId="1"/></workbook>`;

describe('readStoredNames', () => {
  it.each([
    [
      'workbook-scoped',
      `<definedName name="PE_Actuals">'绩效指标'!$E$3:$E$26</definedName>`,
      'PE_Actuals',
      'workbook',
      "'绩效指标'!$E$3:$E$26",
    ],
    [
      'scoped by localSheetId (0-based <sheets> order)',
      `<definedName name="PE_Actuals" localSheetId="1">Sheet2!$A$1:$A$3</definedName>`,
      'PE_Actuals',
      { sheet: 'Sheet2' },
      'Sheet2!$A$1:$A$3',
    ],
    ['#REF!', `<definedName name="PE_Targets">#REF!</definedName>`, 'PE_Targets', 'workbook', '#REF!'],
    [
      'multi-area',
      `<definedName name="Two">Sheet2!$A$1,Sheet2!$C$1</definedName>`,
      'Two',
      'workbook',
      'Sheet2!$A$1,Sheet2!$C$1',
    ],
    [
      'formula with escaped characters',
      `<definedName name="F">IF(Sheet2!$A$1&gt;0,&quot;a&amp;b&quot;,0)</definedName>`,
      'F',
      'workbook',
      'IF(Sheet2!$A$1>0,"a&b",0)',
    ],
    ['constant', `<definedName name="Rate">0.05</definedName>`, 'Rate', 'workbook', '0.05'],
    [
      'leading = dropped',
      `<definedName name="Eq">=Sheet2!$A$1</definedName>`,
      'Eq',
      'workbook',
      'Sheet2!$A$1',
    ],
    [
      'namespace prefix',
      `<x:definedName name="Px">Sheet2!$B$2</x:definedName>`,
      'Px',
      'workbook',
      'Sheet2!$B$2',
    ],
    [
      'localSheetId of no sheet',
      `<definedName name="Lost" localSheetId="9">Sheet2!$B$2</definedName>`,
      'Lost',
      { sheet: null },
      'Sheet2!$B$2',
    ],
  ])('%s', (_label, element, name, scope, formula) => {
    const [stored] = readStoredNames(workbookXml(`<definedNames>${element}</definedNames>`));
    expect({ name: stored.name, scope: stored.scope, formula: stored.formula }).toEqual({
      name,
      scope,
      formula,
    });
  });

  it('keeps other attributes (hidden, comment) in file order', () => {
    const xml = workbookXml(
      `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1" comment="c">Hidden!$A$1:$B$9</definedName></definedNames>`,
    );
    const [stored] = readStoredNames(xml);
    expect(stored.otherAttributes).toEqual([
      ['hidden', '1'],
      ['comment', 'c'],
    ]);
    expect(stored.scope).toEqual({ sheet: 'Hidden' });
  });

  it('finds nothing in a workbook without names', () => {
    expect(readStoredNames(workbookXml(''))).toEqual([]);
  });

  it('leaves out names scoped to no sheet when giving them to the mapping', () => {
    const stored = readStoredNames(
      workbookXml(
        `<definedNames><definedName name="A">Sheet2!$A$1</definedName><definedName name="B" localSheetId="7">Sheet2!$A$1</definedName></definedNames>`,
      ),
    );
    expect(toDefinedNames(stored)).toEqual([{ name: 'A', scope: 'workbook', formula: 'Sheet2!$A$1' }]);
  });

  it('gives the mapping each name’s hidden attribute (undo gives a deleted name back as it was)', () => {
    const stored = readStoredNames(
      workbookXml(
        `<definedNames><definedName name="_PerfScore_Fill_F4B183_NONE_1" localSheetId="0" hidden="1">Sheet1!$D$3</definedName>` +
          `<definedName name="_PerfScore_Fill_FFE699_NONE_1" localSheetId="0" hidden="true">Sheet1!$D$4</definedName>` +
          `<definedName name="_PerfScore_OutRates" localSheetId="0" hidden="0">Sheet1!$H$3</definedName>` +
          `<definedName name="PE_Targets" localSheetId="0">Sheet1!$C$3</definedName></definedNames>`,
      ),
    );
    expect(toDefinedNames(stored).map((n) => [n.name, n.hidden ?? false])).toEqual([
      ['_PerfScore_Fill_F4B183_NONE_1', true],
      ['_PerfScore_Fill_FFE699_NONE_1', true],
      ['_PerfScore_OutRates', false],
      ['PE_Targets', false],
    ]);
  });
});

describe('writing names back', () => {
  const original = readStoredNames(
    workbookXml(
      `<definedNames><definedName name="Keep" hidden="1">Sheet2!$A$1</definedName><definedName name="PE_OutRates" localSheetId="0">'绩效指标'!$I$3:$I$26</definedName><definedName name="Broken">#REF!</definedName></definedNames>`,
    ),
  );

  it('recomputes localSheetId against the final sheet order', () => {
    // The scorer added two sheets after 绩效指标; Sheet2 moved from index 1 to 3.
    const sheetScoped = readStoredNames(
      workbookXml(
        `<definedNames><definedName name="L" localSheetId="1">Sheet2!$A$1</definedName></definedNames>`,
      ),
    );
    expect(renderDefinedNames(sheetScoped, ['绩效指标', '评分汇总', '扣分明细', 'Sheet2', 'Hidden'])).toBe(
      '<definedNames><definedName name="L" localSheetId="3">Sheet2!$A$1</definedName></definedNames>',
    );
  });

  it('adds new names after the originals, scoped by sheet name', () => {
    const merged = mergeNames(original, [
      { name: 'PE_OutSummary', scope: { sheet: '绩效指标' }, formula: "'评分汇总'!$A$1" },
    ]);
    expect(renderDefinedNames(merged, ['绩效指标', '评分汇总', 'Sheet2'])).toBe(
      '<definedNames><definedName name="Keep" hidden="1">Sheet2!$A$1</definedName>' +
        `<definedName name="PE_OutRates" localSheetId="0">'绩效指标'!$I$3:$I$26</definedName>` +
        '<definedName name="Broken">#REF!</definedName>' +
        `<definedName name="PE_OutSummary" localSheetId="0">'评分汇总'!$A$1</definedName></definedNames>`,
    );
  });

  it('replaces a name of the same name and scope instead of duplicating it (case-insensitive)', () => {
    const merged = mergeNames(original, [
      { name: 'pe_outrates', scope: { sheet: '绩效指标' }, formula: "'绩效指标'!$J$3:$J$26" },
    ]);
    expect(merged.filter((n) => n.name.toUpperCase() === 'PE_OUTRATES')).toHaveLength(1);
    expect(merged.find((n) => n.name === 'PE_OutRates')?.formula).toBe("'绩效指标'!$J$3:$J$26");
  });

  it('adds a workbook-scoped name beside a sheet-scoped one of the same name', () => {
    const merged = mergeNames(original, [{ name: 'PE_OutRates', scope: 'workbook', formula: 'Sheet2!$A$1' }]);
    expect(merged.filter((n) => n.name === 'PE_OutRates')).toHaveLength(2);
  });

  it('escapes what XML needs in added names', () => {
    const merged = mergeNames([], [{ name: 'N', scope: 'workbook', formula: "'R&D <1>'!$A$1" }]);
    expect(renderDefinedNames(merged, ['R&D <1>'])).toBe(
      `<definedNames><definedName name="N">'R&amp;D &lt;1&gt;'!$A$1</definedName></definedNames>`,
    );
  });

  it('patches the <definedNames> of workbook.xml, or inserts it after </sheets>', () => {
    const withNames = workbookXml(
      '<definedNames><definedName name="Old">Sheet2!$A$1</definedName></definedNames>',
    );
    const patched = patchWorkbookXml(withNames, original);
    expect(readStoredNames(patched).map((n) => n.name)).toEqual(['Keep', 'PE_OutRates', 'Broken']);
    const inserted = patchWorkbookXml(workbookXml(''), original);
    expect(inserted).toContain('</sheets><definedNames><definedName name="Keep"');
    expect(patchWorkbookXml(withNames, [])).not.toContain('definedName');
  });

  it('reads the sheet order, decoding names', () => {
    expect(sheetOrderFromWorkbookXml(workbookXml('', ['A&amp;B', 'C']))).toEqual(['A&B', 'C']);
    expect(decodeXml('&#x4E2D;&#25991;&lt;')).toBe('中文<');
  });
});
