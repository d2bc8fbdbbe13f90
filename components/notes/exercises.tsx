// The exercises at the end of a note (`<Exercises slug="ctr" />` in its MDX), rendered at build
// time from content/exercises: only their text and solution lines reach the page; the checks
// stay with the node, in the worker (content/exercises/progress.ts).

import type { Lang } from '../../content/langs';
import { exercisesOf } from '../../content/exercises/index';
import { ExerciseList, type ExerciseItem } from './exercise-list';

export interface ExercisesProps {
  slug: string;
  lang: Lang;
}

export function Exercises({ slug, lang }: ExercisesProps) {
  const items: ExerciseItem[] = exercisesOf(slug).map((e) => ({
    id: e.id,
    title: e.title[lang],
    task: e.task[lang],
    hint: e.hint[lang],
    solution: [...e.solution],
  }));
  if (items.length === 0) throw new Error(`<Exercises slug="${slug}">: no exercises for that note`);
  return <ExerciseList slug={slug} lang={lang} items={items} />;
}
