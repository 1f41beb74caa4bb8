/**
 * Fluent's dark theme, a chunk of its own: its palette is only downloaded when Office runs a dark
 * theme (index.tsx), so officers on the default light theme do not carry it in the pane's budget.
 */
export { webDarkTheme } from '@fluentui/react-theme';
