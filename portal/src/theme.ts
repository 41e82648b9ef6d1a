import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's defaults with darker shades where text must keep a 4.5:1 contrast (WCAG AA): white on
 * the primary colour, and the system font stack (no web font is fetched).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'sm',
  // People who ask their system for less motion get dialogs and notifications without animation.
  respectReducedMotion: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
});

/** Mantine's dimmed and error colours are too light for small text on white (WCAG AA 4.5:1). */
export const cssVariablesResolver: CSSVariablesResolver = (th) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': th.colors.gray[7],
    '--mantine-color-error': th.colors.red[9],
  },
  dark: {},
});
