/**
 * Facts for the report's title from the sheet itself, never guessed: a title cell in the first rows
 * that reads “2023年度天河区政务服务数据管理局部门整体支出绩效自评表” gives the year and the
 * department; a 项目名称 | value pair gives the project. Anything else stays a placeholder.
 */
import { cellAt } from './grid';
import type { SheetGrid } from './types';
import type { ReportFacts } from '../report/types';

/** How many rows from the top a title or head block is looked for in. */
const HEAD_ROWS = 6;
const TITLE = /^(\d{4})\s*年度?\s*(.*?)\s*(?:部门整体支出|项目支出|项目)?绩效自评(?:表|报告)?/;
const PROJECT_LABELS = ['项目名称'];

export function factsFromSheet(sheet: string, grid: SheetGrid): ReportFacts {
  const facts: ReportFacts = { sheet };
  const width = Math.max(0, ...grid.values.map((row) => row.length));
  for (let r = grid.top; r < grid.top + Math.min(HEAD_ROWS, grid.values.length); r += 1) {
    for (let c = grid.left; c < grid.left + width; c += 1) {
      const value = cellAt(grid, r, c).value;
      if (typeof value !== 'string') continue;
      const text = value.trim();
      const title = TITLE.exec(text.replace(/[（(][^）)]*[）)]/g, ''));
      if (title && !facts.year) {
        facts.year = title[1];
        if (title[2]) facts.organisation = title[2];
      }
      if (PROJECT_LABELS.includes(text.replace(/\s/g, ''))) {
        const next = cellAt(grid, r, c + 1).value;
        if (typeof next === 'string' && next.trim()) facts.organisation = next.trim();
      }
    }
  }
  return facts;
}
