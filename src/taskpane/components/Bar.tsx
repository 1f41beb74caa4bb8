/**
 * A section's score bar: a determinate progress bar in Fluent's brand colour. Own element (with the
 * progressbar role and values) rather than Fluent's ProgressBar, whose motion dependency alone would
 * push the pane over its 120 KB gzip budget.
 */
import { makeStyles, mergeClasses } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';

const useStyles = makeStyles({
  track: {
    display: 'block',
    height: '4px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground6,
    overflow: 'hidden',
    // Forced colours drop background colours: the track gets a border, the fill a system colour.
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThin} solid CanvasText`, height: '6px' },
  },
  fill: {
    display: 'block',
    height: '100%',
    backgroundColor: tokens.colorCompoundBrandBackground,
    '@media (forced-colors: active)': { forcedColorAdjust: 'none', backgroundColor: 'Highlight' },
  },
});

export interface BarProps {
  /** 0..1 */
  value: number;
  'aria-label': string;
  className?: string;
}

export function Bar({ value, className, ...rest }: BarProps) {
  const styles = useStyles();
  const share = Math.max(0, Math.min(1, value));
  return (
    <span
      className={mergeClasses(styles.track, className)}
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={1}
      aria-valuenow={share}
      {...rest}
    >
      <span className={styles.fill} style={{ width: `${share * 100}%` }} />
    </span>
  );
}
