/**
 * Random workbooks for the fuzz tests, described once (host-neutral) and built for both hosts:
 * the Excel fake (toFakeWorkbook) and a real .xlsx file through exceljs (toExcelJs).
 *
 * A spec is an indicator table at a random place on a sheet with a random name: the PE_* columns in
 * a random order, junk columns between, left and right of them, categories written once per group
 * (merged-cell style), formulas with cached values, error values, huge and tiny numbers, random
 * Unicode, 0 to 500 rows; names randomly sheet- or workbook-scoped; optional budget, management
 * items and profile cells; an unrelated user name and a second sheet that must come through intact.
 */
import fc from 'fast-check';
import type { CellValue } from '../../src/engine/types';

export interface SpecCell {
  row: number; // 0-based
  col: number; // 0-based
  value: CellValue;
  /** Formula text with '=', the value above being its cached result. */
  formula?: string;
  numberFormat?: string;
}

export interface SpecName {
  name: string;
  scope: 'workbook' | { sheet: string };
  formula: string;
}

export interface WorkbookSpec {
  sheet: string;
  cells: SpecCell[];
  names: SpecName[];
  /** A second sheet with a few cells of its own (never touched by the scorer). */
  other: { sheet: string; cells: SpecCell[] };
}

const ERRORS = ['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'];
const FORMATS = ['General', '0.00%', '0%', '0.00', '@', '#,##0', 'yyyy-mm-dd', '0.00E+00'];
const EXTREMES = [1e300, -1e300, 1e-300, 5e-324, Number.MAX_SAFE_INTEGER, -0, 0, 1.005, 0.125, 1.5, 150];
const CATEGORIES = [
  '产出指标',
  '数量指标',
  '质量',
  '时效指标',
  '效益指标',
  '社会效益',
  '满意度',
  '服务对象满意度',
];
const OPERATORS = ['', '≥', '>=', '＞＝', '>', '≤', '<=', '<', '=', '不低于', '不超过', '至少'];
const UNITS = ['', '%', '‰', '万套', '套', '项', '个', '次', '人次', '万元', '元', '天', '户', '万'];
const LEVELS = ['良好以上', '良好及以上', '优秀', '良好', '中等', '合格', '差', '是', '否', '完成', '未完成'];
const LEVELS_EXTRA = ['按时完成', '12月31日前完成', '达到优秀', '约7万', '有', '无'];
const SHEET_NAMES = ['绩效指标', 'Sheet1', "It's 2023", '评分 表', 'A', '数据(2023)', 'Σ∑ 表 🙂'];

/** Code points an .xlsx cannot hold (and Excel cannot type): C0 controls but tab/LF/CR, DEL, U+FFFE/F. */
const unstorable = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f || code >= 0xfffe;

const text = (maxLength: number) =>
  fc
    .string({ unit: 'grapheme', maxLength })
    .map((s) => [...s].filter((ch) => ch.length > 1 || !unstorable(ch.charCodeAt(0))).join(''));

type Content = Omit<SpecCell, 'row' | 'col'>;

const plain = (value: CellValue, numberFormat?: string): Content =>
  numberFormat ? { value, numberFormat } : { value };

/** Anything a cell can hold. */
const chaosCell: fc.Arbitrary<Content> = fc.oneof(
  fc.constant(plain(null)),
  fc.constantFrom(...EXTREMES).map((n) => plain(n)),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => plain(n)),
  fc
    .tuple(fc.double({ min: -2, max: 3, noNaN: true }), fc.constantFrom(...FORMATS))
    .map(([n, f]) => plain(n, f)),
  text(40).map((s) => plain(s === '' ? null : s)),
  fc.constantFrom(...ERRORS).map((e) => plain({ error: e })),
  fc.boolean().map((b) => plain(b)),
  fc
    .oneof(
      fc.integer({ min: -5, max: 500 }),
      text(10),
      fc.constantFrom(...ERRORS).map((error) => ({ error })),
    )
    .map((value): Content => ({ value: value === '' ? null : value, formula: '=1+1' })),
);

/** A target or actual as officers type them. */
const quantity: fc.Arbitrary<Content> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...OPERATORS),
      fc.oneof(fc.integer({ min: 0, max: 100000 }), fc.double({ min: 0, max: 1000, noNaN: true })),
      fc.constantFrom(...UNITS),
    )
    .map(([op, n, unit]) => plain(`${op}${Number(n.toFixed(4))}${unit}`)),
  fc.double({ min: 0, max: 2, noNaN: true }).map((n) => plain(n, '0.00%')),
  fc.integer({ min: 0, max: 100000 }).map((n) => plain(n)),
  fc.constantFrom(...LEVELS, ...LEVELS_EXTRA).map((s) => plain(s)),
);

const cellOf = (realistic: fc.Arbitrary<Content>, chaos = 0.25) =>
  fc.oneof(
    { weight: Math.round((1 - chaos) * 100), arbitrary: realistic },
    { weight: Math.round(chaos * 100), arbitrary: chaosCell },
  );

type Kind = 'category' | 'name' | 'target' | 'actual' | 'weight' | 'reported' | 'manual' | 'junk';

const KIND_CELLS: Record<Kind, fc.Arbitrary<Content>> = {
  category: cellOf(
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(plain(null)) },
      { weight: 2, arbitrary: fc.constantFrom(...CATEGORIES).map((c) => plain(c)) },
    ),
    0.1,
  ),
  name: cellOf(
    text(30).map((s) => plain(s || null)),
    0.1,
  ),
  target: cellOf(quantity, 0.12),
  actual: cellOf(quantity, 0.12),
  weight: cellOf(
    fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom(0.5, 2.5, 1.25)).map((n) => plain(n)),
    0.15,
  ),
  reported: cellOf(fc.double({ min: 0, max: 3, noNaN: true }).map((n) => plain(n, '0.00%'))),
  manual: cellOf(
    fc.oneof(
      { weight: 4, arbitrary: fc.constant(plain(null)) },
      { weight: 1, arbitrary: fc.double({ min: 0, max: 3, noNaN: true }).map((n) => plain(n)) },
    ),
    0.1,
  ),
  junk: chaosCell,
};

const NAME_OF: Partial<Record<Kind, string>> = {
  category: 'PE_Categories',
  name: 'PE_Names',
  target: 'PE_Targets',
  actual: 'PE_Actuals',
  weight: 'PE_Weights',
  reported: 'PE_ReportedRates',
  manual: 'PE_ManualScores',
};

export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function colLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function a1(row: number, col: number): string {
  return `${colLetters(col)}${row + 1}`;
}

export function absoluteRef(sheet: string, top: number, col: number, bottom = top): string {
  const start = `$${colLetters(col)}$${top + 1}`;
  return `${quoteSheet(sheet)}!${top === bottom ? start : `${start}:$${colLetters(col)}$${bottom + 1}`}`;
}

/** Row counts: mostly small, sometimes up to 500. */
const rowCount = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 12 }) },
  { weight: 3, arbitrary: fc.integer({ min: 13, max: 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: 61, max: 500 }) },
);

const sheetName = fc.oneof(
  fc.constantFrom(...SHEET_NAMES),
  text(31)
    .map((s) =>
      s
        .replace(/[[\]:*?/\\]/g, '')
        .replace(/^'+|'+$/g, '')
        .trim(),
    )
    .filter((s) => s.length > 0 && [...s].length <= 31 && !/^(评分汇总|扣分明细|history)$/i.test(s)),
);

export const workbookSpec: fc.Arbitrary<WorkbookSpec> = fc
  .record({
    sheet: sheetName,
    top: fc.integer({ min: 0, max: 6 }),
    left: fc.integer({ min: 0, max: 4 }),
    rows: rowCount,
    optional: fc.subarray(['category', 'name', 'weight', 'reported', 'manual'] as Kind[]),
    junk: fc.integer({ min: 0, max: 3 }),
    order: fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
    scopes: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
    budget: fc.constantFrom('amounts', 'rate', 'none'),
    budgetCells: fc.tuple(cellOf(quantity, 0.3), cellOf(quantity, 0.3)),
    management: fc.integer({ min: 0, max: 5 }),
    profile: fc.constantFrom(null, 'guangzhou-dept', 'national-project', 'nonsense'),
    seedCells: fc.infiniteStream(fc.integer({ min: 0, max: 2 ** 30 })),
  })
  .chain((base) => {
    const kinds: Kind[] = ['target', 'actual', ...base.optional];
    for (let i = 0; i < base.junk; i++) kinds.push('junk');
    const ranked = kinds.map((kind) => ({ kind, rank: base.order.next().value }));
    ranked.sort((x, y) => x.rank - y.rank);
    const layout = ranked.map((r) => r.kind);
    const height = Math.max(1, base.rows);
    const tableCells = layout.map((kind) =>
      base.rows === 0
        ? fc.constant([plain(null)])
        : fc.array(KIND_CELLS[kind], { minLength: base.rows, maxLength: base.rows }),
    );
    const management = fc.array(
      fc.tuple(
        text(12).map((s) => plain(s || '项目')),
        cellOf(
          fc.integer({ min: 0, max: 3 }).map((n) => plain(n)),
          0.2,
        ),
        cellOf(quantity, 0.3),
        cellOf(
          fc
            .constantFrom(
              '比例',
              '达标 100%',
              'threshold 90%',
              '计数 1',
              'per-count 0.5',
              '是否',
              '扣分',
              'manual',
            )
            .map((r) => plain(r)),
          0.2,
        ),
      ),
      { minLength: base.management, maxLength: base.management },
    );
    const otherCells = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 5 }), chaosCell),
      {
        maxLength: 6,
      },
    );
    return fc.tuple(fc.tuple(...tableCells), management, otherCells, fc.constant({ base, layout, height }));
  })
  .map(([columns, management, otherCells, { base, layout, height }]) => {
    const { sheet, top, left } = base;
    const cells: SpecCell[] = [];
    const names: SpecName[] = [];
    let scopeIndex = 0;
    const scope = (): SpecName['scope'] => (base.scopes[scopeIndex++ % 16] ? 'workbook' : { sheet });
    const put = (row: number, col: number, content: Content) => {
      if (content.value === null && !content.formula && !content.numberFormat) return;
      cells.push({ row, col, ...content });
    };
    // A header row above the table when there is room (headers are user content too).
    layout.forEach((kind, c) => {
      if (top > 0) put(top - 1, left + c, plain(kind === 'junk' ? `备注${c}` : kind));
      columns[c].forEach((content, r) => put(top + r, left + c, content));
      const name = NAME_OF[kind];
      if (name)
        names.push({ name, scope: scope(), formula: absoluteRef(sheet, top, left + c, top + height - 1) });
    });
    let row = top + height + 1;
    if (base.budget !== 'none') {
      const [planned, spent] = base.budgetCells;
      put(row, left, plain('年度预算'));
      put(row, left + 1, planned);
      names.push({
        name: base.budget === 'rate' ? 'PE_BudgetRate' : 'PE_BudgetPlanned',
        scope: scope(),
        formula: absoluteRef(sheet, row, left + 1),
      });
      if (base.budget === 'amounts') {
        put(row + 1, left, plain('决算支出'));
        put(row + 1, left + 1, spent);
        names.push({
          name: 'PE_BudgetSpent',
          scope: scope(),
          formula: absoluteRef(sheet, row + 1, left + 1),
        });
      }
      row += 3;
    }
    if (management.length > 0) {
      management.forEach((line, i) => line.forEach((content, c) => put(row + i, left + c, content)));
      ['PE_MgmtItems', 'PE_MgmtWeights', 'PE_MgmtValues', 'PE_MgmtRules'].forEach((name, c) =>
        names.push({
          name,
          scope: scope(),
          formula: absoluteRef(sheet, row, left + c, row + management.length - 1),
        }),
      );
      row += management.length + 1;
    }
    if (base.profile !== null) {
      put(row, left + 1, plain(base.profile));
      names.push({ name: 'PE_Profile', scope: scope(), formula: absoluteRef(sheet, row, left + 1) });
    }
    const other = sheet === 'Notes' ? 'Notes2' : 'Notes';
    // A user's own name, which must keep its name, scope and reference.
    names.push({ name: 'UserTotal', scope: 'workbook', formula: absoluteRef(other, 0, 0) });
    const seen = new Set<string>();
    const otherSpec = otherCells
      .filter(([r, c]) => !seen.has(`${r},${c}`) && !!seen.add(`${r},${c}`))
      .map(([r, c, content]) => ({ row: r, col: c, ...content }))
      .filter((cell) => cell.value !== null || cell.formula || cell.numberFormat);
    return { sheet, cells, names, other: { sheet: other, cells: otherSpec } };
  });

/** The sheet row (1-based, as in A1) of an A1 address such as "E5" or "'S'!E5"; null if none. */
export function rowOfAddress(address: string | null): number | null {
  const match = address ? /\$?[A-Za-z]{1,3}\$?(\d+)$/.exec(address) : null;
  return match ? Number(match[1]) : null;
}
