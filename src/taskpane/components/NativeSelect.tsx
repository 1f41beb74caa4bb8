/**
 * A plain <select> styled with Fluent tokens: keyboard and screen readers get the platform's own
 * control, and the pane avoids Fluent's Select/Field packages (bundle budget).
 */
import { makeStyles, mergeClasses } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  select: {
    minHeight: '32px',
    maxWidth: '100%',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: 'none',
    boxShadow: `inset 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { boxShadow: `inset 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorNeutralStroke1Hover}` },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    ':disabled': { cursor: 'not-allowed', color: tokens.colorNeutralForegroundDisabled },
    // Forced colours drop the box-shadow outline: a border in the system's button colour.
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThin} solid ButtonText` },
  },
});

export interface NativeSelectProps {
  value: string;
  onChange: (value: string) => void;
  'aria-label': string;
  disabled?: boolean;
  className?: string;
  children: ReactNode;
}

export function NativeSelect({ value, onChange, disabled, className, children, ...rest }: NativeSelectProps) {
  const styles = useStyles();
  return (
    <select
      className={mergeClasses(styles.select, className)}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
      {...rest}
    >
      {children}
    </select>
  );
}
