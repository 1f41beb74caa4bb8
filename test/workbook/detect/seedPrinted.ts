/**
 * The seed's table as printed in the 2023 天河区政务服务数据管理局 report, without any name: a title,
 * the unit's name, the header 一级指标 | 二级指标 | 关键指标 | 年度目标值 | 年度实现值 | 指标完成率 |
 * 分值 | 偏差原因 with categories in merged cells (一级 with its points on a second line), a 合计 row,
 * the budget block and the 管理效率 block below. Its values are the bundled example's
 * (src/workbook/example.ts, itself checked against data/tianhe-2023/).
 */
import { buildExampleSheet } from '../../../src/workbook/example';
import type { CellValue } from '../../../src/workbook/types';
import type { Cell, Layout } from './layout';

const WIDTH = 8;

export function seedPrinted(name = '绩效自评表'): Layout {
  const example = buildExampleSheet(name);
  const at = (row1: number, col: number): Cell => {
    const cell = example.cells.find((c) => c.row === row1 - 1 && c.col === col);
    if (!cell) return null;
    return cell.numberFormat ? { n: cell.value as number, f: cell.numberFormat } : (cell.value as CellValue);
  };
  const rows: Cell[][] = [];
  const merges: string[] = ['A1:H1', 'A2:H2'];
  rows.push([at(1, 0)]);
  rows.push(['单位名称：天河区政务服务数据管理局']);
  rows.push([
    '一级指标',
    '二级指标',
    '关键指标',
    '年度目标值',
    '年度实现值',
    '指标完成率',
    '分值',
    '偏差原因',
  ]);
  // Example rows 3..26 become rows 4..27; runs of categories are merged, 一级 carries its points.
  const first = 4;
  const spans: Record<number, { start: number; text: string }> = {};
  for (let i = 0; i < 24; i += 1) {
    const source = 3 + i;
    const line: Cell[] = [];
    for (let col = 0; col < WIDTH; col += 1) line.push(at(source, col));
    if (typeof line[0] === 'string') line[0] = `${line[0]}\n（20分）`;
    rows.push(line);
    for (const col of [0, 1]) {
      if (line[col] !== null) {
        const open = spans[col];
        if (open && first + i - 1 > open.start)
          merges.push(`${'AB'[col]}${open.start}:${'AB'[col]}${first + i - 1}`);
        spans[col] = { start: first + i, text: String(line[col]) };
      }
    }
  }
  const last = first + 23;
  for (const col of [0, 1]) {
    const open = spans[col];
    if (open && last > open.start) merges.push(`${'AB'[col]}${open.start}:${'AB'[col]}${last}`);
  }
  rows.push(['合计', null, null, null, null, null, 40, null]);
  merges.push(`A${last + 1}:F${last + 1}`);
  rows.push([]);
  rows.push(['预算执行情况']);
  rows.push([at(29, 0), at(29, 1), at(29, 2)]);
  rows.push([at(30, 0), at(30, 1), at(30, 2)]);
  rows.push([]);
  rows.push(['管理效率']);
  for (let source = 32; source <= 36; source += 1) rows.push([0, 1, 2, 3, 4].map((col) => at(source, col)));
  return { name, rows, merges };
}
