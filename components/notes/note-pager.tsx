// Previous / next chapter, in the reading order of the notes in this language.

import Link from 'next/link';
import type { NoteSummary } from '../../content/load';
import { notePath, type Lang } from '../../content/langs';
import { UI_TEXT } from '../layout/ui-text';

export function NotePager({ notes, slug, lang }: { notes: NoteSummary[]; slug: string; lang: Lang }) {
  const at = notes.findIndex((note) => note.slug === slug);
  const previous = at > 0 ? notes[at - 1] : undefined;
  const next = at >= 0 ? notes[at + 1] : undefined;
  const text = UI_TEXT[lang];
  return (
    <nav className="note-pager" aria-label={text.chapters} data-testid="note-pager">
      {previous ? (
        <Link href={notePath(previous.slug, lang)} rel="prev" className="note-pager-prev">
          <span>← {text.previous}</span>
          {previous.frontmatter.title}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={notePath(next.slug, lang)} rel="next" className="note-pager-next">
          <span>{text.next} →</span>
          {next.frontmatter.title}
        </Link>
      ) : null}
    </nav>
  );
}
