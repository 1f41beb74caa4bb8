/**
 * 评分区域: on a sheet with names, the checklist of every input name (./RangesList.tsx) and the
 * detected ranges for the names still unset in one click. Its title needs only the sheet status; the
 * layout is read when the fold opens — by itself while a required name is missing, so a sheet with
 * some names is never a dead end.
 */
import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';
import { missingRequired, proposalsForUnset, type SheetLayout } from '../../app/sheet-layout';
import type { StringKey } from '../i18n';
import { Fold } from './Fold';
import { NoticeBar } from './NoticeBar';
import { RangesList, type RangesListProps } from './RangesList';
import { Button, Caption1 } from './ui';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface RangesFoldProps extends Omit<RangesListProps, 'layout'> {
  layout: SheetLayout | null;
  loading: boolean;
  /** How many input names the sheet has (known before the layout is read). */
  setCount: number;
  total: number;
  defaultOpen: boolean;
  /** The fold was opened: read the layout if it is not there yet. */
  onOpen: () => void;
  onUseDetected: (definitions: { name: string; address: string }[]) => void;
}

export function RangesFold(props: RangesFoldProps) {
  const { t, layout, loading, busy, setCount, total, defaultOpen, onOpen, onUseDetected } = props;
  const styles = useStyles();
  const missing = layout ? missingRequired(layout) : [];
  const rest = layout ? proposalsForUnset(layout) : [];
  const label = (name: string, text: string) => `${t(`label.${name}` as StringKey, { text })}（${name}）`;
  return (
    <Fold
      title={t('rangesTitle', { set: setCount, total })}
      defaultOpen={defaultOpen}
      testId="fold-ranges"
      onToggle={(open) => open && onOpen()}
    >
      {loading || !layout ? (
        <Caption1>{t('detecting')}</Caption1>
      ) : (
        <div className={styles.body}>
          {missing.length > 0 && (
            <NoticeBar
              testId="ranges-missing"
              notice={{
                intent: 'warning',
                text: t('missingRequired', {
                  names: missing.map((r) => label(r.name, r.label)).join(t('listSeparator')),
                }),
              }}
            />
          )}
          <Caption1>{`${t('useSelection')} ${t('useSelectionHint')}`}</Caption1>
          <RangesList {...props} layout={layout} />
          {rest.length > 0 && (
            <Button
              appearance={missing.length > 0 ? 'primary' : 'secondary'}
              disabled={busy}
              onClick={() => onUseDetected(rest)}
            >
              {t('useDetectedRest', { count: rest.length })}
            </Button>
          )}
        </div>
      )}
    </Fold>
  );
}
