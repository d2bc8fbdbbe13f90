// The worker's side of the state view: what the panel shows after a line — the node's tree
// from the query API (simulator/query), what changed since the tree this panel last got, the
// layers the last line passed (simulator/trace), and the info text of the selected object.
// Plain data, so it crosses the worker boundary as one message. No DOM here.

import type { Node } from '../../simulator/node';
import { diffQueries, type StateDiff } from '../../simulator/query/diff';
import { objectInfo } from '../../simulator/query/object-info';
import { queryNode } from '../../simulator/query/query-node';
import type { ObjectRef, StateNode } from '../../simulator/query/state-tree';
import { startCallPath, type Layer } from '../../simulator/trace/call-path';

export type { ObjectRef, StateNode, Layer };

export interface LabView {
  tree: StateNode;
  /** Against the tree the panel got last time (empty the first time). */
  diff: StateDiff;
  /** The layers the last line passed, in order of crossing ([] before any line was watched). */
  path: Layer[];
  /** What the selected object's command prints, when the simulator can say without running it. */
  info?: string;
}

interface Watched {
  lastTree?: StateNode;
  lastPath: Layer[];
  /** The diff last sent, and whether a line ended since: a view asked again (a selection) keeps it. */
  lastDiff: StateDiff;
  lineEnded: boolean;
}

/** Per node: kept only for nodes whose panel asked once, so a page without it pays nothing. */
const watched = new WeakMap<Node, Watched>();

/** Starts recording a line's path on a watched node; the function returned ends it. */
export function watchLine(node: Node | undefined): () => void {
  const state = node ? watched.get(node) : undefined;
  if (!node || !state) return () => undefined;
  const stop = startCallPath(node);
  return () => {
    state.lastPath = stop();
    state.lineEnded = true;
  };
}

export function labView(node: Node, select?: ObjectRef): LabView {
  let state = watched.get(node);
  if (!state) {
    state = { lastPath: [], lastDiff: { created: [], changed: [], removed: [] }, lineEnded: false };
    watched.set(node, state);
  }
  const tree = queryNode(node.state);
  // A timer (a task exiting) may change the node between lines; that shows at the next line.
  if (state.lastTree && state.lineEnded) state.lastDiff = diffQueries(state.lastTree, tree);
  if (state.lineEnded || !state.lastTree) state.lastTree = tree;
  state.lineEnded = false;
  const diff = state.lastDiff;
  const info = select ? objectInfo(node.state, select).text : undefined;
  return { tree, diff, path: state.lastPath, info };
}
