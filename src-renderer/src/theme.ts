import { createTheme, type MantineColorsTuple } from '@mantine/core';

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

export const theme = createTheme({
  primaryColor: 'desk',
  colors: { desk },
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Table: { defaultProps: { verticalSpacing: 6, horizontalSpacing: 'sm' } },
    Tooltip: { defaultProps: { openDelay: 300, withArrow: true } },
  },
});
