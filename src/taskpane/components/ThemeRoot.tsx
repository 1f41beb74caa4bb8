/**
 * What the pane needs of FluentProvider, without it: Fluent's design tokens as CSS custom
 * properties (the `tokens.*` in every makeStyles resolve to `var(--…)`), the base font and colours,
 * and the language. FluentProvider also brings keyboard-navigation tracking, portals and tooltips
 * the pane does not use; leaving them out keeps the pane within its JavaScript budget.
 * The variables are set through React's style property (the CSSOM), which the pages' CSP allows.
 */
import { makeStyles } from '@griffel/react';
import { tokens, type Theme } from '@fluentui/react-theme';
import { useMemo, type CSSProperties, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: 'left',
  },
});

/** `{ colorBrandBackground: '#0f6cbd' }` -> `{ '--colorBrandBackground': '#0f6cbd' }`. */
export function themeVariables(theme: Theme): CSSProperties {
  const variables: Record<string, string> = {};
  for (const [token, value] of Object.entries(theme)) variables[`--${token}`] = String(value);
  return variables as CSSProperties;
}

/**
 * `theme` absent: the light theme's variables come from the page's stylesheet (assets/theme-light.css,
 * made at build time), so the pane's JavaScript carries no theme; a theme given (dark Office) is set
 * on this element and wins over the stylesheet's :root.
 */
export function ThemeRoot({ theme, lang, children }: { theme?: Theme; lang: string; children: ReactNode }) {
  const styles = useStyles();
  const style = useMemo(() => (theme ? themeVariables(theme) : undefined), [theme]);
  return (
    <div lang={lang} dir="ltr" className={styles.root} style={style}>
      {children}
    </div>
  );
}
