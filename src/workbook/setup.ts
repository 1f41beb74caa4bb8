/**
 * Setup detection: find the header cells of a typical 绩效指标 table in a sheet's used range and
 * propose the PE_* names that would make it scorable (docs/workbook-contract.md §1).
 *
 * Pure: takes the values block of a SheetGrid, returns proposed ranges. The pane shows the proposal
 * to the officer and only defines the names once they confirm.
 */
import { columnLetters } from './references';
import type { CellValue, SheetGrid } from './types';

/** The names setup can propose from headers (the indicator block only). */
export type SetupName =
  'PE_Names' | 'PE_Categories' | 'PE_Targets' | 'PE_Actuals' | 'PE_ReportedRates' | 'PE_Weights';

/**
 * Header wording per name, most specific first. For PE_Categories 二级指标 is preferred over
 * 一级指标 because it is the finer split (数量指标 / 效益指标 …) the profiles map to sections.
 */
export const HEADER_SYNONYMS: ReadonlyArray<{ name: SetupName; headers: readonly string[] }> = [
  { name: 'PE_Names', headers: ['指标名称', '三级指标', '关键指标', '绩效指标'] },
  { name: 'PE_Categories', headers: ['二级指标', '一级指标'] },
  { name: 'PE_Targets', headers: ['年度目标值', '年度指标值', '年度目标', '目标值', '预期目标值'] },
  { name: 'PE_Actuals', headers: ['年度实现值', '实际完成值', '全年实际值', '实际值', '实现值', '完成值'] },
  { name: 'PE_ReportedRates', headers: ['指标完成率', '完成率'] },
  { name: 'PE_Weights', headers: ['分值', '指标分值', '权重'] },
];

export interface ProposedRange {
  name: SetupName;
  /** The header text as written in the sheet. */
  header: string;
  /** 0-based, inclusive; always a single column. */
  top: number;
  bottom: number;
  col: number;
  /** A1 address without sheet or $ signs, e.g. "D3:D26" (a single cell has no colon). */
  address: string;
}

export interface SetupProposal {
  /** 0-based row of the header line. */
  headerRow: number;
  /** 0-based first and last indicator rows. */
  firstRow: number;
  lastRow: number;
  ranges: ProposedRange[];
  /** Required names (PE_Targets, PE_Actuals) whose header was not found. */
  missingRequired: SetupName[];
}

const REQUIRED: readonly SetupName[] = ['PE_Targets', 'PE_Actuals'];

/**
 * Header text as compared: no whitespace of any kind (line breaks, full-width spaces), and no
 * trailing bracketed unit such as （分） or (万元), so 分值（分） and "年度\n目标值" match.
 */
export function normalizeHeader(text: string): string {
  let compact = text.replace(/[\s\u3000]+/g, '');
  // Strip trailing bracket groups, repeatedly: 分值（分）(权重) -> 分值.
  for (;;) {
    const stripped = compact.replace(/[（(][^（）()]*[）)]$/, '');
    if (stripped === compact) return compact;
    compact = stripped;
  }
}

function columnAddress(col: number, top: number, bottom: number): string {
  const letters = columnLetters(col);
  return top === bottom ? `${letters}${top + 1}` : `${letters}${top + 1}:${letters}${bottom + 1}`;
}

function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Which name a header cell stands for, and how preferred that wording is (lower is better). */
function classifyHeader(value: CellValue): { name: SetupName; rank: number } | null {
  if (typeof value !== 'string') return null;
  const normalized = normalizeHeader(value);
  for (const { name, headers } of HEADER_SYNONYMS) {
    const rank = headers.indexOf(normalized);
    if (rank >= 0) return { name, rank };
  }
  return null;
}

interface HeaderCell {
  name: SetupName;
  rank: number;
  header: string;
  col: number; // absolute, 0-based
}

/** The best-ranked header cell of each name on one row of the grid. */
function headersOfRow(row: CellValue[], left: number): HeaderCell[] {
  const best = new Map<SetupName, HeaderCell>();
  row.forEach((value, index) => {
    const match = classifyHeader(value);
    if (!match) return;
    const current = best.get(match.name);
    if (!current || match.rank < current.rank) {
      best.set(match.name, { ...match, header: String(value), col: left + index });
    }
  });
  return [...best.values()];
}

/**
 * Finds the indicator table's header line (the row matching the most names, at least two of them
 * and at least one of 年度目标值 / 年度实现值) and proposes, for each header found, the column under
 * it down to the last row before the first row that is blank across the table's columns.
 * Returns null when no such header line or no indicator row exists.
 */
export function detectIndicatorTable(grid: Pick<SheetGrid, 'top' | 'left' | 'values'>): SetupProposal | null {
  let headerIndex = -1;
  let headers: HeaderCell[] = [];
  grid.values.forEach((row, index) => {
    const found = headersOfRow(row, grid.left);
    const hasRequired = found.some((h) => REQUIRED.includes(h.name));
    if (found.length >= 2 && hasRequired && found.length > headers.length) {
      headerIndex = index;
      headers = found;
    }
  });
  if (headerIndex < 0) return null;

  const firstCol = Math.min(...headers.map((h) => h.col)) - grid.left;
  const lastCol = Math.max(...headers.map((h) => h.col)) - grid.left;
  let lastIndex = headerIndex;
  for (let index = headerIndex + 1; index < grid.values.length; index++) {
    const span = grid.values[index].slice(firstCol, lastCol + 1);
    if (span.every(isBlank)) break;
    lastIndex = index;
  }
  if (lastIndex === headerIndex) return null;

  const headerRow = grid.top + headerIndex;
  const firstRow = headerRow + 1;
  const lastRow = grid.top + lastIndex;
  const ranges = [...headers]
    .sort((a, b) => a.col - b.col)
    .map((h) => ({
      name: h.name,
      header: h.header,
      top: firstRow,
      bottom: lastRow,
      col: h.col,
      address: columnAddress(h.col, firstRow, lastRow),
    }));
  const missingRequired = REQUIRED.filter((name) => !headers.some((h) => h.name === name));
  return { headerRow, firstRow, lastRow, ranges, missingRequired };
}
