import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** The app's own look; the consultant's brand colours are for exports, not for the workspace. */
const desk: MantineColorsTuple = [
  '#eef3fb',
  '#dbe4f2',
  '#b3c6e6',
  '#88a6da',
  '#658bd0',
  '#4f7acb',
  '#4271ca',
  '#335fb3',
  '#2a55a1',
  '#1c488f',
];

/** Mantine's orange is too light for small text even at its darkest; these darker steps read at 4.5:1. */
const orange: MantineColorsTuple = ['#fff7ed', '#ffedd5', '#fed7aa', '#fdba74', '#fb923c', '#f97316', '#ea580c', '#c2410c', '#9a3412', '#7c2d12'];

export const theme = createTheme({
  primaryColor: 'desk',
  colors: { desk, orange },
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Table: { defaultProps: { verticalSpacing: 6, horizontalSpacing: 'sm' } },
    // A value out of range is explained by the form's validation, never silently changed.
    NumberInput: { defaultProps: { clampBehavior: 'none' } },
    Tooltip: { defaultProps: { openDelay: 300, withArrow: true } },
  },
});

/**
 * Contrast for small text (WCAG AA, 4.5:1): secondary text darker (lighter in dark), coloured text
 * and outlines one step deeper than Mantine's defaults, and the pale background of "light" badges
 * paler. The accessibility check of every screen holds the app to it.
 */
const YELLOW_TEXT_ON_LIGHT = '#7c5400';

export const cssVariablesResolver: CSSVariablesResolver = (current) => {
  const names = Object.keys(current.colors);
  const each = (make: (name: string) => Record<string, string>) => Object.assign({}, ...names.map(make)) as Record<string, string>;
  return {
    variables: {},
    light: {
      '--mantine-color-dimmed': current.colors.gray[7],
      ...each((name) => ({
        [`--mantine-color-${name}-light`]: `var(--mantine-color-${name}-0)`,
        [`--mantine-color-${name}-light-color`]: `var(--mantine-color-${name}-9)`,
        [`--mantine-color-${name}-text`]: `var(--mantine-color-${name}-9)`,
        [`--mantine-color-${name}-outline`]: `var(--mantine-color-${name}-8)`,
      })),
      // Even Mantine's darkest yellow reads at under 3:1 on its pale background; a brown-gold does at 6:1.
      '--mantine-color-yellow-light-color': YELLOW_TEXT_ON_LIGHT,
      '--mantine-color-yellow-text': YELLOW_TEXT_ON_LIGHT,
    },
    dark: {
      '--mantine-color-dimmed': current.colors.dark[1],
      '--mantine-color-anchor': 'var(--mantine-color-desk-3)',
      ...each((name) => ({
        [`--mantine-color-${name}-light-color`]: `var(--mantine-color-${name}-2)`,
        [`--mantine-color-${name}-text`]: `var(--mantine-color-${name}-3)`,
        [`--mantine-color-${name}-outline`]: `var(--mantine-color-${name}-3)`,
      })),
    },
  };
};
