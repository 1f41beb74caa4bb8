/** A run that did not score, in the officer's words. */
import type { RunOutcome } from '../app/types';
import type { Translate } from './i18n';
import type { NoticeSource } from './notice';

export function refusalNotice(outcome: Exclude<RunOutcome, { status: 'scored' }>): NoticeSource {
  return (t: Translate) => {
    if (outcome.status === 'refused') {
      const text = outcome.refusal.code === 'protected' ? t('protected') : outcome.refusal.message;
      return { intent: 'warning', title: t('refused'), text };
    }
    return { intent: 'error', title: t('failed'), text: outcome.message };
  };
}
