/**
 * A small coloured label (the grade badge, a finding's level) in Fluent's palette tokens.
 * Own component rather than Fluent's Badge, to keep the pane within its 120 KB gzip budget.
 */
import { makeStyles, mergeClasses } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';
import type { ReactNode } from 'react';

export type TagColor = 'success' | 'brand' | 'warning' | 'danger' | 'informative';

const useStyles = makeStyles({
  tag: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    borderRadius: tokens.borderRadiusCircular,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    minWidth: '20px',
    // The colour fill vanishes under forced colours: a border keeps the label a badge.
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  large: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    minWidth: '32px',
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThick} solid CanvasText` },
  },
  // Filled colours carry the grade (优 green, 良 blue, 中 amber, 差 red).
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  warning: {
    backgroundColor: tokens.colorPaletteMarigoldBackground3,
    color: tokens.colorNeutralForeground1Static,
  },
  danger: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  informative: { backgroundColor: tokens.colorNeutralBackground5, color: tokens.colorNeutralForeground1 },
});

export interface TagProps {
  color: TagColor;
  size?: 'medium' | 'large';
  children: ReactNode;
  'aria-label'?: string;
  'data-testid'?: string;
}

export function Tag({ color, size = 'medium', children, ...rest }: TagProps) {
  const styles = useStyles();
  return (
    <span
      className={mergeClasses(styles.tag, size === 'large' && styles.large, styles[color])}
      data-color={color}
      {...rest}
    >
      {children}
    </span>
  );
}
