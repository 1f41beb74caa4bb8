/** Small builders for engine inputs in tests: one indicator row, A1 addresses on row 5. */
import {
  scoreEvaluation,
  type CellValue,
  type EngineInput,
  type IndicatorResult,
  type InputCell,
  type ProfileId,
  type ScoreResult,
} from '../../src/engine';

export function cell(address: string, value: CellValue, numberFormat = 'General'): InputCell {
  return { address, value, numberFormat };
}

/** A percent-formatted number cell, as Excel holds "98.00%". */
export function pct(address: string, value: number): InputCell {
  return cell(address, value, '0.00%');
}

export interface RowSpec {
  target: CellValue | InputCell;
  actual: CellValue | InputCell;
  weight?: CellValue;
  category?: CellValue;
  name?: CellValue;
  reported?: CellValue | InputCell;
  manual?: CellValue;
}

function asCell(address: string, v: CellValue | InputCell | undefined): InputCell {
  if (v !== null && typeof v === 'object' && 'address' in v) return v;
  return cell(address, (v ?? null) as CellValue);
}

export function rowInput(spec: RowSpec, r: number) {
  return {
    category: cell(`A${r}`, spec.category === undefined ? '产出指标' : spec.category),
    name: cell(`C${r}`, spec.name === undefined ? `指标${r}` : spec.name),
    target: asCell(`D${r}`, spec.target),
    actual: asCell(`E${r}`, spec.actual),
    reportedRate: asCell(`F${r}`, spec.reported ?? null),
    weight: cell(`G${r}`, spec.weight === undefined ? 1 : spec.weight),
    manualScore: cell(`H${r}`, spec.manual ?? null),
  };
}

export function inputOf(specs: RowSpec[], profile: ProfileId = 'guangzhou-dept', firstRow = 5): EngineInput {
  return {
    profile,
    indicators: specs.map((s, i) => rowInput(s, firstRow + i)),
    hasWeights: true,
    hasCategories: true,
    budget: { kind: 'amounts', planned: cell('J2', 100), spent: cell('J3', 100) },
    management: [],
  };
}

/** Scores one row (on row 5) and returns its result with the whole ScoreResult. */
export function scoreOne(
  spec: RowSpec,
  profile: ProfileId = 'guangzhou-dept',
): IndicatorResult & { all: ScoreResult } {
  const all = scoreEvaluation(inputOf([spec], profile));
  return { ...all.indicators[0], all };
}
