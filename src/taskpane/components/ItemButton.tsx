/** One clickable line of a list: selects its cell in Excel. Plain text when there is no cell. */
import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';
import { Button, Caption1, Text } from './ui';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  button: {
    display: 'block',
    width: '100%',
    height: 'auto',
    minHeight: 'auto',
    textAlign: 'left',
    whiteSpace: 'normal',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    // Under forced colours the items keep the button border (ui.tsx): clickable lines stay visible.
  },
  plain: {
    display: 'block',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
  },
  main: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  // Long names and messages wrap inside a 320 px pane; the figures stay on one line.
  label: { minWidth: 0, overflowWrap: 'anywhere' },
  figures: { flexShrink: 0, whiteSpace: 'nowrap' },
  detail: { display: 'block', color: tokens.colorNeutralForeground3 },
});

export interface ItemButtonProps {
  /** What the line says first (indicator name, deduction item, finding message). */
  label: ReactNode;
  /** Right-aligned figures: rate, points lost. */
  figures?: ReactNode;
  /** A second, smaller line: the note or the cell. */
  detail?: ReactNode;
  /** Called on click/Enter; absent -> not clickable. */
  onSelect?: () => void;
  testId?: string;
}

export function ItemButton({ label, figures, detail, onSelect, testId }: ItemButtonProps) {
  const styles = useStyles();
  const content = (
    <>
      <span className={styles.main}>
        <Text className={styles.label}>{label}</Text>
        {figures !== undefined && (
          <Text weight="semibold" className={styles.figures}>
            {figures}
          </Text>
        )}
      </span>
      {detail !== undefined && <Caption1 className={styles.detail}>{detail}</Caption1>}
    </>
  );
  if (!onSelect) {
    return (
      <div className={styles.plain} data-testid={testId}>
        {content}
      </div>
    );
  }
  return (
    <Button appearance="subtle" className={styles.button} onClick={onSelect} data-testid={testId}>
      {content}
    </Button>
  );
}
