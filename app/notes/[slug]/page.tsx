// A note in Chinese, the default language (the English twin is app/en/notes/[slug]).
import { noteMetadata, NoteRoutePage, noteStaticParams, type NoteRouteProps } from '../../../components/notes/note-route';

export const dynamicParams = false;
export const generateStaticParams = () => noteStaticParams('zh');
export const generateMetadata = (props: NoteRouteProps) => noteMetadata(props, 'zh');

export default function Page({ params }: NoteRouteProps) {
  return <NoteRoutePage params={params} lang="zh" />;
}
