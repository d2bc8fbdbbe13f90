// Every note's exercises, by note slug: what the notes' <Exercises/> lists, the worker checks
// (progress.ts) and exercises.test.ts runs.

import { commandMapExercises } from './command-map';
import { crictlExercises } from './crictl';
import { ctrExercises } from './ctr';
import { dockerExercises } from './docker';
import { dockershimExercises } from './dockershim';
import type { Exercise } from './exercise';
import { nerdctlExercises } from './nerdctl';
import { runtimesExercises } from './runtimes';

export const EXERCISES: Readonly<Record<string, readonly Exercise[]>> = {
  runtimes: runtimesExercises,
  ctr: ctrExercises,
  crictl: crictlExercises,
  nerdctl: nerdctlExercises,
  docker: dockerExercises,
  dockershim: dockershimExercises,
  'command-map': commandMapExercises,
};

export function exercisesOf(slug: string): readonly Exercise[] {
  return Object.hasOwn(EXERCISES, slug) ? (EXERCISES[slug] ?? []) : [];
}
