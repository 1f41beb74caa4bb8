/**
 * Acceptance: the published tables of test/engine/published (data only: rows as printed, with the
 * published scores) written as one real .xlsx — one sheet per table, its PE_Rules block and budget
 * names sheet-scoped — and scored by the command line (`node bin/perfscore.js score … --json`).
 * Each row must carry the published score, or the figure its table file documents
 * (docs/scoring-rules.md §14); the template's placeholder rows (指标2：, ……) are not listed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PUBLISHED_TABLES } from '../engine/published/tables';
import type { PublishedTable } from '../engine/published/table';
import {
  buildWorkbook,
  indicatorTable,
  namedCell,
  plain,
  ref,
  sheetOf,
  type CellSpec,
  type Field,
} from './support/build-workbook';
import { buildCli, perfscore, tempDir } from './support/perfscore';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

const FIRST_ROW = 4;

function rulesOf(t: PublishedTable): Array<[string, CellSpec]> {
  const rows: Array<[string, CellSpec]> = [['基础规则', t.profile]];
  for (const [section, points] of Object.entries(t.rules?.sections ?? {})) rows.push([section, points]);
  if (t.rules?.decimals !== undefined) rows.push(['小数位', t.rules.decimals]);
  if (t.rules?.rounding) rows.push(['取舍', t.rules.rounding === 'down' ? '去尾' : '四舍五入']);
  return rows;
}

function sheetFor(t: PublishedTable, sheet: string) {
  const scope = { sheet, scope: 'sheet' as const };
  const rows = t.rows.map((r) => ({
    category: r.category,
    name: r.name,
    target: r.target as CellSpec,
    actual: r.actual as CellSpec,
    weight: r.weight,
  })) as Array<Partial<Record<Field, CellSpec>>>;
  const rules = rulesOf(t);
  const ruleCells: Record<string, CellSpec> = { K3: '设置', L3: '值' };
  rules.forEach(([setting, value], i) => {
    ruleCells[`K${i + 4}`] = setting;
    ruleCells[`L${i + 4}`] = value;
  });
  const built = sheetOf(
    sheet,
    plain({ A1: t.id, B3: '二级指标', C3: '三级指标', D3: '年度指标值', E3: '实际完成值', F3: '分值' }),
    indicatorTable(
      scope,
      FIRST_ROW,
      { category: 'B', name: 'C', target: 'D', actual: 'E', weight: 'F' },
      rows,
    ),
    plain(ruleCells),
    ...(t.budget
      ? [
          namedCell(scope, 'PE_BudgetPlanned', 'H4', t.budget.planned as CellSpec),
          namedCell(scope, 'PE_BudgetSpent', 'H5', t.budget.spent as CellSpec),
        ]
      : []),
  );
  const rulesName = { name: 'PE_Rules', ref: ref(sheet, 'K3', `L${rules.length + 3}`), sheet };
  return { sheet: built.sheet, names: [...built.names, rulesName] };
}

let sheets: Json[] = [];

beforeAll(async () => {
  buildCli();
  const dir = tempDir('published');
  const parts = PUBLISHED_TABLES.map((t, i) => sheetFor(t, `表${i + 1}`));
  fs.writeFileSync(
    path.join(dir, 'published.xlsx'),
    await buildWorkbook({ sheets: parts.map((p) => p.sheet), names: parts.flatMap((p) => p.names) }),
  );
  const run = perfscore(dir, ['published.xlsx', '--json']);
  if (run.status !== 0) throw new Error(`exit ${run.status}\n${run.stderr}`);
  sheets = JSON.parse(run.stdout).files[0].sheets;
}, 240000);

describe.each(PUBLISHED_TABLES.map((t, i) => [t.id, t, i] as const))('%s', (_id, t, i) => {
  test('each row scores as published, or as its file documents; placeholders are not listed', () => {
    const s = sheets.find((x: Json) => x.sheet === `表${i + 1}`);
    const rows = t.rows.map((row, k) => ({ row, cell: `E${FIRST_ROW + k}` }));
    expect(s.indicators.map((x: Json) => x.cell)).toEqual(
      rows.filter(({ row }) => row.weight !== null).map(({ cell }) => cell),
    );
    const scored = rows.filter(({ row }) => row.published !== null);
    const got = scored.map(({ cell }) => [cell, s.indicators.find((x: Json) => x.cell === cell).score]);
    const want = scored.map(({ row, cell }) => [
      cell,
      row.publisherError ? row.publisherError.ours : row.published,
    ]);
    expect(got).toEqual(want);
    if (!t.budget) return;
    const budget = s.sections.find((x: Json) => x.name === '预算执行率');
    expect(budget.score).toBe(t.budget.publisherError ? t.budget.publisherError.ours : t.budget.published);
  });
});
