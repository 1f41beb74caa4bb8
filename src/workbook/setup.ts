/**
 * The pane's original setup proposal (the indicator columns only), now a view of detection
 * (./detect): one vocabulary, one header finder. New callers should use `detectLayout`, which also
 * proposes the budget and 管理效率 blocks, PE_Reasons and the profile, and says what it did not find.
 */
import { columnLetters } from './references';
import { detectLayout, normalizeHeader } from './detect';
import type { InputName } from './names';
import type { SheetGrid } from './types';

export { normalizeHeader };

/** The names setup can propose from headers (the indicator block only), in its order. */
const SETUP_NAMES = [
  'PE_Names',
  'PE_Categories',
  'PE_Targets',
  'PE_Actuals',
  'PE_ReportedRates',
  'PE_Weights',
] as const satisfies readonly InputName[];

export type SetupName = (typeof SETUP_NAMES)[number];

export interface ProposedRange {
  name: SetupName;
  /** The header text as written in the sheet. */
  header: string;
  /** 0-based, inclusive. One column, except a split PE_Targets (up to three: col..right). */
  top: number;
  bottom: number;
  col: number;
  /** Last column of a split PE_Targets; absent or equal to col for one column. */
  right?: number;
  /** A1 address without sheet or $ signs, e.g. "D3:D26" (a single cell has no colon). */
  address: string;
}

export interface SetupProposal {
  /** 0-based row of the header line (its last row when the header spans two). */
  headerRow: number;
  /** 0-based first and last indicator rows. */
  firstRow: number;
  lastRow: number;
  ranges: ProposedRange[];
  /** Required names (PE_Targets, PE_Actuals) whose header was not found. */
  missingRequired: SetupName[];
}

function address(left: number, right: number, top: number, bottom: number): string {
  const start = `${columnLetters(left)}${top + 1}`;
  const end = `${columnLetters(right)}${bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/**
 * The indicator table's header line and, for each header found, the column under it down to the
 * table's last indicator row (see ./detect/table.ts). Null when no header line or no indicator row.
 */
export function detectIndicatorTable(
  grid: Pick<SheetGrid, 'top' | 'left' | 'values'> & Partial<Pick<SheetGrid, 'merged'>>,
): SetupProposal | null {
  const full: SheetGrid = { formulas: [], numberFormats: [], fills: [], ...grid };
  const detection = detectLayout(full, '');
  const table = detection.table;
  if (!table || table.lastRow < table.firstRow) return null;
  const ranges: ProposedRange[] = [];
  for (const part of detection.parts) {
    const name = part.name as SetupName;
    if (!SETUP_NAMES.includes(name) || !part.area) continue;
    const { top, bottom, left, right } = part.area;
    ranges.push({
      name,
      header: part.header ?? '',
      top,
      bottom,
      col: left,
      right,
      address: address(left, right, top, bottom),
    });
  }
  ranges.sort((a, b) => a.col - b.col);
  const missingRequired = (['PE_Targets', 'PE_Actuals'] as const).filter(
    (name) => !ranges.some((range) => range.name === name),
  );
  return {
    headerRow: table.headerBottom,
    firstRow: table.firstRow,
    lastRow: table.lastRow,
    ranges,
    missingRequired,
  };
}
