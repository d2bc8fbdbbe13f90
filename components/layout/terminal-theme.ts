// The xterm terminal's colours for each page theme (components/layout/theme.ts).

import type { Theme } from './theme';

const DARK = {
  background: '#0f1419',
  foreground: '#d7dde4',
  cursor: '#f0c674',
  selectionBackground: '#3a4a5c',
  black: '#1c2329',
  red: '#e06c75',
  green: '#98c379',
  yellow: '#e5c07b',
  blue: '#61afef',
  magenta: '#c678dd',
  cyan: '#56b6c2',
  white: '#d7dde4',
};

/** Light: the same hues, dark enough to read on white (WCAG AA against #fbfbf9). */
const LIGHT = {
  background: '#fbfbf9',
  foreground: '#1d232a',
  cursor: '#1d232a',
  cursorAccent: '#fbfbf9',
  selectionBackground: '#c8daf5',
  black: '#1d232a',
  red: '#b3261e',
  green: '#2e6b12',
  yellow: '#7a5800',
  blue: '#0b57d0',
  magenta: '#8e24aa',
  cyan: '#00687a',
  white: '#5b6570',
};

export function terminalTheme(theme: Theme) {
  return theme === 'dark' ? DARK : LIGHT;
}
