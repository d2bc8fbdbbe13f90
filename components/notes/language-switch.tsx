'use client';

// The link to the other edition of this page. Both editions number their sections alike
// (content/note-outline.ts), so on click the link takes the section the reader is in along as
// its anchor: the other language opens at the same heading.

import type { MouseEvent } from 'react';

/** The section whose heading was passed last while scrolling down, if any. */
function currentSection(): string | null {
  let current: string | null = null;
  for (const heading of document.querySelectorAll<HTMLElement>('h2[id^="section-"]')) {
    if (heading.getBoundingClientRect().top > 120) break;
    current = heading.id;
  }
  return current ?? (location.hash.startsWith('#section-') ? location.hash.slice(1) : null);
}

export interface LanguageSwitchProps {
  href: string;
  hrefLang: string;
  label: string;
}

export function LanguageSwitch({ href, hrefLang, label }: LanguageSwitchProps) {
  function keepPlace(event: MouseEvent<HTMLAnchorElement>) {
    const section = currentSection();
    event.currentTarget.href = section ? `${href}#${section}` : href;
  }
  return (
    <a href={href} hrefLang={hrefLang} lang={hrefLang} data-testid="language-switch" onClick={keepPlace}>
      {label}
    </a>
  );
}
