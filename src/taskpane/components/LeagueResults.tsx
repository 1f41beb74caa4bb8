/**
 * 评分全部工作表's result in the pane: every sheet with its total and grade (ranked, as written to
 * 各表评分汇总), then the sheets not scored with why; a click on a line activates that sheet. Loaded
 * only after the first 评分全部工作表 click (a chunk of its own: not part of the pane's first paint).
 */
import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';
import type { PaneAllOutcome } from '../../app/controller';
import type { Grade } from '../../engine/types';
import { formatScore } from '../format';
import { gradeKey, type Translate } from '../i18n';
import { ItemButton } from './ItemButton';
import { Button, Caption1, Text } from './ui';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface LeagueResultsProps {
  outcome: Extract<PaneAllOutcome, { status: 'scored' }>;
  t: Translate;
  /** Activates a sheet (its first cell). */
  onShowSheet: (sheet: string) => void;
  /** Absent: the run's undo is no longer current (a later run superseded it), not offered. */
  onUndo?: () => void;
}

export default function LeagueResults({ outcome, t, onShowSheet, onUndo }: LeagueResultsProps) {
  const styles = useStyles();
  let rank = 0;
  return (
    <section className={styles.section} data-testid="league-results" aria-label={t('leagueTitle')}>
      <Text weight="semibold">{t('leagueTitle')}</Text>
      <Caption1 className={styles.muted}>{t('leagueHint')}</Caption1>
      <ul className={styles.list}>
        {outcome.rows.map((row) => {
          const scored = row.total !== null;
          if (scored) rank += 1;
          const name =
            row.name === row.sheet ? row.sheet : t('leagueSheetName', { name: row.name, sheet: row.sheet });
          return (
            <li key={row.sheet}>
              <ItemButton
                testId="league-row"
                label={scored ? `${rank}. ${name}` : name}
                figures={
                  scored
                    ? `${formatScore(row.total!)} ${t(gradeKey(row.grade as Grade))}`
                    : t('leagueNotScored')
                }
                {...(scored ? {} : { detail: t.message(row.reasonText, row.reason) })}
                onSelect={() => onShowSheet(row.sheet)}
              />
            </li>
          );
        })}
        {outcome.skipped.map((skip) => (
          <li key={skip.sheet}>
            <ItemButton
              testId="league-skipped"
              label={skip.sheet}
              figures={t('leagueNotScored')}
              detail={t.message(skip.text, skip.message)}
              onSelect={() => onShowSheet(skip.sheet)}
            />
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button onClick={() => onShowSheet(outcome.league)}>{t('leagueView')}</Button>
        {onUndo && <Button onClick={onUndo}>{t('leagueUndo')}</Button>}
      </div>
    </section>
  );
}
