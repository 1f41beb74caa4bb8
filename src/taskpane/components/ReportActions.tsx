/**
 * 生成自评报告 and 复制全文 (issue 10). Generating is a scoring run that also writes the 自评报告 sheet
 * (the controller's generateReport; its drafting code lives in the lazy chunk with the rest of the
 * scoring). Copying runs here, inside the click, because browsers let a page write the clipboard only
 * while handling the click: the text is the one the last run of this sheet returned.
 */
import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';
import { copyText } from '../copyText';
import type { Translate } from '../i18n';
import type { NoticeSource } from '../notice';
import { Button, Spinner } from './ui';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ReportActionsProps {
  t: Translate;
  disabled: boolean;
  /** A report is being generated (the button shows a spinner). */
  generating: boolean;
  /** The report the last run of the sheet on screen wrote, if any: 复制全文 copies its text. */
  report: { sheet: string; text: string } | null;
  onGenerate(): void;
  show(notice: NoticeSource): void;
}

export function ReportActions({ t, disabled, generating, report, onGenerate, show }: ReportActionsProps) {
  const styles = useStyles();

  async function copy(current: { sheet: string; text: string }) {
    const copied = await copyText(current.text);
    show((tr) =>
      copied
        ? { intent: 'success', text: tr('reportCopied', { count: [...current.text.trim()].length }) }
        : { intent: 'warning', text: tr('copyFailed', { sheet: current.sheet }) },
    );
  }

  return (
    <div className={styles.actions}>
      <Button
        disabled={disabled}
        onClick={onGenerate}
        icon={generating ? <Spinner /> : undefined}
        data-testid="report-button"
      >
        {generating ? t('reportRunning') : t('reportButton')}
      </Button>
      {report && (
        <Button disabled={generating} onClick={() => void copy(report)} data-testid="copy-report">
          {t('copyReport')}
        </Button>
      )}
    </div>
  );
}
