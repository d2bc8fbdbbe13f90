// A note in English (the Chinese original is app/notes/[slug]).
import { noteMetadata, NoteRoutePage, noteStaticParams, type NoteRouteProps } from '../../../../components/notes/note-route';

export const dynamicParams = false;
export const generateStaticParams = () => noteStaticParams('en');
export const generateMetadata = (props: NoteRouteProps) => noteMetadata(props, 'en');

export default function Page({ params }: NoteRouteProps) {
  return <NoteRoutePage params={params} lang="en" />;
}
