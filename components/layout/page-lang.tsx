'use client';

// The root layout writes <html lang="zh-CN"> for every page (one root layout, and Pagefind keeps
// both editions in one index because of it); an English page says so to screen readers and the
// browser's hyphenation once it runs. Its text is also inside an element with lang="en", so the
// static HTML is right where it matters before any script.

import { useEffect } from 'react';

export function PageLang({ lang }: { lang: string }) {
  useEffect(() => {
    const root = document.documentElement;
    const before = root.lang;
    root.lang = lang;
    return () => {
      root.lang = before;
    };
  }, [lang]);
  return null;
}
