// One exercise at the end of a note (issue 13, item 5): a short task in both languages, a hint,
// a solution of command lines that runs in the page's terminal, and a check over the node's
// state. The check never sees what was typed: any way of getting the node there passes.

import type { Lang } from '../langs';
import type { NodeFacts } from './node-facts';

type Text = Readonly<Record<Lang, string>>;

export interface Exercise {
  /** `<note slug>/<name>`: unique over all notes, kept in the node's progress file. */
  id: string;
  title: Text;
  /** What to do; `code` in backticks. */
  task: Text;
  hint: Text;
  /** Lines typed into the terminal in order (a heredoc's lines included). */
  solution: readonly string[];
  /** Whether the node is where the task asks it to be. */
  check(facts: NodeFacts): boolean;
}
