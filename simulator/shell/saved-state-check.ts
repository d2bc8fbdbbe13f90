// The check of a saved node tree, record by record, against the schemas the services' types come
// from (save/node-schema.ts, built from containerd/metadata/schema.ts, oci/blob.ts and
// oci/descriptor.ts): every field the services read has its type, every number lies in the range a real
// node could hold, and every name follows the rule of the tool that made it. Saved data comes
// from storage we do not control, soon from shared links too; one bad nested record (a null
// container, a PID of 9007199254708536, a task started at 1e308, a namespace named __proto__)
// would otherwise break every later command that walks it. A tree that fails is rejected as a
// whole rather than repaired: our own code never writes such a record, so it means damage or
// tampering, and dropping single records would leave states no command path ever produces (a
// task without its container, a snapshot whose parent is gone), each needing its own repair
// rule. A fresh node with a notice is the honest answer, and the problems found say where.
//
// Names that a tool accepts are accepted here too, so every save our own node makes restores:
// containerd takes a namespace or container named `constructor`, an image named `__proto__`,
// and the services look records up by own property (Object.hasOwn), so those are names like
// any other. A `__proto__` key where no tool could have made one is refused.

import type { NodeState } from '../node';
import { NodeStateSchema } from '../save/node-schema';
import { describeIssues, v } from '../schema/kit';

export { hasControlCharacter, MAX_PATH_CHARS } from '../schema/kit';

/** What is wrong with `tree` as a node of the current version, one line per problem (at most `max`); [] when nothing. */
export function nodeStateProblems(tree: unknown, max = 5): string[] {
  const result = v.safeParse(NodeStateSchema, tree);
  return result.success ? [] : describeIssues(result.issues, max);
}

/** True when `v` is a node tree of the current version whose every record has its shape. */
export function isWellFormedNodeState(tree: unknown): tree is NodeState {
  return v.is(NodeStateSchema, tree);
}
