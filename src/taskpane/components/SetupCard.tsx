/**
 * Shown when the sheet has no PE_* names: the whole proposal of detection as a checklist (every
 * input name: its range and the header it came from, or what its absence costs; the scoring rules
 * chosen and why), confirmed with 确认并设置; 用所选区域 beside each name; or the example sheet.
 * Presentational: the pane (App) reads the layout and performs the actions.
 */
import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';
import type { SheetLayout } from '../../app/sheet-layout';
import { profileKey } from '../i18n';
import { NoticeBar } from './NoticeBar';
import { RangesList, type RangesListProps } from './RangesList';
import { Button, Caption1, Text } from './ui';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { display: 'block', color: tokens.colorNeutralForeground3 },
});

export interface SetupCardProps extends Omit<RangesListProps, 'layout'> {
  /** The active sheet's layout; null while it is being read (or when the read failed). */
  layout: SheetLayout | null;
  loading: boolean;
  onConfirm: (layout: SheetLayout) => void;
  onRedetect: () => void;
  onInsertExample: () => void;
}

export function SetupCard(props: SetupCardProps) {
  const { t, layout, loading, busy, onConfirm, onRedetect, onInsertExample } = props;
  const styles = useStyles();
  const detection = loading ? null : (layout?.detection ?? null);
  return (
    <section className={styles.card} data-testid="setup-card" aria-label={t('setupTitle')}>
      <Text weight="semibold">{t('setupTitle')}</Text>
      {loading && <Caption1>{t('detecting')}</Caption1>}
      {detection &&
        (detection.ok ? (
          <Caption1>{t('setupHint')}</Caption1>
        ) : (
          <NoticeBar
            testId="setup-problem"
            notice={{
              intent: 'warning',
              title: t('detectProblem', {
                problem: t.message(detection.problemText ?? undefined, detection.problem ?? ''),
              }),
              text: t('detectProblemHint'),
            }}
          />
        ))}
      {detection && (
        <span>
          <Text weight="semibold" data-testid="setup-profile">
            {t('profileChosen', { profile: t(profileKey(detection.profile.id)) })}
          </Text>{' '}
          <Caption1 className={styles.muted}>
            {t('profileWhy', { reason: t.message(detection.profile.reasonText, detection.profile.reason) })}
          </Caption1>
        </span>
      )}
      {/* The actions before the list: the officer should not have to scroll to confirm. */}
      <div className={styles.actions}>
        {detection && (
          <Button appearance="primary" disabled={busy || !detection.ok} onClick={() => onConfirm(layout!)}>
            {t('confirm')}
          </Button>
        )}
        <Button disabled={busy || loading} onClick={onRedetect}>
          {detection ? t('redetect') : t('detect')}
        </Button>
        <Button disabled={busy} onClick={onInsertExample}>
          {t('example')}
        </Button>
      </div>
      {detection && layout && <RangesList {...props} layout={layout} />}
    </section>
  );
}
