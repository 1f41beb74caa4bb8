/**
 * The folded lists under the score: targets to revise (over150 first), not met, worth reviewing,
 * rows that cannot be scored, 管理效率 deductions, and findings. Clicking an item selects its cell.
 */
import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';
import { Caption1 } from './ui';
import type { Finding, Flag, IndicatorResult, ScoreResult } from '../../engine/types';
import { isA1Address, splitReference } from '../../workbook/referenceText';
import { formatRate, formatScore, sumScores } from '../format';
import type { StringKey, Translate } from '../i18n';
import { Fold } from './Fold';
import { ItemButton } from './ItemButton';
import { Tag, type TagColor } from './Tag';

const useStyles = makeStyles({
  caption: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    marginBottom: tokens.spacingVerticalXS,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  /** Next year's target (issue 10): its own line under the note. */
  suggestion: { display: 'block', marginTop: tokens.spacingVerticalXXS },
});

export interface FlaggedListsProps {
  result: ScoreResult;
  t: Translate;
  /** Select a cell of the scored sheet (or "Sheet!A1" of another). */
  onSelectCell: (cell: string) => void;
}

/** The indicator lists, in the order an officer acts on them. */
const FLAG_LISTS: { flag: Exclude<Flag, 'ok'>; title: StringKey; caption: StringKey }[] = [
  { flag: 'over150', title: 'over150Short', caption: 'over150' },
  { flag: 'under100', title: 'under100Short', caption: 'under100' },
  { flag: 'review', title: 'reviewShort', caption: 'review' },
  { flag: 'error', title: 'errorShort', caption: 'error' },
];

/** A finding's cell is clickable when it is an address (not a name such as PE_Weights). */
function selectableCell(cell: string | null): string | null {
  if (!cell) return null;
  const reference = splitReference(cell);
  return reference && isA1Address(reference.address) ? cell : null;
}

const LEVEL_COLORS: Record<Finding['level'], TagColor> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

function IndicatorItems({
  rows,
  t,
  onSelectCell,
}: { rows: IndicatorResult[] } & Omit<FlaggedListsProps, 'result'>) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {rows.map((row) => (
        <li key={row.cell}>
          <ItemButton
            testId="indicator-item"
            label={row.name}
            figures={
              row.flag === 'error'
                ? row.cell
                : `${formatRate(row.rate)}  ${row.lost > 0 ? t('lost', { points: formatScore(row.lost) }) : ''}`.trim()
            }
            detail={
              row.suggestionReason ? (
                <>
                  {t.message(row.noteText, row.note)}
                  <span className={styles.suggestion} data-testid="suggestion">
                    {t.message(row.suggestionReasonText, row.suggestionReason)}
                  </span>
                </>
              ) : (
                t.message(row.noteText, row.note)
              )
            }
            onSelect={() => onSelectCell(row.cell)}
          />
        </li>
      ))}
    </ul>
  );
}

function FindingItems({
  findings,
  t,
  onSelectCell,
}: { findings: Finding[] } & Omit<FlaggedListsProps, 'result'>) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {findings.map((finding, index) => {
        const cell = selectableCell(finding.cell);
        return (
          <li key={`${finding.code}-${finding.cell}-${index}`}>
            <ItemButton
              testId="finding-item"
              label={
                <>
                  <Tag color={LEVEL_COLORS[finding.level]}>{t(`level.${finding.level}`)}</Tag>{' '}
                  {t.message(finding.text, finding.message)}
                </>
              }
              detail={finding.cell ?? undefined}
              onSelect={cell ? () => onSelectCell(cell) : undefined}
            />
          </li>
        );
      })}
    </ul>
  );
}

export function FlaggedLists({ result, t, onSelectCell }: FlaggedListsProps) {
  const styles = useStyles();
  const lost = result.deductions.filter((d) => d.deducted > 0);
  const lostTotal = sumScores(lost.map((d) => d.deducted));
  const lists = FLAG_LISTS.map((list) => ({
    ...list,
    rows: result.indicators.filter((i) => i.flag === list.flag),
  }));
  const lostTitle = lost.length > 0 ? ` ${t('lost', { points: formatScore(lostTotal) })}` : '';

  return (
    <div>
      {lists
        .filter((list) => list.rows.length > 0 || list.flag !== 'error')
        .map((list) => (
          <Fold
            key={list.flag}
            title={`${t(list.title)} (${list.rows.length})`}
            defaultOpen={list.flag === 'over150' && list.rows.length > 0}
            testId={`fold-${list.flag}`}
          >
            <Caption1 className={styles.caption}>{t(list.caption)}</Caption1>
            {list.rows.length === 0 ? (
              <Caption1>{t('noItems')}</Caption1>
            ) : (
              <IndicatorItems rows={list.rows} t={t} onSelectCell={onSelectCell} />
            )}
          </Fold>
        ))}
      <Fold title={`${t('deductions')} (${lost.length})${lostTitle}`} testId="fold-deductions">
        {lost.length === 0 ? (
          <Caption1>{t('noItems')}</Caption1>
        ) : (
          <ul className={styles.list}>
            {lost.map((d) => (
              <li key={d.item}>
                <ItemButton
                  testId="deduction-item"
                  label={d.item}
                  figures={t('lost', { points: formatScore(d.deducted) })}
                  detail={t.message(d.reasonText, d.reason)}
                  onSelect={d.cell ? () => onSelectCell(d.cell as string) : undefined}
                />
              </li>
            ))}
          </ul>
        )}
      </Fold>
      <Fold title={`${t('findings')} (${result.findings.length})`} testId="fold-findings">
        {result.findings.length === 0 ? (
          <Caption1>{t('noItems')}</Caption1>
        ) : (
          <FindingItems findings={result.findings} t={t} onSelectCell={onSelectCell} />
        )}
      </Fold>
    </div>
  );
}
