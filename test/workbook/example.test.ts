/**
 * The bundled example must say exactly what the seed table says (data/tianhe-2023/*.csv),
 * typed the way an officer types it: percentages as percent-formatted numbers, targets as text.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildExampleSheet } from '../../src/workbook/example';
import type { ExampleCell } from '../../src/workbook/example-types';

const DATA = join(__dirname, '..', '..', 'data', 'tianhe-2023');

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, literal quotes inside bare fields. */
function readCsv(file: string): string[][] {
  const text = readFileSync(join(DATA, file), 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/).filter((l) => l.length > 0)) {
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else field += ch;
      } else if (ch === '"' && field === '')
        quoted = true; // a quote inside an unquoted field is literal
      else if (ch === ',') {
        fields.push(field);
        field = '';
      } else field += ch;
    }
    fields.push(field);
    rows.push(fields);
  }
  return rows.slice(1); // header
}

/** "99.90%" -> 0.999 by moving the decimal point in the text, so the comparison is exact. */
function percentToFraction(text: string): { fraction: number; decimals: number } {
  const match = /^(\d+)(?:\.(\d+))?%$/.exec(text);
  if (!match) throw new Error(`not a percentage: ${text}`);
  const digits = match[1] + (match[2] ?? '');
  const decimals = (match[2] ?? '').length;
  const pointAt = match[1].length - 2;
  const padded = pointAt > 0 ? digits : '0'.repeat(1 - pointAt) + digits;
  const at = Math.max(pointAt, 1);
  return { fraction: Number(`${padded.slice(0, at)}.${padded.slice(at)}`), decimals };
}

/** Expects the cell to hold what the CSV text says, typed as the example types it. */
function expectTyped(cell: ExampleCell | undefined, text: string, where: string): void {
  expect({ where, present: cell !== undefined }).toEqual({ where, present: true });
  if (!cell) return;
  if (/^\d+(\.\d+)?%$/.test(text)) {
    const { fraction, decimals } = percentToFraction(text);
    expect({ where, value: cell.value, format: cell.numberFormat }).toEqual({
      where,
      value: fraction,
      format: decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`,
    });
  } else if (/^\d+(\.\d+)?$/.test(text)) {
    expect({ where, value: cell.value }).toEqual({ where, value: Number(text) });
  } else {
    expect({ where, value: cell.value, format: cell.numberFormat }).toEqual({
      where,
      value: text,
      format: undefined,
    });
  }
}

const sheet = buildExampleSheet();
const at = (row1: number, col: number): ExampleCell | undefined =>
  sheet.cells.find((c) => c.row === row1 - 1 && c.col === col);

describe('buildExampleSheet: the 24 indicators (rows 3-26) equal indicators.csv', () => {
  const indicators = readCsv('indicators.csv');

  it('has 24 indicator rows', () => {
    expect(indicators).toHaveLength(24);
    expect(at(26, 2)).toBeDefined();
    expect(at(27, 2)).toBeUndefined();
  });

  it.each(indicators.map((r, i) => [i + 3, ...r]))(
    'row %i: %s / %s / %s',
    (row, level1, level2, name, target, actual, reportedRate, weight) => {
      const r = row as number;
      expect(at(r, 2)?.value).toBe(name);
      // Targets are text even when they look like a percentage ("100%").
      expect(at(r, 3)).toEqual({ row: r - 1, col: 3, value: target });
      expectTyped(at(r, 4), actual as string, `E${r}`);
      expectTyped(at(r, 5), reportedRate as string, `F${r}`);
      expect(at(r, 6)?.value).toBe(Number(weight));
      // Categories are written on the first row of a group only; blank inherits the row above.
      const inherited = (col: number): unknown => {
        for (let k = r; k >= 3; k--) if (at(k, col)) return at(k, col)?.value;
        return undefined;
      };
      expect([inherited(0), inherited(1)]).toEqual([level1, level2]);
    },
  );

  it('writes each category once, on the first row of its group', () => {
    const written = (col: number) =>
      sheet.cells
        .filter((c) => c.col === col && c.row >= 2 && c.row <= 25)
        .map((c) => `${c.row + 1}:${c.value}`);
    expect(written(0)).toEqual(['3:产出指标', '12:效益指标']);
    expect(written(1)).toEqual([
      '3:数量指标',
      '7:质量指标',
      '9:时效指标',
      '12:社会效益',
      '24:服务对象满意度',
    ]);
  });

  it('keeps a few notes in 备注 (column H) so the output columns must skip it', () => {
    const notes = sheet.cells.filter((c) => c.col === 7 && c.row >= 2 && c.row <= 25);
    expect(notes.length).toBeGreaterThanOrEqual(2);
  });
});

describe('buildExampleSheet: budget (B29, B30) equals budget.csv', () => {
  const [planned, spent] = readCsv('budget.csv');
  it.each([
    [29, planned],
    [30, spent],
  ])('row %i', (row, [label, value]) => {
    expect(String(at(row, 0)?.value)).toContain(label);
    expect(at(row, 1)?.value).toBe(Number(value));
  });
});

describe('buildExampleSheet: management items (rows 33-36) equal management.csv', () => {
  const items = readCsv('management.csv');
  it.each(items.map((r, i) => [i + 33, ...r]))('row %i: %s', (row, item, weight, value, rule, note) => {
    const r = row as number;
    expect(at(r, 0)?.value).toBe(item);
    expect(at(r, 1)?.value).toBe(Number(weight));
    expectTyped(at(r, 2), value as string, `C${r}`);
    expect(at(r, 3)?.value).toBe(rule);
    expect(at(r, 4)?.value).toBe(note);
  });
});

describe('buildExampleSheet: layout and names', () => {
  it('has the title merged over A1:H1 and bold headers in row 2', () => {
    expect(sheet.merges).toEqual(['A1:H1']);
    expect(at(1, 0)?.bold).toBe(true);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((c) => [at(2, c)?.value, at(2, c)?.bold])).toEqual(
      ['一级指标', '二级指标', '三级指标', '年度目标值', '年度实现值', '指标完成率', '分值', '备注'].map(
        (h) => [h, true],
      ),
    );
    expect(sheet.columnWidths).toHaveLength(8);
  });

  it('holds the profile in B38', () => {
    expect([at(38, 0)?.value, at(38, 1)?.value]).toEqual(['评分规则', 'guangzhou-dept']);
  });

  it('defines the workbook-scoped names of the contract', () => {
    const q = "'绩效指标'!";
    expect(sheet.names).toEqual([
      { name: 'PE_Categories', scope: 'workbook', formula: `${q}$B$3:$B$26` },
      { name: 'PE_Names', scope: 'workbook', formula: `${q}$C$3:$C$26` },
      { name: 'PE_Targets', scope: 'workbook', formula: `${q}$D$3:$D$26` },
      { name: 'PE_Actuals', scope: 'workbook', formula: `${q}$E$3:$E$26` },
      { name: 'PE_ReportedRates', scope: 'workbook', formula: `${q}$F$3:$F$26` },
      { name: 'PE_Weights', scope: 'workbook', formula: `${q}$G$3:$G$26` },
      { name: 'PE_BudgetPlanned', scope: 'workbook', formula: `${q}$B$29` },
      { name: 'PE_BudgetSpent', scope: 'workbook', formula: `${q}$B$30` },
      { name: 'PE_MgmtItems', scope: 'workbook', formula: `${q}$A$33:$A$36` },
      { name: 'PE_MgmtWeights', scope: 'workbook', formula: `${q}$B$33:$B$36` },
      { name: 'PE_MgmtValues', scope: 'workbook', formula: `${q}$C$33:$C$36` },
      { name: 'PE_MgmtRules', scope: 'workbook', formula: `${q}$D$33:$D$36` },
      { name: 'PE_Profile', scope: 'workbook', formula: `${q}$B$38` },
    ]);
  });

  it('uses the given sheet name in every reference, quoting it when needed', () => {
    expect(buildExampleSheet('Data').names[0].formula).toBe('Data!$B$3:$B$26');
    expect(buildExampleSheet("O'Brien 表").names[0].formula).toBe("'O''Brien 表'!$B$3:$B$26");
    expect(buildExampleSheet('Data').name).toBe('Data');
  });

  it('returns a fresh copy each call', () => {
    const a = buildExampleSheet();
    a.cells.length = 0;
    expect(buildExampleSheet().cells.length).toBeGreaterThan(100);
  });

  it('has no two cells at the same place', () => {
    const keys = sheet.cells.map((c) => `${c.row},${c.col}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
