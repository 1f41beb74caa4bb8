/**
 * Benchmark workloads: the bundled example sheet stretched to any number of indicator rows, and
 * engine inputs of any size. The 24 seed indicators are repeated in order, so every size carries the
 * same mix the real table has (text magnitudes, percent-formatted numbers, qualitative levels, over150
 * and under100 rows, categories written once per group).
 */
import type { EngineInput, IndicatorRowInput, InputCell } from '../src/engine/types';
import { buildExampleSheet } from '../src/workbook/example';
import type { ExampleCell, ExampleSheet } from '../src/workbook/example-types';
import type { NameAdd } from '../src/workbook/types';

/** 0-based rows of the example layout (src/workbook/example-types.ts). */
const EXAMPLE_FIRST_INDICATOR = 2;
const EXAMPLE_INDICATORS = 24;
const EXAMPLE_AFTER_BLOCK = EXAMPLE_FIRST_INDICATOR + EXAMPLE_INDICATORS;

const colLetter = (col: number): string => String.fromCharCode(65 + col);

function quoted(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Moves a name's rows: rows at or after the block's end shift by `shift`; the block's own names grow. */
function stretchName(name: NameAdd, sheet: string, lastIndicatorRow: number, shift: number): NameAdd {
  const match = /!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(name.formula);
  if (!match) throw new Error(`workload: unexpected example name ${name.formula}`);
  const [, col, first, , last = first] = match;
  const firstRow = Number(first);
  const lastRow = Number(last);
  // 1-based rows: the example's indicator block is rows 3..26.
  const inBlock = firstRow === EXAMPLE_FIRST_INDICATOR + 1 && lastRow === EXAMPLE_AFTER_BLOCK;
  const from = inBlock ? firstRow : firstRow + shift;
  const to = inBlock ? lastIndicatorRow : lastRow + shift;
  const ref = from === to ? `$${col}$${from}` : `$${col}$${from}:$${col}$${to}`;
  return { ...name, formula: `${quoted(sheet)}!${ref}` };
}

/**
 * The example sheet with `rows` indicator rows (seed rows repeated), budget and management moved
 * below the block, every name adjusted. rows = 24 is exactly the example.
 */
export function stretchedExample(rows: number, sheetName = '绩效指标'): ExampleSheet {
  const example = buildExampleSheet(sheetName);
  const shift = rows - EXAMPLE_INDICATORS;
  const cells: ExampleCell[] = [];
  const seedRows = new Map<number, ExampleCell[]>();
  for (const cell of example.cells) {
    if (cell.row < EXAMPLE_FIRST_INDICATOR) cells.push(cell);
    else if (cell.row >= EXAMPLE_AFTER_BLOCK) cells.push({ ...cell, row: cell.row + shift });
    else {
      const seedRow = cell.row - EXAMPLE_FIRST_INDICATOR;
      seedRows.set(seedRow, [...(seedRows.get(seedRow) ?? []), cell]);
    }
  }
  for (let i = 0; i < rows; i++) {
    const seed = seedRows.get(i % EXAMPLE_INDICATORS) ?? [];
    for (const cell of seed) {
      // The first row of each copy keeps its category cells (they are written once per group).
      cells.push({ ...cell, row: EXAMPLE_FIRST_INDICATOR + i });
    }
  }
  const lastIndicatorRow = EXAMPLE_FIRST_INDICATOR + rows; // 1-based
  return {
    ...example,
    cells,
    names: example.names.map((n) => stretchName(n, sheetName, lastIndicatorRow, shift)),
  };
}

/** A1 address of a 0-based cell. */
export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row + 1}`;
}

/** EngineInput of `rows` indicators read straight from the stretched example's cells. */
export function engineInputOf(rows: number): EngineInput {
  const sheet = stretchedExample(Math.min(rows, EXAMPLE_INDICATORS));
  const at = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
  const cell = (row: number, col: number, address: string): InputCell => {
    const found = at.get(`${row},${col}`);
    return {
      address,
      value: found?.value ?? null,
      ...(found?.numberFormat ? { numberFormat: found.numberFormat } : {}),
    };
  };
  const indicators: IndicatorRowInput[] = [];
  for (let i = 0; i < rows; i++) {
    const seedRow = EXAMPLE_FIRST_INDICATOR + (i % EXAMPLE_INDICATORS);
    const sheetRow = EXAMPLE_FIRST_INDICATOR + i;
    indicators.push({
      category: cell(seedRow, 1, a1(sheetRow, 1)),
      name: cell(seedRow, 2, a1(sheetRow, 2)),
      target: cell(seedRow, 3, a1(sheetRow, 3)),
      actual: cell(seedRow, 4, a1(sheetRow, 4)),
      reportedRate: cell(seedRow, 5, a1(sheetRow, 5)),
      weight: cell(seedRow, 6, a1(sheetRow, 6)),
    });
  }
  return {
    profile: 'guangzhou-dept',
    indicators,
    hasWeights: true,
    hasCategories: true,
    budget: {
      kind: 'amounts',
      planned: { address: 'B29', value: 13752.09, numberFormat: '0.00' },
      spent: { address: 'B30', value: 13670.54, numberFormat: '0.00' },
    },
    management: [
      {
        item: { address: 'A33', value: '采购政策效能' },
        weight: { address: 'B33', value: 1 },
        value: { address: 'C33', value: 0.5407, numberFormat: '0.00%' },
        rule: { address: 'D33', value: '比例' },
      },
    ],
  };
}
