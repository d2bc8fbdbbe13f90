import type { Metadata } from 'next';
import { NotePage } from '../../../../components/notes/note-page';
import { listNotes, loadNote } from '../../../../content/load';

const LANG = 'en';

export const dynamicParams = false;

export async function generateStaticParams(): Promise<Array<{ slug: string }>> {
  return (await listNotes(LANG)).map((note) => ({ slug: note.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const { frontmatter } = await loadNote(slug, LANG);
  return { title: frontmatter.title, description: frontmatter.description };
}

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <NotePage slug={slug} lang={LANG} />;
}
