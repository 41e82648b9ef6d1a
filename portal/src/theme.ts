import { createTheme } from '@mantine/core';

/**
 * Mantine's defaults with darker shades where text must keep a 4.5:1 contrast (WCAG AA): white on
 * the primary colour, and the system font stack (no web font is fetched).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
});
