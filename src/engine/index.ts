/**
 * Public facade of the scoring engine (docs/scoring-rules.md). Pure TypeScript: no host, DOM or Node.
 */
export * from './types';
export { scoreEvaluation } from './score';
export { PROFILES, DEFAULT_PROFILE, getProfile, parseProfileId } from './profiles';
export { roundHalfUp2 } from './rounding';
export { formatPercent } from './format';
export { FLAG_LABELS } from './flags';
export { Rational } from './rational';
export { resolveRules } from './rules';
export { readRuleRows, type ParsedRules, type RuleRowInput } from './rulesSettings';
