/** A run that did not score, in the officer's words. */
import type { RunOutcome } from '../workbook/runOutcome';
import { STRUCTURE_PROTECTED_MESSAGE } from '../workbook/refusalMessages';
import type { Translate } from './i18n';
import type { NoticeSource } from './notice';

export function refusalNotice(outcome: Exclude<RunOutcome, { status: 'scored' }>): NoticeSource {
  return (t: Translate) => {
    if (outcome.status === 'refused') {
      const { code, message } = outcome.refusal;
      const text =
        code !== 'protected'
          ? t.message(outcome.refusal.text, message)
          : message === STRUCTURE_PROTECTED_MESSAGE
            ? t('structureProtected')
            : t('protected');
      return { intent: 'warning', title: t('refused'), text };
    }
    return { intent: 'error', title: t('failed'), text: t.message(outcome.text, outcome.message) };
  };
}
