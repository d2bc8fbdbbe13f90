// A note beside the terminal: two columns on wide screens with a handle between them to resize
// them, stacked on narrow ones.
// Server component: the note is compiled at build time; only the terminal and the Run buttons
// are client islands.

import { listNotes, loadNote } from '../../content/load';
import { noteSections } from '../../content/note-outline';
import { LANGS, htmlLang, notePath, type Lang } from '../../content/langs';
import { PageLang } from '../layout/page-lang';
import { NodeWorkerStart } from '../session/node-worker-start';
import { UI_TEXT } from '../layout/ui-text';
import { TerminalPane } from '../terminal/terminal-pane';
import { LanguageSwitch } from './language-switch';
import { MdxContent } from './mdx-content';
import { NotePager } from './note-pager';
import { NoteToc } from './note-toc';
import { SplitHandle } from './split-handle';

export interface NotePageProps {
  slug: string;
  lang: Lang;
}

export async function NotePage({ slug, lang }: NotePageProps) {
  const [note, sections, notes] = await Promise.all([loadNote(slug, lang), noteSections(slug, lang), listNotes(lang)]);
  const other = LANGS.find((candidate) => candidate !== lang) ?? lang;
  const text = UI_TEXT[lang];
  return (
    <div className="note-layout" lang={htmlLang(lang)}>
      {/* The node's worker starts as the HTML is read, before the note's text (early-worker.ts). */}
      <NodeWorkerStart />
      <PageLang lang={htmlLang(lang)} />
      <article className="note" data-testid="note" data-pagefind-body>
        <p className="note-lang" data-pagefind-ignore>
          <LanguageSwitch href={notePath(slug, other)} hrefLang={htmlLang(other)} label={text.otherLanguage} />
        </p>
        <h1>{note.frontmatter.title}</h1>
        <div data-pagefind-ignore>
          <NoteToc sections={sections} label={text.contents} />
        </div>
        <MdxContent code={note.code} lang={lang} />
        <div data-pagefind-ignore>
          <NotePager notes={notes} slug={slug} lang={lang} />
        </div>
      </article>
      <SplitHandle label={text.splitHandle} />
      <aside className="note-terminal">
        <TerminalPane lang={lang} />
      </aside>
    </div>
  );
}
