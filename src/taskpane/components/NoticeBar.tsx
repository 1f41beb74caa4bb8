/**
 * The pane's message bar: refusals, errors and confirmations. A small own component in Fluent's
 * tokens rather than Fluent's MessageBar, whose motion and icon dependencies cost more of the pane's
 * 120 KB (gzip) budget than the rest of the result view.
 */
import { makeStyles, mergeClasses, shorthands } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';
import { Text } from './ui';
import type { Notice } from '../notice';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.borderWidth(tokens.strokeWidthThin),
    ...shorthands.borderStyle('solid'),
    whiteSpace: 'pre-line',
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke1),
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    ...shorthands.borderColor(tokens.colorPaletteYellowBorder1),
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder1),
  },
});

export function NoticeBar({ notice, testId = 'notice' }: { notice: Notice; testId?: string }) {
  const styles = useStyles();
  const urgent = notice.intent === 'error' || notice.intent === 'warning';
  return (
    <div
      className={mergeClasses(styles.bar, styles[notice.intent])}
      role={urgent ? 'alert' : 'status'}
      data-intent={notice.intent}
      data-testid={testId}
    >
      {notice.title && <Text weight="semibold">{notice.title}</Text>}
      <Text>{notice.text}</Text>
    </div>
  );
}
