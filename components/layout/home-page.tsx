// The home page in one language: what ctrlab is, then the chapters in reading order with their
// descriptions (from each note's frontmatter), and the way to the other language.

import Link from 'next/link';
import { htmlLang, LANGS, type Lang } from '../../content/langs';
import { notePath } from '../../content/langs';
import { listNotes } from '../../content/load';
import { PageLang } from './page-lang';
import { UI_TEXT } from './ui-text';

/** The home page's URL in a language (Chinese at /, English at /en/). */
function homePath(lang: Lang): string {
  return lang === 'zh' ? '/' : `/${lang}/`;
}

export async function HomePage({ lang }: { lang: Lang }) {
  const notes = await listNotes(lang);
  const text = UI_TEXT[lang];
  const other = LANGS.find((candidate) => candidate !== lang) ?? lang;
  return (
    <div className="home" lang={htmlLang(lang)}>
      <PageLang lang={htmlLang(lang)} />
      <section className="home-hero">
        <p className="note-lang">
          <Link href={homePath(other)} hrefLang={htmlLang(other)} lang={htmlLang(other)} data-testid="language-switch">
            {text.languageHome}
          </Link>
        </p>
        <h1>ctrlab</h1>
        <p className="home-lead">{text.homeLead}</p>
        <div className="home-actions">
          <Link className="button" href={notePath(notes[0]?.slug ?? 'ctr', lang)}>
            {notes[0]?.frontmatter.title ?? text.notes}
          </Link>
          <Link className="button button-quiet" href="/playground/">
            {text.openPlayground}
          </Link>
        </div>
      </section>
      <section className="home-chapters" aria-labelledby="chapters-heading">
        <h2 id="chapters-heading">{text.chapters}</h2>
        <ol className="chapter-list" data-testid="chapter-list">
          {notes.map((note) => (
            <li key={note.slug}>
              <Link href={notePath(note.slug, lang)}>{note.frontmatter.title}</Link>
              <p>{note.frontmatter.description}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
