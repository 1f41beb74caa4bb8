/**
 * Reads the indicator block row by row (§2–§4): skips fully empty rows, inherits blank categories,
 * parses weight, target and actual. Nothing here throws: every problem becomes a message on the row.
 */
import { sectionForCategory } from './categories';
import { DETAIL_ROW_PREFIXES } from './categoryWords';
import type { FindingCode } from './findings';
import { msg, type Message } from './messages';
import {
  parseActual,
  parseTarget,
  unreadableMessage,
  type ParsedActual,
  type ParsedTarget,
} from './parse/cell';
import { parseNumberCell } from './parse/number';
import { displayValue, isBlank, normalizeText } from './parse/text';
import { NOT_APPLICABLE_MARKS } from './parse/figureWords';
import type { Rational } from './rational';
import type { IndicatorRowInput, InputCell, Profile } from './types';

export interface RowWork {
  /** 0-based index within the indicator block. */
  index: number;
  input: IndicatorRowInput;
  name: string;
  section: string | null;
  weight: Rational | null;
  target: ParsedTarget | null;
  actual: ParsedActual | null;
  /** Problems that stop the row being placed or weighed (category, weight). */
  placementErrors: RowProblem[];
  /** Problems that stop the score being computed (target, actual). A manual score can stand in. */
  computeErrors: RowProblem[];
  /** Readings worth a warning that do not stop the row (an operator copied into the actual). */
  notices: RowNotice[];
  /** A detail row (其中：…) without a weight: listed, never scored. */
  detail: boolean;
}

export interface RowNotice {
  cell: string;
  message: Message;
  code: FindingCode;
}

/** A problem with one cell of the row: the cell's A1 address and the message that names it. */
export interface RowProblem {
  cell: string | null;
  message: Message;
}

function problem(cell: InputCell | undefined, message: Message): RowProblem {
  return { cell: cell?.address ?? null, message };
}

const ROW_CELLS: Array<Exclude<keyof IndicatorRowInput, 'history'>> = [
  'target',
  'actual',
  'weight',
  'category',
  'name',
  'reportedRate',
  'manualScore',
  'reportedScore',
];

function rowIsEmpty(row: IndicatorRowInput): boolean {
  return ROW_CELLS.every((key) => isBlank(row[key]));
}

/** `/`, `—`, 不适用: the officer marked the cell not applicable. */
function isNotApplicable(cell: InputCell | undefined): boolean {
  if (!cell || isBlank(cell) || typeof cell.value !== 'string') return false;
  return NOT_APPLICABLE_MARKS.includes(normalizeText(cell.value).replace(/\s+/g, ''));
}

const vacant = (cell: InputCell | undefined) => isBlank(cell) || isNotApplicable(cell);

/**
 * A template row that holds no indicator (§3): a name or category at most (指标2：, ……, a row marked
 * `/` as not applicable), but no target, no actual, no weight and nothing typed in the score,
 * reported-score or rate columns. Not scored, not an error; score.ts lists them in one info finding.
 */
export function isPlaceholderRow(row: IndicatorRowInput): boolean {
  return (
    !rowIsEmpty(row) &&
    vacant(row.target) &&
    vacant(row.actual) &&
    vacant(row.weight) &&
    isBlank(row.manualScore) &&
    isBlank(row.reportedRate) &&
    isBlank(row.reportedScore)
  );
}

function notApplicableProblem(cell: InputCell, field: Message): RowProblem {
  return problem(cell, msg('not-applicable', { cell: cell.address, field, value: displayValue(cell) }));
}

const TARGET = msg('field.target', {});
const ACTUAL = msg('field.actual', {});

function readWeight(cell: InputCell | undefined, errors: RowProblem[]): Rational | null {
  const parsed = parseNumberCell(cell);
  if (parsed.kind === 'unreadable') {
    errors.push(problem(cell, unreadableMessage(cell, msg('field.weight', {}), parsed)));
    return null;
  }
  return parsed.value;
}

function startsAsDetail(cell: InputCell | undefined): boolean {
  if (!cell || isBlank(cell)) return false;
  const text = normalizeText(displayValue(cell));
  return DETAIL_ROW_PREFIXES.some((p) => text.startsWith(p) && text.length > p.length);
}

/**
 * A breakdown of the row above (其中：…) that carries no weight of its own. Without weights at all
 * it is still a breakdown: splitting the section's points onto it would count the parent twice.
 */
function isDetailRow(input: IndicatorRowInput, hasWeights: boolean): boolean {
  if (!startsAsDetail(input.name) && !startsAsDetail(input.category)) return false;
  return !hasWeights || isBlank(input.weight);
}

/**
 * `syntheticSection` is the one section every row goes to when the block has no categories.
 */
export function readRows(
  indicators: IndicatorRowInput[],
  profile: Profile,
  hasWeights: boolean,
  syntheticSection: string | null,
): RowWork[] {
  const rows: RowWork[] = [];
  let inheritedCategory: { text: string; address: string } | null = null;
  indicators.forEach((input, index) => {
    if (rowIsEmpty(input)) return;
    if (isPlaceholderRow(input)) {
      // A merged category cell may start on a placeholder row: the rows below still inherit it.
      if (syntheticSection === null && !isBlank(input.category)) {
        inheritedCategory = { text: displayValue(input.category), address: input.category?.address ?? '' };
      }
      return;
    }
    const placementErrors: RowProblem[] = [];
    const computeErrors: RowProblem[] = [];
    const notices: RowNotice[] = [];
    const name = isBlank(input.name) ? input.actual.address : displayValue(input.name);
    if (isDetailRow(input, hasWeights)) {
      const section =
        syntheticSection ?? (inheritedCategory ? sectionForCategory(inheritedCategory.text, profile) : null);
      rows.push({
        index,
        input,
        name,
        section,
        weight: null,
        target: null,
        actual: null,
        placementErrors,
        computeErrors,
        notices,
        detail: true,
      });
      return;
    }

    let section: string | null = syntheticSection;
    if (syntheticSection === null) {
      if (!isBlank(input.category)) {
        inheritedCategory = { text: displayValue(input.category), address: input.category?.address ?? '' };
      }
      if (!inheritedCategory) {
        placementErrors.push(
          problem(input.category, msg('category.blank', { cell: input.category?.address ?? '' })),
        );
      } else {
        section = sectionForCategory(inheritedCategory.text, profile);
        if (!section) {
          // The finding sits on this row (its own category cell, else its actual) so every failed
          // row is explained on its own row; the message says where an inherited category came from.
          const own = input.category?.address ?? input.actual.address;
          const from =
            inheritedCategory.address && inheritedCategory.address !== own ? inheritedCategory.address : '';
          placementErrors.push({
            cell: own,
            message: msg('category.unmatched', {
              cell: own,
              category: inheritedCategory.text,
              from,
              profile: profile.id,
            }),
          });
        }
      }
    }

    const weight = hasWeights ? readWeight(input.weight, placementErrors) : null;
    if (isNotApplicable(input.target)) computeErrors.push(notApplicableProblem(input.target, TARGET));
    if (isNotApplicable(input.actual)) computeErrors.push(notApplicableProblem(input.actual, ACTUAL));
    const notApplicable = computeErrors.length > 0;
    const target = parseTarget(input.target);
    const actual = parseActual(input.actual, target.kind === 'unreadable' ? null : target);
    if (actual.kind === 'quantity' && actual.copiedOperator) {
      notices.push({
        cell: input.actual.address,
        message: msg('operator-in-actual', {
          cell: input.actual.address,
          value: displayValue(input.actual),
        }),
        code: 'operator-in-actual',
      });
    }
    // A not-applicable cell is reported above, and its reading is dropped below: `/` against `/`
    // must not read as the target repeated (met).
    if (!notApplicable && target.kind === 'unreadable') {
      computeErrors.push(problem(input.target, unreadableMessage(input.target, TARGET, target)));
    }
    if (!notApplicable && actual.kind === 'unreadable') {
      computeErrors.push(problem(input.actual, unreadableMessage(input.actual, ACTUAL, actual)));
    }

    rows.push({
      index,
      input,
      name,
      section,
      weight,
      target: notApplicable || target.kind === 'unreadable' ? null : target,
      actual: notApplicable || actual.kind === 'unreadable' ? null : actual,
      placementErrors,
      computeErrors,
      notices,
      detail: false,
    });
  });
  return rows;
}
