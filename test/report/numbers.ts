/**
 * The check behind "the report can never contradict the result": every number and every quoted name
 * in the text must be found in the result JSON. Allowed figures are the JSON's numbers (as written,
 * at the rules' decimals, rates as percents), the numbers inside its strings (notes, reasons), and
 * counts of its own rows (indicators per section and flag, full marks, deductions).
 */
import { percentText, scoreText } from '../../src/engine/format';
import type { ScoreResult } from '../../src/engine/types';
import { quoted } from '../../src/report/figures';

const NUMBER = /\d+(?:\.\d+)?%?/g;
const RATE_KEYS = new Set(['rate', 'displayRate']);
/** Keys whose strings are words the report may quote whole (names, reasons, notes). */
const TEXT_KEYS = new Set([
  'name',
  'section',
  'item',
  'reason',
  'note',
  'suggestedTarget',
  'suggestionReason',
  'message',
  'rule',
  'grade',
]);

function collect(value: unknown, key: string, decimals: number, into: Set<string>, strings: string[]): void {
  if (typeof value === 'number') {
    into.add(String(value));
    into.add(scoreText(value, decimals));
    if (RATE_KEYS.has(key)) into.add(percentText(value));
    if (key === 'overAchievementPercent') into.add(`${value}%`);
  } else if (typeof value === 'string') strings.push(TEXT_KEYS.has(key) ? value : '');
  // Numbers inside other strings ("99.41%" in a deduction's value) still count as figures.
  if (typeof value === 'string' && !TEXT_KEYS.has(key))
    for (const m of value.match(NUMBER) ?? []) into.add(m);
  else if (Array.isArray(value)) value.forEach((v) => collect(v, key, decimals, into, strings));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collect(v, k, decimals, into, strings);
  }
}

export function allowedFigures(result: ScoreResult): { figures: Set<string>; strings: string[] } {
  const figures = new Set<string>();
  const strings: string[] = [];
  collect(JSON.parse(JSON.stringify(result)), '', result.rules.profile.precision.decimals, figures, strings);
  for (const text of strings) for (const m of text.match(NUMBER) ?? []) figures.add(m);
  // Counts of the JSON's own rows.
  const rows = result.indicators.filter((i) => !i.detail);
  const groups = [rows, ...result.sections.map((s) => rows.filter((i) => i.section === s.name))];
  for (const group of groups) {
    figures.add(String(group.length));
    figures.add(String(group.filter((i) => i.score !== null && i.score === i.weight).length));
    for (const flag of ['over150', 'review', 'under100', 'error']) {
      figures.add(String(group.filter((i) => i.flag === flag).length));
    }
  }
  figures.add(String(result.deductions.length));
  figures.add(String(result.deductions.filter((d) => d.deducted > 0).length));
  return { figures, strings };
}

/**
 * The text's numbers that are not in the result, and its quoted names that are not the result's.
 * The result's own words (names, reasons, notes) are taken out first, as printed (quoted() turns an
 * inner "…" into ‘…’), so a reason that quotes something is not read as a name.
 */
export function strangers(text: string, result: ScoreResult): { numbers: string[]; names: string[] } {
  const { figures, strings } = allowedFigures(result);
  const printed = new Set(
    strings.filter((s) => /[^\d.%]/.test(s)).flatMap((s) => [s, quoted(s).slice(1, -1)]),
  );
  let rest = text;
  for (const s of [...printed].sort((a, b) => b.length - a.length)) rest = rest.split(s).join('');
  const names = [...rest.matchAll(/“([^“”]+)”/g)].map((m) => m[1]);
  const numbers = (rest.match(NUMBER) ?? []).filter((n) => !figures.has(n));
  return { numbers, names };
}
