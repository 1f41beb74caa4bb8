/**
 * Acceptance: what the real command writes into <input>.scored.xlsx (docs/workbook-contract.md §2),
 * read back with exceljs and from the raw xl/workbook.xml.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import {
  buildWorkbook,
  indicatorTable,
  namedCell,
  pct,
  plain,
  sheetOf,
  type CellSpec,
  type WorkbookSpec,
} from './support/build-workbook';
import {
  buildCli,
  columnLetter,
  columnNumber,
  perfscore,
  readBook,
  readRaw,
  snapshotBook,
  snapshotSheet,
  solidFill,
  tempDir,
  valueOf,
  type RawWorkbook,
} from './support/perfscore';
import { W01, W01_MAIN, W02, W07, W09_MAIN, W21, W21_SHEET } from './workbooks';

const HEADERS = ['完成率', '得分', '标记', '说明'];
const FLAG_WORDS: Record<string, string | null> = {
  ok: null,
  over150: '需调整目标',
  review: '建议复核',
  under100: '未完成',
  error: '错误',
};

interface Scored {
  input: string;
  output: string;
  inputHashBefore: string;
  inputRaw: RawWorkbook;
  book: ExcelJS.Workbook;
  raw: RawWorkbook;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const dir = tempDir('writeback');

async function score(id: string, spec: WorkbookSpec, args: string[] = []): Promise<Scored> {
  const input = path.join(dir, `${id}.xlsx`);
  fs.writeFileSync(input, await buildWorkbook(spec));
  const inputHashBefore = sha(input);
  const run = perfscore(dir, [`${id}.xlsx`, '--json', ...args]);
  if (run.status !== 0) throw new Error(`${id}: exit ${run.status}\n${run.stderr}`);
  const output = path.join(dir, `${id}.scored.xlsx`);
  return {
    input,
    output,
    inputHashBefore,
    inputRaw: await readRaw(input),
    book: await readBook(output),
    raw: await readRaw(output),
    json: JSON.parse(run.stdout),
  };
}

/** "'My Sheet'!$G$5:$G$9" -> "My Sheet!G5:G9" for comparison. */
const plainRef = (r: string) =>
  r
    .replace(/^=/, '')
    .replace(/\$/g, '')
    .replace(/^'(.*)'!/, (_m, quoted: string) => `${quoted.replace(/''/g, "'")}!`);

function cellValueOf(spec: CellSpec): unknown {
  if (spec !== null && typeof spec === 'object') return spec.v;
  return spec;
}

/** Output columns: `first` = first column letter, rows of the block, flags per row (by cell order). */
interface OutputLayout {
  sheet: string;
  cols: string[];
  firstRow: number;
  lastRow: number;
  headerRow: number;
  /** Header cells the user had filled (left alone). */
  userHeaders?: Record<string, string>;
}

const LAYOUTS: [string, () => WorkbookSpec, OutputLayout, typeof W01][] = [
  [
    'W01 (G..J right of the block, headers in row 4)',
    () => W01.spec,
    { sheet: '绩效 表', cols: ['G', 'H', 'I', 'J'], firstRow: 5, lastRow: 9, headerRow: 4 },
    W01,
  ],
  [
    'W02 (I..L; I2 holds the user header 备注)',
    () => W02.spec,
    {
      sheet: 'My Sheet',
      cols: ['I', 'J', 'K', 'L'],
      firstRow: 3,
      lastRow: 7,
      headerRow: 2,
      userHeaders: { I2: '备注' },
    },
    W02,
  ],
  [
    'W07 (F..I; an empty row inside the block)',
    () => W07.spec,
    { sheet: 'Errors', cols: ['F', 'G', 'H', 'I'], firstRow: 3, lastRow: 11, headerRow: 2 },
    W07,
  ],
  [
    "W21 (G..J on O'Brien 表, a sheet after it with the user's names)",
    () => W21.spec,
    { sheet: W21_SHEET, cols: ['G', 'H', 'I', 'J'], firstRow: 3, lastRow: 5, headerRow: 2 },
    W21,
  ],
];

const scored = new Map<string, Scored>();
beforeAll(async () => {
  buildCli();
  for (const [title, spec] of LAYOUTS) scored.set(title, await score(title.split(' ')[0], spec()));
}, 240000);

const OUT_NAMES = ['PE_OutRates', 'PE_OutScores', 'PE_OutFlags', 'PE_OutNotes'];

describe.each(LAYOUTS)('%s', (title, specOf, layout, acceptance) => {
  const get = () => scored.get(title)!;
  const sheet = () => get().book.getWorksheet(layout.sheet)!;
  /** The columns the product actually used, read from the PE_Out* names it defined. */
  const usedCols = () =>
    OUT_NAMES.map((name) => {
      const n = get().raw.names.find(
        (d) => d.name === name && (d.scope === 'workbook' || d.scope === layout.sheet),
      );
      return n ? plainRef(n.ref).split('!')[1].replace(/\d.*$/, '') : '?';
    });

  // §2.1: "the first four columns to the right of the indicator block that are empty over its rows
  // (a header goes into the row above when that cell is empty)" — a filled header cell does not
  // make a column non-empty over the indicator rows.
  test('outputs go into the first four columns right of the block that are empty over its rows', () => {
    expect(usedCols()).toEqual(layout.cols);
  });

  test('PE_OutRates/Scores/Flags/Notes are defined, one column each, over the indicator rows', () => {
    OUT_NAMES.forEach((name, k) => {
      const defined = get().raw.names.filter(
        (n) => n.name === name && (n.scope === 'workbook' || n.scope === layout.sheet),
      );
      const col = usedCols()[k];
      expect(defined.map((n) => plainRef(n.ref))).toEqual([
        `${layout.sheet}!${col}${layout.firstRow}:${col}${layout.lastRow}`,
      ]);
    });
  });

  test('headers go into the empty cells above the output columns; user headers stay', () => {
    usedCols().forEach((col, k) => {
      const address = `${col}${layout.headerRow}`;
      const expected = layout.userHeaders?.[address] ?? HEADERS[k];
      expect([address, valueOf(sheet().getCell(address))]).toEqual([address, expected]);
    });
    for (const [address, text] of Object.entries(layout.userHeaders ?? {})) {
      expect(valueOf(sheet().getCell(address))).toBe(text);
    }
  });

  test('per-indicator columns: rate (percent format), score, flag words, note', () => {
    const [rateCol, scoreCol, flagCol, noteCol] = usedCols();
    const expectedSheet = acceptance.sheets[0];
    for (const want of expectedSheet.indicators) {
      const row = Number(want.cell.replace(/^[A-Z]+/, ''));
      const rate = sheet().getCell(`${rateCol}${row}`);
      if (want.rate !== null) {
        expect(typeof valueOf(rate)).toBe('number');
        expect(Math.abs((valueOf(rate) as number) - want.rate)).toBeLessThan(0.00005 + 1e-12);
        expect(rate.numFmt ?? '').toContain('%');
      }
      if (want.score !== undefined)
        expect([row, valueOf(sheet().getCell(`${scoreCol}${row}`))]).toEqual([row, want.score]);
      if (want.flag !== undefined) {
        const words = valueOf(sheet().getCell(`${flagCol}${row}`));
        expect([row, words === '' ? null : words]).toEqual([row, FLAG_WORDS[want.flag]]);
      }
      expect(String(valueOf(sheet().getCell(`${noteCol}${row}`)) ?? '').length).toBeGreaterThan(0);
    }
  });

  test('fills: strong on over150 flag+target cells, a fill on under100/review flags, none on ok rows', () => {
    const flagCol = usedCols()[2];
    const targetRef = acceptance.spec.names.find((n) => n.name === 'PE_Targets')!.ref;
    const targetCol = plainRef(targetRef).split('!')[1].replace(/\d.*$/, '');
    for (const want of acceptance.sheets[0].indicators) {
      const row = Number(want.cell.replace(/^[A-Z]+/, ''));
      const flagFill = solidFill(sheet().getCell(`${flagCol}${row}`));
      const targetFill = solidFill(sheet().getCell(`${targetCol}${row}`));
      if (want.flag === 'over150') expect([row, !!flagFill, !!targetFill]).toEqual([row, true, true]);
      if (want.flag === 'under100' || want.flag === 'review') {
        expect([row, !!flagFill, targetFill]).toEqual([row, true, null]);
      }
      if (want.flag === 'ok') expect([row, flagFill, targetFill]).toEqual([row, null, null]);
    }
    // strong (over150) and lighter (under100/review) are different fills
    const fillOf = (flag: string) =>
      acceptance.sheets[0].indicators
        .filter((i) => i.flag === flag)
        .map((i) => solidFill(sheet().getCell(`${flagCol}${i.cell.replace(/^[A-Z]+/, '')}`)));
    for (const strong of fillOf('over150')) {
      for (const light of [...fillOf('under100'), ...fillOf('review')]) expect(strong).not.toBe(light);
    }
  });

  test('扣分明细 lists each indicator shortfall and each management deduction', () => {
    const text = JSON.stringify(snapshotSheet(get().book.getWorksheet('扣分明细')!));
    const json = get().json.files[0].sheets[0];
    for (const i of json.indicators) {
      if (i.score !== null && i.weight !== null && i.score < i.weight)
        expect([i.cell, text.includes(i.name)]).toEqual([i.cell, true]);
    }
    for (const d of json.deductions)
      if (d.deducted > 0) expect([d.item, text.includes(d.item)]).toEqual([d.item, true]);
  });

  test('评分汇总 shows sections, total, grade, profile, counts and every finding with its cell', () => {
    const cells = snapshotSheet(get().book.getWorksheet('评分汇总')!) as Record<string, { value: unknown }>;
    const values = Object.values(cells).map((c) => c.value);
    const text = values.map((v) => String(v)).join('\n');
    const json = get().json.files[0].sheets[0];
    for (const line of [...json.sections, ...json.groups]) {
      expect([line.name, text.includes(line.name)]).toEqual([line.name, true]);
      expect([line.name, values.some((v) => v === line.score || v === String(line.score))]).toEqual([
        line.name,
        true,
      ]);
    }
    expect(values.some((v) => v === json.total || String(v).includes(json.total.toFixed(2)))).toBe(true);
    expect(text).toContain(json.grade);
    expect(/guangzhou-dept|广州/.test(text)).toBe(true);
    for (const f of json.findings)
      if (f.cell) expect([f.cell, text.includes(f.cell)]).toEqual([f.cell, true]);
  });

  test('扣分明细 and 评分汇总 sheets are written', () => {
    expect(get().raw.sheetNames).toEqual(expect.arrayContaining(['扣分明细', '评分汇总']));
    const summary = get().book.getWorksheet('评分汇总')!;
    const text = JSON.stringify(snapshotSheet(summary));
    expect(text).toContain(layout.sheet);
  });

  test('every input cell is unchanged, and nothing outside the output columns was written', () => {
    const spec = specOf();
    for (const s of spec.sheets) {
      const out = get().book.getWorksheet(s.name)!;
      for (const [address, cellSpec] of Object.entries(s.cells)) {
        expect([s.name, address, valueOf(out.getCell(address))]).toEqual([
          s.name,
          address,
          cellValueOf(cellSpec),
        ]);
        if (cellSpec !== null && typeof cellSpec === 'object' && cellSpec.fmt) {
          expect(out.getCell(address).numFmt).toBe(cellSpec.fmt);
        }
      }
      const written = Object.keys(snapshotSheet(out)).filter((a) => !(a in s.cells));
      const outside = written.filter((address) => {
        const col = columnNumber(address.replace(/\d+$/, ''));
        const row = Number(address.replace(/^[A-Z]+/, ''));
        const inColumns = s.name === layout.sheet && usedCols().map(columnNumber).includes(col);
        return !(inColumns && row >= layout.headerRow && row <= layout.lastRow);
      });
      expect({ sheet: s.name, outside }).toEqual({ sheet: s.name, outside: [] });
    }
  });

  test('merged areas are kept', async () => {
    const before = (await snapshotBook(get().input)) as { merges: unknown };
    const after = (await snapshotBook(get().output)) as { merges: Record<string, unknown> };
    for (const [name, merges] of Object.entries(before.merges as Record<string, unknown>)) {
      expect([name, after.merges[name]]).toEqual([name, merges]);
    }
  });

  test('every original defined name keeps its name, scope and reference', () => {
    for (const n of get().inputRaw.names) {
      expect(get().raw.names).toContainEqual(n);
    }
    const added = get().raw.names.filter(
      (n) => !get().inputRaw.names.some((o) => o.name === n.name && o.scope === n.scope),
    );
    // The scorer adds its PE_Out* names and its memory: hidden names of the reserved prefix.
    for (const n of added)
      expect([n.name, n.hidden]).toEqual(
        n.name.startsWith('_PerfScore_') ? [n.name, true] : [expect.stringMatching(/^PE_Out/), false],
      );
  });

  test('the input file is byte for byte unchanged', () => {
    expect(sha(get().input)).toBe(get().inputHashBefore);
  });

  test('scoring the output again changes nothing', async () => {
    const first = get().output;
    const again = path.join(dir, `${path.basename(first, '.xlsx')}.again.xlsx`);
    const run = perfscore(dir, [path.basename(first), '--out', path.basename(again)]);
    expect(run.status).toBe(0);
    expect(await snapshotBook(again)).toEqual(await snapshotBook(first));
  });
});

describe('existing PE_Out* names are reused (columns not adjacent to the block)', () => {
  test('W16: outputs go into the named cells; the empty columns beside the block stay empty', async () => {
    const scope = { sheet: '自评', scope: 'sheet' as const };
    const outNames = [
      'PE_OutRates',
      'K',
      'PE_OutScores',
      'M',
      'PE_OutFlags',
      'O',
      'PE_OutNotes',
      'Q',
    ] as const;
    const extra = [0, 2, 4, 6].map((k) => ({
      name: outNames[k],
      ref: `'自评'!$${outNames[k + 1]}$4:$${outNames[k + 1]}$6`,
      sheet: scope.sheet,
    }));
    const spec: WorkbookSpec = { sheets: [W09_MAIN.sheet], names: [...W09_MAIN.names, ...extra] };
    const s = await score('W16', spec);
    const sheet = s.book.getWorksheet('自评')!;
    expect([4, 5, 6].map((r) => valueOf(sheet.getCell(`M${r}`)))).toEqual([9.5, 10, 20]);
    expect(valueOf(sheet.getCell('K6'))).toBeCloseTo(1.0516, 4);
    expect([4, 5, 6].map((r) => String(valueOf(sheet.getCell(`Q${r}`)) ?? '').length > 0)).toEqual([
      true,
      true,
      true,
    ]);
    for (const col of ['I', 'J', 'L', 'N', 'P']) {
      expect([col, [4, 5, 6].map((r) => valueOf(sheet.getCell(`${col}${r}`)))]).toEqual([
        col,
        [null, null, null],
      ]);
    }
    // the names are not duplicated
    expect(s.raw.names.filter((n) => n.name === 'PE_OutRates')).toHaveLength(1);
  });
});

describe('output columns skip a column that holds content over the indicator rows', () => {
  test('W17: E3 holds a user note, so the outputs go to F..I and E3 stays', async () => {
    const scope = { sheet: 'S', scope: 'workbook' as const };
    const main = sheetOf(
      'S',
      plain({ E3: '用户备注' }),
      indicatorTable(scope, 2, { category: 'A', name: 'B', target: 'C', actual: 'D' }, [
        { category: '数量指标', name: '甲', target: '≥10', actual: 10 },
        { category: '社会效益', name: '乙', target: '≥10', actual: 10 },
        { category: '社会效益', name: '丙', target: '≥10', actual: 10 },
      ]),
      namedCell(scope, 'PE_BudgetRate', 'A10', pct(1)),
    );
    const s = await score('W17', { sheets: [main.sheet], names: main.names });
    const sheet = s.book.getWorksheet('S')!;
    expect(valueOf(sheet.getCell('E3'))).toBe('用户备注');
    expect([2, 3, 4].map((r) => valueOf(sheet.getCell(`G${r}`)))).toEqual([20, 10, 10]);
    expect(valueOf(sheet.getCell('F1'))).toBe('完成率');
    expect(valueOf(sheet.getCell('E2'))).toBeNull();
    const rates = s.raw.names.find((n) => n.name === 'PE_OutRates')!;
    expect(plainRef(rates.ref)).toBe('S!F2:F4');
  });
});

describe('user sheets named 评分汇总 / 扣分明细 are left alone', () => {
  test('W11: user sheets 评分汇总 and 扣分明细 keep their content; the output goes to new sheets', async () => {
    const user = { name: '评分汇总', cells: { A1: '我的汇总', B2: 123 } as Record<string, CellSpec> };
    const userDeductions = { name: '扣分明细', cells: { A1: '我的扣分记录' } as Record<string, CellSpec> };
    const spec: WorkbookSpec = { sheets: [W01_MAIN.sheet, user, userDeductions], names: W01_MAIN.names };
    const s = await score('W11', spec);
    const userSheet = s.book.getWorksheet('评分汇总')!;
    const before = (await readBook(s.input)).getWorksheet('评分汇总')!;
    expect(snapshotSheet(userSheet)).toEqual(snapshotSheet(before));
    expect(valueOf(userSheet.getCell('A1'))).toBe('我的汇总');
    expect(snapshotSheet(s.book.getWorksheet('扣分明细')!)).toEqual(
      snapshotSheet((await readBook(s.input)).getWorksheet('扣分明细')!),
    );
    const added = s.raw.sheetNames.filter((n) => !['绩效 表', '评分汇总', '扣分明细'].includes(n));
    expect(added).toHaveLength(2);
    const newSummary = added.filter((n) =>
      JSON.stringify(snapshotSheet(s.book.getWorksheet(n)!)).includes('94.93'),
    );
    expect(newSummary.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(snapshotSheet(s.book.getWorksheet(newSummary[0])!))).toContain('94.93');
  });
});

describe('a fill the scorer put on a user cell is undone by the next run', () => {
  test('W18: target cell with a user fill; once the row is no longer over150 the user fill comes back', async () => {
    const scope = { sheet: 'F', scope: 'workbook' as const };
    const main = sheetOf(
      'F',
      indicatorTable(scope, 2, { category: 'A', name: 'B', target: 'C', actual: 'D' }, [
        { category: '数量指标', name: '甲', target: { v: '≥10', fill: 'FFFF00' }, actual: 20 },
        { category: '社会效益', name: '乙', target: '≥10', actual: 10 },
      ]),
      namedCell(scope, 'PE_BudgetRate', 'A10', pct(1)),
    );
    const s = await score('W18', { sheets: [main.sheet], names: main.names });
    const scoredTarget = solidFill(s.book.getWorksheet('F')!.getCell('C2'));
    expect(scoredTarget).not.toBeNull();
    expect(scoredTarget).not.toBe('FFFFFF00');
    // scoring the scored file unchanged keeps the scorer's fill (and nothing else changes)
    expect(perfscore(dir, ['W18.scored.xlsx', '--out', 'W18-twice.xlsx']).status).toBe(0);
    expect(await snapshotBook(path.join(dir, 'W18-twice.xlsx'))).toEqual(await snapshotBook(s.output));
    // the officer corrects the actual in the scored file (a one-cell edit of the sheet XML)
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(fs.readFileSync(s.output));
    const sheetPath = Object.keys(zip.files).find((f) => /^xl\/worksheets\/sheet1\.xml$/.test(f))!;
    const xml = await zip.file(sheetPath)!.async('string');
    const edited = xml.replace(/(<c r="D2"[^>]*>\s*<v>)20(<\/v>)/, '$112$2');
    expect(edited).not.toBe(xml);
    zip.file(sheetPath, edited);
    const editedFile = path.join(dir, 'W18-edited.xlsx');
    fs.writeFileSync(editedFile, await zip.generateAsync({ type: 'nodebuffer' }));
    expect(perfscore(dir, ['W18-edited.xlsx']).status).toBe(0);
    const again = await readBook(path.join(dir, 'W18-edited.scored.xlsx'));
    expect(solidFill(again.getWorksheet('F')!.getCell('C2'))).toBe('FFFFFF00');
    expect(columnLetter(3)).toBe('C');
  });
});
