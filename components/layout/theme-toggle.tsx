'use client';

// The header's light/dark switch (components/layout/theme.ts holds the rules).

import { useEffect, useState } from 'react';
import { chooseTheme, currentTheme, keepTheme, onThemeChange, type Theme } from './theme';

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);
  useEffect(() => {
    keepTheme();
    setTheme(currentTheme());
    return onThemeChange(setTheme);
  }, []);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  const label = next === 'dark' ? '深色 / Dark theme' : '浅色 / Light theme';
  return (
    <button
      type="button"
      className="theme-toggle"
      data-testid="theme-toggle"
      aria-label={label}
      title={label}
      aria-pressed={theme === 'dark'}
      onClick={() => chooseTheme(next)}
    >
      {theme === 'dark' ? '☀' : '☾'}
    </button>
  );
}
