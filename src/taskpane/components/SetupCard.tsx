/**
 * Shown when the sheet has no PE_* names: the whole proposal of detection as a checklist (every part,
 * its range and header or what its absence costs, the scoring rules and why), confirmed with
 * 确认并设置; or a range named by hand from the selection; or the example sheet inserted.
 * Presentational: the pane (App) reads the layout and performs the actions.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Button, Caption1, Text } from './ui';
import { INPUT_NAME_LABELS, INPUT_NAMES } from '../../app/controller';
import type { SheetLayout } from '../../app/sheet-layout';
import type { Translate } from '../i18n';
import { DetectionChecklist } from './DetectionChecklist';
import { NativeSelect } from './NativeSelect';
import { NoticeBar } from './NoticeBar';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  nameSelect: { minWidth: '160px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface SetupCardProps {
  t: Translate;
  /** The active sheet's layout; null while it is being read (or when the read failed). */
  layout: SheetLayout | null;
  loading: boolean;
  /** An action is running: buttons are disabled. */
  busy: boolean;
  onConfirm: (layout: SheetLayout) => void;
  onRedetect: () => void;
  onUseSelection: (name: string) => void;
  onInsertExample: () => void;
}

export function SetupCard({
  t,
  layout,
  loading,
  busy,
  onConfirm,
  onRedetect,
  onUseSelection,
  onInsertExample,
}: SetupCardProps) {
  const styles = useStyles();
  const detection = layout?.detection ?? null;
  return (
    <section className={styles.card} data-testid="setup-card" aria-label={t('setupTitle')}>
      <Text weight="semibold">{t('setupTitle')}</Text>
      {loading && <Caption1 className={styles.muted}>{t('detecting')}</Caption1>}
      {detection && !loading && (
        <div data-testid="setup-found">
          {detection.ok ? (
            <Caption1>{t('setupHint')}</Caption1>
          ) : (
            <NoticeBar
              testId="setup-problem"
              notice={{
                intent: 'warning',
                title: t('detectProblem', { problem: detection.problem ?? '' }),
                text: t('detectProblemHint'),
              }}
            />
          )}
          <DetectionChecklist detection={detection} t={t} />
        </div>
      )}
      <div className={styles.actions}>
        {detection && !loading && (
          <Button appearance="primary" disabled={busy || !detection.ok} onClick={() => onConfirm(layout!)}>
            {t('confirm')}
          </Button>
        )}
        <Button disabled={busy || loading} onClick={onRedetect}>
          {detection ? t('redetect') : t('detect')}
        </Button>
      </div>
      <div className={styles.actions}>
        {/* A native select as the "menu of names": Tab, arrows and Enter work everywhere. */}
        <NativeSelect
          className={styles.nameSelect}
          aria-label={t('useSelection')}
          value=""
          disabled={busy}
          onChange={(value) => {
            if (value) onUseSelection(value);
          }}
        >
          <option value="" disabled>
            {t('useSelection')}
          </option>
          {INPUT_NAMES.map((name) => (
            <option key={name} value={name}>
              {`${name}（${INPUT_NAME_LABELS[name]}）`}
            </option>
          ))}
        </NativeSelect>
        <Button disabled={busy} onClick={onInsertExample}>
          {t('example')}
        </Button>
      </div>
    </section>
  );
}
