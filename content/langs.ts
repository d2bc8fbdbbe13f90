// The languages notes are written in. Chinese is the default and lives at the unprefixed URLs
// (/notes/ctr); English is under /en (/en/notes/ctr).

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
const DEFAULT_LANG: Lang = 'zh';

/** The URL of a note in a language. */
export function notePath(slug: string, lang: Lang): string {
  return lang === DEFAULT_LANG ? `/notes/${slug}/` : `/${lang}/notes/${slug}/`;
}

/** The HTML `lang` attribute of a note written in `lang`. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
