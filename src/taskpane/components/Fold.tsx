/**
 * A collapsible list section: native <details>/<summary>, so Tab reaches it and Enter/Space open it
 * with no script, and the browser's focus ring stays. (Fluent's Accordion would pull its motion and
 * focus-management packages into a bundle that has a 120 KB gzip budget.)
 */
import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  fold: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  summary: {
    cursor: 'pointer',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  body: { paddingBottom: tokens.spacingVerticalS },
});

export interface FoldProps {
  title: string;
  defaultOpen?: boolean;
  children: ReactNode;
  testId?: string;
  /** Told when the officer opens or closes the fold (e.g. to read what it shows only when opened). */
  onToggle?: (open: boolean) => void;
}

export function Fold({ title, defaultOpen, children, testId, onToggle }: FoldProps) {
  const styles = useStyles();
  return (
    <details
      className={styles.fold}
      open={defaultOpen}
      data-testid={testId}
      onToggle={onToggle ? (event) => onToggle(event.currentTarget.open) : undefined}
    >
      <summary className={styles.summary}>{title}</summary>
      <div className={styles.body}>{children}</div>
    </details>
  );
}
