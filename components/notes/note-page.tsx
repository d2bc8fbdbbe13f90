// A note beside the terminal: two columns on wide screens, stacked on narrow ones.
// Server component: the note is compiled at build time; only the terminal and the Run buttons
// are client islands.

import Link from 'next/link';
import { loadNote } from '../../content/load';
import { LANGS, htmlLang, notePath, type Lang } from '../../content/langs';
import { UI_TEXT } from '../layout/ui-text';
import { TerminalPane } from '../terminal/terminal-pane';
import { MdxContent } from './mdx-content';

export interface NotePageProps {
  slug: string;
  lang: Lang;
}

export async function NotePage({ slug, lang }: NotePageProps) {
  const note = await loadNote(slug, lang);
  const other = LANGS.find((candidate) => candidate !== lang) ?? lang;
  return (
    <div className="note-layout" lang={htmlLang(lang)}>
      <article className="note" data-testid="note">
        <p className="note-lang">
          <Link href={notePath(slug, other)} hrefLang={other} data-testid="language-switch">
            {UI_TEXT[lang].otherLanguage}
          </Link>
        </p>
        <h1>{note.frontmatter.title}</h1>
        <MdxContent code={note.code} lang={lang} />
      </article>
      <aside className="note-terminal">
        <TerminalPane lang={lang} />
      </aside>
    </div>
  );
}
