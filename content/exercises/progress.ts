// Which of a note's exercises are done, asked by the page after every line (the worker answers
// from the node it holds). An exercise is done once its check has passed; the ids of those done
// are then written, one a line, to a file on the node itself, /root/.ctrlab/exercises. So the
// progress is part of the node's files: it is saved with the session after the next line (and
// at once, node-host.ts asks for a save when this records something), survives a reload,
// travels with an exported or shared session, and goes with Reset, which gives a fresh node.
// An exercise stays done when a later task undoes its state (the next exercise removes the task).

import type { Node } from '../../simulator/node';
import { binaryToText, readFile, textToBinary, writeFile } from '../../simulator/host/vfs';
import { exercisesOf } from './index';
import { nodeFacts, type NodeFacts } from './node-facts';

export const PROGRESS_FILE = '/root/.ctrlab/exercises';

interface ExerciseStatus {
  id: string;
  done: boolean;
}

export interface ProgressAnswer {
  statuses: ExerciseStatus[];
  /** Something new was written to the progress file (the node wants saving). */
  recorded: boolean;
}

function recordedIds(node: Node): Set<string> {
  try {
    return new Set(binaryToText(readFile(node.state.host.files, PROGRESS_FILE)).split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

export function exerciseProgress(node: Node, slug: string): ProgressAnswer {
  const done = recordedIds(node);
  let facts: NodeFacts | undefined;
  const fresh: string[] = [];
  const statuses = exercisesOf(slug).map((exercise) => {
    if (done.has(exercise.id)) return { id: exercise.id, done: true };
    facts ??= nodeFacts(node.state);
    let passed = false;
    try {
      passed = exercise.check(facts);
    } catch {
      // A check that trips over an odd state (a learner's hand-made file) is simply not passed.
    }
    if (passed) fresh.push(exercise.id);
    return { id: exercise.id, done: passed };
  });
  if (fresh.length === 0) return { statuses, recorded: false };
  try {
    const text = [...done, ...fresh].map((id) => `${id}\n`).join('');
    writeFile(node.state.host.files, PROGRESS_FILE, textToBinary(text), { parents: true, mtimeMs: node.nowMs() });
    return { statuses, recorded: true };
  } catch {
    // /root/.ctrlab made a file by the learner: the page still shows them done, unrecorded.
    return { statuses, recorded: false };
  }
}
