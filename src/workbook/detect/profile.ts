/**
 * Which profile a detected sheet is scored with, and why (docs/workbook-contract.md §5):
 * a 评分规则 cell naming one wins; else 履职效能 / 管理效率 on the sheet → guangzhou-dept; else a project
 * form (项目支出 / 项目名称) with 满意度指标 and a budget execution line → national-project; else the
 * default. The reason names the cells it rests on.
 */
import { DEFAULT_PROFILE, parseProfileId } from '../../engine';
import type { ProfileId } from '../../engine/types';
import type { Message } from '../../engine/messages/message';
import { wmsg, zhText } from '../messages';
import { a1 } from '../references';
import { headerKey, keyStartsWith, type SheetView } from './text';
import { PROFILE_LABEL_WORDS, PROFILE_WORDS } from './vocabulary';

export interface ProfileChoice {
  id: ProfileId;
  reason: string;
  /** The reason as a message (src/workbook/messages), for the pane's other languages. */
  reasonText: Message;
  /** The 评分规则 value cell when the sheet names its profile (then PE_Profile is proposed). */
  cell: { row: number; col: number; label: string; labelCell: string } | null;
}

type WordRule = (typeof PROFILE_WORDS)[keyof typeof PROFILE_WORDS];

/** The first typed cell matching a rule of PROFILE_WORDS (a label starting with, or a short cell containing, a word). */
function firstMatching(view: SheetView, rule: WordRule): { word: string; cell: string } | null {
  for (let row = view.top; row <= view.bottom; row += 1) {
    for (let col = view.left; col <= view.right; col += 1) {
      if (view.blankRaw(row, col)) continue;
      const key = headerKey(view.raw(row, col));
      const word = rule.prefix
        ? keyStartsWith(key, rule.words, rule.slack)
        : key.length <= rule.maxLength
          ? rule.words.find((w) => key.includes(w))
          : undefined;
      if (word) return { word, cell: a1(row, col) };
    }
  }
  return null;
}

function namedProfile(view: SheetView): ProfileChoice | null {
  for (let row = view.top; row <= view.bottom; row += 1) {
    for (let col = view.left; col < view.right; col += 1) {
      if (!PROFILE_LABEL_WORDS.includes(view.key(row, col))) continue;
      const value = view.raw(row, col + 1);
      const id = typeof value === 'string' ? parseProfileId(value.trim()) : null;
      if (!id) continue;
      const reasonText = wmsg('profile.named', { cell: a1(row, col + 1), id });
      return {
        id,
        reason: zhText(reasonText),
        reasonText,
        cell: { row, col: col + 1, label: view.text(row, col), labelCell: a1(row, col) },
      };
    }
  }
  return null;
}

/** `budgetFound`: the budget block was detected (a 预算执行率 line). */
export function chooseProfile(view: SheetView, budgetFound: boolean): ProfileChoice {
  const named = namedProfile(view);
  if (named) return named;
  const guangzhou = firstMatching(view, PROFILE_WORDS.guangzhou);
  if (guangzhou) {
    const reasonText = wmsg('profile.guangzhou', { word: guangzhou.word, cell: guangzhou.cell });
    return { id: 'guangzhou-dept', reason: zhText(reasonText), reasonText, cell: null };
  }
  const project = firstMatching(view, PROFILE_WORDS.project);
  const satisfaction = firstMatching(view, PROFILE_WORDS.satisfaction);
  const budgetLine = firstMatching(view, PROFILE_WORDS.budgetLine);
  if (project && satisfaction && (budgetFound || budgetLine)) {
    const line = budgetLine
      ? wmsg('profile.budget-line', { word: budgetLine.word, cell: budgetLine.cell })
      : wmsg('profile.budget-data', {});
    const reasonText = wmsg('profile.project', {
      word: project.word,
      cell: project.cell,
      satisfaction: satisfaction.word,
      satisfactionCell: satisfaction.cell,
      line,
    });
    return { id: 'national-project', reason: zhText(reasonText), reasonText, cell: null };
  }
  const lacks = { satisfaction: satisfaction ? 0 : 1, budget: budgetFound || budgetLine ? 0 : 1 };
  const missing = project ? wmsg('profile.project-lacks', lacks) : wmsg('profile.not-project', {});
  const reasonText = wmsg('profile.default', { missing, id: DEFAULT_PROFILE });
  return { id: DEFAULT_PROFILE, reason: zhText(reasonText), reasonText, cell: null };
}
