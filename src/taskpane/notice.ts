/** A message shown in the pane's MessageBar: every outcome that is not a result is one of these. */
import type { Problem } from '../app/controller';
import type { Translate } from './i18n';

export interface Notice {
  intent: 'success' | 'info' | 'warning' | 'error';
  title?: string;
  text: string;
}

/**
 * A notice still to be worded: the pane keeps this, not the text, so that switching language
 * re-words the message on screen.
 */
export type NoticeSource = (t: Translate) => Notice;

/** A controller problem in the officer's words. */
export function problemNotice(problem: Problem): NoticeSource {
  return (t) => ({
    intent: problem.code === 'office-error' ? 'error' : 'warning',
    title: t('actionFailed'),
    text: t(`problem.${problem.code}`, { detail: t.message(problem.detailText, problem.detail ?? '') }),
  });
}
