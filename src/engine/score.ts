/**
 * The engine's facade: EngineInput -> ScoreResult. Pure and total: bad cells become findings, and
 * one bad row never stops the others. Exceptions only for misuse (an unknown profile id).
 */
import { scoreBudget } from './budget';
import { checkDuplicateNames, checkSectionWeights } from './checks';
import { checkReportedRate } from './reportedRate';
import { checkReportedScore } from './reportedScore';
import { infoAt, warningAt } from './findings';
import { msg } from './messages';
import { scoreRow, type ScoredRow } from './indicators';
import { suggestTarget } from './suggestion';
import { scoreManagement } from './management';
import { Rational } from './rational';
import { displayValue, isBlank } from './parse/text';
import { isPlaceholderRow, readRows } from './rows';
import { resolveRules } from './rules';
import { effectiveSections, gradeFor, SYNTHETIC_SECTION, totals } from './sections';
import type { BudgetResult, Counts, DeductionResult, EngineInput, Finding, ScoreResult } from './types';
import { assignEqualWeights } from './weights';

function countRows(rows: ScoredRow[]): Counts {
  // Detail rows (其中：…) are listed but are no indicators of their own.
  const indicators = rows.filter((row) => !row.work.detail);
  const counts: Counts = {
    indicators: indicators.length,
    fullMarks: 0,
    over150: 0,
    review: 0,
    under100: 0,
    errors: 0,
  };
  for (const row of indicators) {
    const flag = row.result.flag;
    if (flag === 'error') counts.errors++;
    else if (flag !== 'ok') counts[flag]++;
    if (row.score && row.work.weight && row.score.eq(row.work.weight)) counts.fullMarks++;
  }
  return counts;
}

export function scoreEvaluation(input: EngineInput): ScoreResult {
  const { profile, changed, findings: ruleFindings } = resolveRules(input.profile, input.rules);
  const findings: Finding[] = [...ruleFindings];
  const sections = effectiveSections(profile, input.hasCategories);
  const pointsOf = new Map(sections.map((s) => [s.name, s.points]));

  if (!input.hasCategories) {
    const points = pointsOf.get(SYNTHETIC_SECTION);
    findings.push(
      warningAt(
        null,
        msg('no-categories', { section: SYNTHETIC_SECTION, points: points ?? 0 }),
        'no-categories',
      ),
    );
  }
  const placeholders = input.indicators.filter(isPlaceholderRow);
  if (placeholders.length > 0) {
    const shown = placeholders.slice(0, 5).map((r) => {
      const cell = r.name && !isBlank(r.name) ? r.name : r.actual;
      return msg('placeholder-row', { cell: cell.address, value: isBlank(cell) ? '' : displayValue(cell) });
    });
    findings.push(
      infoAt(
        placeholders[0].actual.address,
        msg('placeholder-rows', { rows: shown, count: placeholders.length }),
        'placeholder-rows',
      ),
    );
  }
  const rows = readRows(
    input.indicators,
    profile,
    input.hasWeights,
    input.hasCategories ? null : SYNTHETIC_SECTION,
  );
  if (!input.hasWeights) {
    // With weights, checkSectionWeights already reports a section whose rows add up to 0.
    for (const section of sections) {
      if (section.kind !== 'indicators' || rows.some((r) => r.section === section.name && !r.detail))
        continue;
      const message = msg('section-empty', { section: section.name, points: section.points });
      findings.push(warningAt(null, message, 'section-empty'));
    }
    for (const section of assignEqualWeights(rows, pointsOf, profile.precision.decimals)) {
      const count = rows.filter((r) => r.section === section && !r.detail).length;
      findings.push(
        warningAt(
          null,
          msg('equal-split', { section, count, points: pointsOf.get(section) ?? 0 }),
          'equal-split',
        ),
      );
    }
  }

  const scored: ScoredRow[] = [];
  for (const row of rows) {
    const s = scoreRow(row, profile, findings);
    checkReportedRate(s, findings);
    checkReportedScore(s, findings);
    const suggestion = suggestTarget(s.work, s.result.flag, profile);
    if (suggestion) {
      s.result = {
        ...s.result,
        suggestedTarget: suggestion.target,
        suggestionReason: suggestion.reason,
        suggestionReasonText: suggestion.reasonText,
      };
    }
    scored.push(s);
  }
  // 其中：中央资金 under two parents is no duplicate indicator.
  checkDuplicateNames(
    scored.filter((r) => !r.work.detail),
    findings,
  );
  const indicatorSections = sections.filter((s) => s.kind === 'indicators');
  if (input.hasWeights) checkSectionWeights(scored, indicatorSections, findings);

  const sectionScores = new Map<string, Rational>();
  for (const s of indicatorSections) sectionScores.set(s.name, Rational.ZERO);
  for (const row of scored) {
    if (row.score === null || row.work.section === null) continue;
    sectionScores.set(
      row.work.section,
      (sectionScores.get(row.work.section) ?? Rational.ZERO).add(row.score),
    );
  }

  let complete = scored.every((r) => r.result.flag !== 'error');
  let budget: BudgetResult = { rate: null, score: null, note: '' };
  const budgetSection = sections.find((s) => s.kind === 'budget');
  if (budgetSection) {
    const b = scoreBudget(input.budget, budgetSection.points, profile.precision, findings);
    budget = b.result;
    sectionScores.set(budgetSection.name, b.score);
    complete = complete && b.complete;
  }

  let deductions: DeductionResult[] = [];
  const managementSection = sections.find((s) => s.kind === 'management');
  if (managementSection) {
    const m = scoreManagement(input.management, managementSection.points, profile.precision, findings);
    deductions = m.deductions;
    sectionScores.set(managementSection.name, m.score);
    complete = complete && m.complete;
  } else if (input.management && input.management.length > 0) {
    findings.push(
      infoAt(
        null,
        changed.some((c) => c.setting === '管理效率')
          ? msg('management-ignored-rules', {})
          : msg('management-ignored', { profile: profile.id }),
        'management-ignored',
      ),
    );
  }

  const t = totals(profile, sections, sectionScores);
  return {
    profile: profile.id,
    rules: { base: profile.id, changed, profile },
    total: t.total.toNumber(),
    grade: gradeFor(t.total, profile),
    complete,
    groups: t.groups,
    sections: t.sections,
    indicators: scored.map((r) => r.result),
    budget,
    deductions,
    findings,
    counts: countRows(scored),
  };
}
