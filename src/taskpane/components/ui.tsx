/**
 * The pane's small primitives, drawn with Fluent UI v9 tokens (colours, type ramp, radii, focus
 * stroke) so they look like Fluent under the Office light and dark themes.
 *
 * Why not Fluent's Button/Text: with React 19 and the scoring engine, the pane has a 120 KB (gzip)
 * JavaScript budget; Fluent's Button and Text packages alone cost ~10 KB of it. The Fluent pieces
 * that remain (the theme tokens via ThemeRoot, makeStyles) carry the look.
 */
import { makeStyles, mergeClasses, shorthands } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';
import type { ButtonHTMLAttributes, ReactNode } from 'react';

const useButtonStyles = makeStyles({
  base: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    columnGap: tokens.spacingHorizontalSNudge,
    minHeight: '32px',
    paddingTop: '5px',
    paddingBottom: '5px',
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: 'none',
    boxShadow: `inset 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
    },
    ':disabled': {
      cursor: 'not-allowed',
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      color: tokens.colorNeutralForegroundDisabled,
      boxShadow: `inset 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorNeutralStrokeDisabled}`,
    },
    // Windows high contrast drops box-shadows (the outline above): a real border in system colours.
    '@media (forced-colors: active)': {
      border: `${tokens.strokeWidthThin} solid ButtonText`,
      ':disabled': { ...shorthands.borderColor('GrayText'), color: 'GrayText' },
    },
  },
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    boxShadow: 'none',
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
    ':active': { backgroundColor: tokens.colorBrandBackgroundPressed },
    // Forced colours would turn the filled button into plain text that reads as a heading: keep it
    // filled, in the system's highlight colours.
    '@media (forced-colors: active)': {
      forcedColorAdjust: 'none',
      backgroundColor: 'Highlight',
      color: 'HighlightText',
      border: `${tokens.strokeWidthThin} solid HighlightText`,
      ':hover': { backgroundColor: 'Highlight' },
      ':disabled': { backgroundColor: 'Canvas', color: 'GrayText', ...shorthands.borderColor('GrayText') },
    },
  },
  subtle: {
    backgroundColor: tokens.colorSubtleBackground,
    boxShadow: 'none',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  large: { minHeight: '40px', fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  small: {
    minHeight: '24px',
    paddingTop: '1px',
    paddingBottom: '1px',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  appearance?: 'secondary' | 'primary' | 'subtle';
  size?: 'small' | 'medium' | 'large';
  icon?: ReactNode;
  'data-testid'?: string;
}

export function Button({
  appearance = 'secondary',
  size = 'medium',
  icon,
  className,
  children,
  ...rest
}: ButtonProps) {
  const styles = useButtonStyles();
  return (
    <button
      type="button"
      className={mergeClasses(
        styles.base,
        appearance === 'primary' && styles.primary,
        appearance === 'subtle' && styles.subtle,
        size === 'large' && styles.large,
        size === 'small' && styles.small,
        className,
      )}
      {...rest}
    >
      {icon}
      {children}
    </button>
  );
}

const useTextStyles = makeStyles({
  base: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  caption: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  title: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  semibold: { fontWeight: tokens.fontWeightSemibold },
});

interface TextProps {
  weight?: 'regular' | 'semibold';
  className?: string;
  children?: ReactNode;
  'data-testid'?: string;
}

export function Text({ weight, className, children, ...rest }: TextProps) {
  const styles = useTextStyles();
  return (
    <span
      className={mergeClasses(styles.base, weight === 'semibold' && styles.semibold, className)}
      {...rest}
    >
      {children}
    </span>
  );
}

export function Caption1({ weight, className, children, ...rest }: TextProps) {
  const styles = useTextStyles();
  return (
    <span
      className={mergeClasses(
        styles.base,
        styles.caption,
        weight === 'semibold' && styles.semibold,
        className,
      )}
      {...rest}
    >
      {children}
    </span>
  );
}

export function Title1({ className, children }: TextProps) {
  const styles = useTextStyles();
  return <h1 className={mergeClasses(styles.base, styles.title, className)}>{children}</h1>;
}

const useSpinnerStyles = makeStyles({
  spinner: {
    display: 'inline-block',
    boxSizing: 'border-box',
    width: '16px',
    height: '16px',
    borderRadius: tokens.borderRadiusCircular,
    border: `2px solid ${tokens.colorBrandStroke1}`,
    borderTopColor: 'transparent',
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '0.9s',
    animationTimingFunction: 'linear',
    animationIterationCount: 'infinite',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '2.4s' },
  },
});

/**
 * The running indicator on the score button, in the style of Fluent's tiny Spinner (a ring turning
 * on the brand colour). Own element: Fluent's Spinner and its Label cost 1.5 KB gzip of the budget.
 */
export function Spinner({ label }: { label?: string }) {
  const styles = useSpinnerStyles();
  return <span className={styles.spinner} role="progressbar" aria-label={label} />;
}
