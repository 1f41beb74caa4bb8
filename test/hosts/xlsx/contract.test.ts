/**
 * The output contract on real .xlsx files (docs/workbook-contract.md §2): user content and defined
 * names survive untouched, a second run changes nothing, the input file is never written.
 */
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { readStoredNames, type StoredName } from '../../../src/hosts/xlsx/defined-names';
import { readWorkbook, sheetNames, sheetSnapshot } from '../../../src/hosts/xlsx';
import type { SheetSnapshot } from '../../../src/workbook/types';
import { setCells, styled, tempDir, writeExample, type FixtureName } from '../../fixtures/xlsx/build';
import { runCli } from '../../cli/run-cli';

const dir = tempDir();
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function storedNamesOf(path: string): Promise<StoredName[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return readStoredNames(await zip.file('xl/workbook.xml')!.async('string'));
}

async function everything(path: string): Promise<{ sheets: SheetSnapshot[]; names: StoredName[] }> {
  const book = await readWorkbook(path);
  return {
    sheets: sheetNames(book).map((name) => sheetSnapshot(book, name)),
    names: await storedNamesOf(path),
  };
}

/** Every non-empty cell of a sheet: "row,col" -> [value, formula, number format]. */
function contentOf(sheet: SheetSnapshot): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  const { grid } = sheet;
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = grid.formulas[r][c];
      const format = grid.numberFormats[r][c];
      if (value !== null || formula !== null)
        cells.set(`${r + grid.top},${c + grid.left}`, [value, formula, format]);
    }),
  );
  return cells;
}

/** The example plus everything a real workbook carries around the scored table. */
const RICH_NAMES: FixtureName[] = [
  { name: 'Kept_Hidden', formula: "'绩效指标'!$A$1", hidden: true },
  { name: 'Broken', formula: '#REF!' },
  { name: 'TwoAreas', formula: '附表!$A$1,附表!$C$3' },
  { name: 'Formula_Name', formula: 'SUM(附表!$A$1:$A$3)*2' },
  { name: 'Rate', formula: '0.05' },
  { name: 'Local', scope: '附表', formula: '附表!$B$1:$B$3' },
  { name: '_xlnm.Print_Area', scope: '附表', formula: '附表!$A$1:$C$5' },
  { name: '_xlnm._FilterDatabase', scope: '附表', formula: '附表!$A$1:$C$5', hidden: true },
  { name: '_xlnm.Print_Area', scope: '绩效指标', formula: '#REF!' },
  { name: 'WholeColumn', formula: '附表!$A:$A' },
];

async function writeRich(path: string): Promise<string> {
  return writeExample(path, (_sheet, workbook, names) => {
    const extra = workbook.addWorksheet('附表');
    setCells(extra, {
      A1: 1,
      A2: 2,
      A3: { formula: 'A1+A2', result: 3 },
      B1: styled('备注', { fill: '#DDEBF7' }),
      C3: { formula: "'绩效指标'!G3*2", result: 5 },
      C5: { error: '#N/A' },
    });
    return [...names, ...RICH_NAMES];
  });
}

describe('scoring a workbook with user content and names of every kind', () => {
  let input: string;
  let output: string;
  let inputHash: string;
  let before: Awaited<ReturnType<typeof everything>>;
  let after: Awaited<ReturnType<typeof everything>>;

  beforeAll(async () => {
    input = await writeRich(join(dir, 'rich.xlsx'));
    inputHash = sha(input);
    before = await everything(input);
    const run = await runCli('score', input);
    if (run.code !== 0) throw new Error(run.stderr);
    output = join(dir, 'rich.scored.xlsx');
    after = await everything(output);
  });

  it('never writes the input file', () => {
    expect(sha(input)).toBe(inputHash);
  });

  it('keeps every non-empty input cell (values, formulas, number formats) of every sheet', () => {
    for (const sheet of before.sheets) {
      const out = after.sheets.find((s) => s.name === sheet.name)!;
      const outCells = contentOf(out);
      for (const [key, content] of contentOf(sheet))
        expect({ sheet: sheet.name, key, content: outCells.get(key) }).toEqual({
          sheet: sheet.name,
          key,
          content,
        });
    }
  });

  it('keeps every original defined name: name, scope, reference and attributes', () => {
    const strip = (n: StoredName) => ({
      name: n.name,
      scope: n.scope,
      formula: n.formula,
      attributes: n.otherAttributes,
    });
    expect(before.names.map(strip)).toHaveLength(13 + RICH_NAMES.length);
    for (const name of before.names) expect(after.names.map(strip)).toContainEqual(strip(name));
  });

  it('adds only PE_Out* names and its hidden _PerfScore_ memory names, scoped to the scored sheet', () => {
    const added = after.names.filter(
      (n) =>
        !before.names.some((b) => b.name === n.name && JSON.stringify(b.scope) === JSON.stringify(n.scope)),
    );
    const visible = added.filter((n) => !n.name.startsWith('_PerfScore_'));
    expect(visible.map((n) => n.name).sort()).toEqual([
      'PE_OutDeductions',
      'PE_OutFlags',
      'PE_OutNotes',
      'PE_OutRates',
      'PE_OutScores',
      'PE_OutSummary',
    ]);
    for (const name of visible) expect(name.otherAttributes).toEqual([]);
    const memory = added.filter((n) => n.name.startsWith('_PerfScore_'));
    expect(memory.map((n) => n.name)).toEqual(
      expect.arrayContaining(['_PerfScore_OutRates', '_PerfScore_OutNotes']),
    );
    for (const name of memory) expect(name.otherAttributes).toEqual([['hidden', '1']]);
    for (const name of added) expect(name.scope).toEqual({ sheet: '绩效指标' });
  });

  it('recomputes localSheetId when the new sheets shift 附表 (index 1 -> 3)', async () => {
    const xml = await (await JSZip.loadAsync(readFileSync(output))).file('xl/workbook.xml')!.async('string');
    expect(after.sheets.map((s) => s.name)).toEqual(['绩效指标', '评分汇总', '扣分明细', '附表']);
    expect(xml).toContain('<definedName name="Local" localSheetId="3">附表!$B$1:$B$3</definedName>');
    expect(xml).toContain('<definedName name="_xlnm.Print_Area" localSheetId="3">');
  });

  it('leaves fills of user cells outside the highlights alone', () => {
    const extra = after.sheets.find((s) => s.name === '附表')!;
    expect(extra.grid.fills[0][1]).toBe('#DDEBF7');
  });

  it('changes nothing when the output is scored again (cells, formats, fills, names)', async () => {
    const again = join(dir, 'rich.again.xlsx');
    const run = await runCli('score', output, '--out', again);
    expect(run.code).toBe(0);
    expect(await everything(again)).toEqual(after);
  });
});

describe('scope and ownership', () => {
  it('uses a sheet-scoped name over a workbook-scoped one of the same name', async () => {
    const path = await writeExample(join(dir, 'scoped.xlsx'), (_sheet, _wb, names) => [
      // The workbook-scoped PE_Actuals points at the targets column: scoring it would give 100% everywhere.
      ...names.map((n) => (n.name === 'PE_Actuals' ? { ...n, formula: "'绩效指标'!$D$3:$D$26" } : n)),
      { name: 'PE_Actuals', scope: '绩效指标', formula: "'绩效指标'!$E$3:$E$26" },
    ]);
    const run = await runCli('score', path, '--json');
    expect(JSON.parse(run.stdout).files[0].sheets[0].total).toBe(94.46);
  });

  it('leaves a user sheet named 评分汇总 alone and writes the summary beside it', async () => {
    const path = await writeExample(join(dir, 'user-summary.xlsx'), (_sheet, workbook) => {
      setCells(workbook.addWorksheet('评分汇总'), { A1: '我的汇总', B2: 42 });
    });
    const run = await runCli('score', path);
    expect(run.code).toBe(0);
    const out = await everything(join(dir, 'user-summary.scored.xlsx'));
    const user = out.sheets.find((s) => s.name === '评分汇总')!;
    expect(user.grid.values).toEqual([
      ['我的汇总', null],
      [null, 42],
    ]);
    const names = out.names.filter((n) => n.name === 'PE_OutSummary');
    expect(names).toHaveLength(1);
    expect(names[0].formula).not.toContain("'评分汇总'!");
    expect(out.sheets.length).toBe(4);
  });
});
