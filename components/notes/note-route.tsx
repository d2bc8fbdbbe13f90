// What the two note routes (/notes/[slug] in Chinese, /en/notes/[slug] in English) share: the
// list of pages to prerender, the page's metadata and the page itself, for one language. Each
// route file binds its language and keeps `dynamicParams` itself, because Next.js reads that
// setting from the route file's own source.

import type { Metadata } from 'next';
import type { Lang } from '../../content/langs';
import { listNotes, loadNote } from '../../content/load';
import { NotePage } from './note-page';

/** The props Next.js passes a note route's page and generateMetadata. */
export interface NoteRouteProps {
  params: Promise<{ slug: string }>;
}

/** One prerendered page per note written in `lang`. */
export async function noteStaticParams(lang: Lang): Promise<Array<{ slug: string }>> {
  return (await listNotes(lang)).map((note) => ({ slug: note.slug }));
}

/** The note's title and description as the page's metadata. */
export async function noteMetadata({ params }: NoteRouteProps, lang: Lang): Promise<Metadata> {
  const { slug } = await params;
  const { frontmatter } = await loadNote(slug, lang);
  // For sharing: link previews get the same title and description. No URLs: a static export
  // does not know the host it will be served from (Next would write localhost into them).
  return {
    title: frontmatter.title,
    description: frontmatter.description,
    openGraph: {
      type: 'article',
      siteName: 'ctrlab',
      title: frontmatter.title,
      description: frontmatter.description,
      locale: lang === 'zh' ? 'zh_CN' : 'en_US',
    },
  };
}

/** The note page for the route's slug. */
export async function NoteRoutePage({ params, lang }: NoteRouteProps & { lang: Lang }) {
  const { slug } = await params;
  return <NotePage slug={slug} lang={lang} />;
}
