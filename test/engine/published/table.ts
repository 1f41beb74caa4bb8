/**
 * Published self-evaluation tables typed in as printed (issue 7: "checked again on published tables you
 * have not seen"). One file per table (<place-year>.ts) holds its rows as data, with the source address;
 * `scorePublished` scores it through the engine with the rules that jurisdiction uses, and `agreement`
 * counts how many published scores the engine reproduces to the cent.
 *
 * A row the engine scores differently on purpose carries `publisherError`: the published figure
 * contradicts the table itself (a rate of 100 % scored below the weight, a score above the weight, …);
 * the test asserts OUR score and the comment says what the publisher did.
 */
import {
  scoreEvaluation,
  type CellValue,
  type EngineInput,
  type IndicatorResult,
  type ProfileId,
  type RuleOverrides,
  type ScoreResult,
} from '../../../src/engine';
import { cell, rowInput } from '../helpers';

export interface PublisherError {
  /**
   * arithmetic: the published figure contradicts the row's own target and actual; not-printed: the
   * row prints no target or actual to score; judgement: a reading we decided differently (docs).
   */
  kind: 'arithmetic' | 'not-printed' | 'judgement';
  /** Our score (null: the row cannot be scored from what the table prints). */
  ours: number | null;
  /** What the publisher did, in one line. */
  why: string;
}

export interface PublishedRow {
  /** 二级指标 as printed (with the 一级 where the table prints both in the cell); null inherits. */
  category: string | null;
  name: string;
  target: CellValue;
  actual: CellValue;
  /** 分值 as printed; where the template prints none, the weight the block implies (see the file). */
  weight: number | null;
  /** 得分 as printed; null when the table prints none (a detail or not-applicable row). */
  published: number | null;
  publisherError?: PublisherError;
}

export interface PublishedTable {
  /** place-year, e.g. 中江县水利局-2022. */
  id: string;
  source: string;
  profile: ProfileId;
  /** The PE_Rules that jurisdiction's template implies (points, precision, rounding). */
  rules?: RuleOverrides;
  rows: PublishedRow[];
  /** The budget line; absent when the stored copy does not show it (the engine then reports it missing). */
  budget?: {
    planned: CellValue;
    spent: CellValue;
    points: number;
    published: number;
    publisherError?: PublisherError;
  };
}

export function inputOfTable(t: PublishedTable): EngineInput {
  return {
    profile: t.profile,
    rules: t.rules,
    // The published 得分 goes in as the department's reported score (column I): the engine names
    // every one it does not reproduce.
    indicators: t.rows.map((r, i) => ({
      ...rowInput(
        { category: r.category, name: r.name, target: r.target, actual: r.actual, weight: r.weight },
        5 + i,
      ),
      reportedScore: cell(`I${5 + i}`, r.published),
    })),
    hasWeights: true,
    hasCategories: true,
    budget: t.budget
      ? { kind: 'amounts', planned: cell('J2', t.budget.planned), spent: cell('J3', t.budget.spent) }
      : null,
    management: [],
  };
}

export function scorePublished(t: PublishedTable): ScoreResult {
  return scoreEvaluation(inputOfTable(t));
}

/** Rows with a published score: agreeing to the cent, unreadable (row error), scored differently. */
export interface Agreement {
  scored: number;
  agree: number;
  unreadable: number;
  differ: number;
}

function resultOf(t: PublishedTable, r: ScoreResult, i: number): IndicatorResult | undefined {
  return r.indicators.find((x) => x.cell === `E${5 + i}`);
}

export function agreement(t: PublishedTable, r: ScoreResult = scorePublished(t)): Agreement {
  const a: Agreement = { scored: 0, agree: 0, unreadable: 0, differ: 0 };
  const count = (ours: number | null, error: boolean, published: number) => {
    a.scored += 1;
    if (error) a.unreadable += 1;
    else if (ours === published) a.agree += 1;
    else a.differ += 1;
  };
  t.rows.forEach((row, i) => {
    if (row.published === null) return;
    const res = resultOf(t, r, i);
    count(res?.score ?? null, !res || res.flag === 'error', row.published);
  });
  if (t.budget) count(r.budget.score, r.budget.score === null, t.budget.published);
  return a;
}

/** Each row with a published score: [name, ours, expected], expected = published unless a publisher error. */
export function comparison(
  t: PublishedTable,
  r: ScoreResult = scorePublished(t),
): Array<[string, number | null, number | null]> {
  const rows: Array<[string, number | null, number | null]> = [];
  t.rows.forEach((row, i) => {
    if (row.published === null) return;
    const expected = row.publisherError ? row.publisherError.ours : row.published;
    rows.push([row.name, resultOf(t, r, i)?.score ?? null, expected]);
  });
  if (t.budget) {
    const budgetExpected = t.budget.publisherError ? t.budget.publisherError.ours : t.budget.published;
    rows.push(['预算执行率', r.budget.score, budgetExpected]);
  }
  return rows;
}
