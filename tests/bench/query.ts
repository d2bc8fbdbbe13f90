// Part of `npm run bench`: the state view's query (simulator/query) on a node with 1,000
// records in one namespace (250 each of images, containers, tasks and snapshots, built as
// scale.ts builds them): the tree, the diff against the previous tree, and one object's info
// text, as the view does after every command. Its budget is the frame it shares with the
// command (issue 13, Speed); reported, never asserted.

import { performance } from 'node:perf_hooks';
import type { ShellSession } from '../../simulator/index';
import type { Node } from '../../simulator/node';
import { diffQueries } from '../../simulator/query/diff';
import { objectInfo } from '../../simulator/query/object-info';
import { flattenTree, queryNode } from '../../simulator/query/query-node';
import { scaledSession } from './scale';
import { ms, quantile, table } from './stats';

const PER_KIND = 250;
const WARM_UP = 5;
const FRAME_MS = 16;

export async function queryReport(now: () => number, runs: number): Promise<void> {
  const { session, problem } = await scaledSession(PER_KIND, now);
  if (problem) {
    console.log(`\n## state view query: not measured (${problem})\n`);
    return;
  }
  const state = (session as ShellSession & { node: Node }).node.state;
  const query: number[] = [];
  const diff: number[] = [];
  const info: number[] = [];
  // Warm-up: the first trees pay for compiling the query, which a page pays once.
  for (let i = 0; i < WARM_UP; i++) diffQueries(queryNode(state), queryNode(state));
  let previous = queryNode(state);
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    const tree = queryNode(state);
    query.push(performance.now() - start);
    start = performance.now();
    diffQueries(previous, tree);
    diff.push(performance.now() - start);
    start = performance.now();
    objectInfo(state, { kind: 'container', namespace: 'default', key: `c${i % PER_KIND}` });
    info.push(performance.now() - start);
    previous = tree;
  }
  const objects = flattenTree(previous).filter((n) => n.ref.kind !== 'group').length;
  const title = `state view at ${PER_KIND * 4} records (${objects} tree objects)`;
  console.log(`\n## ${title}\n`);
  const row = (name: string, s: number[]) => [name, String(s.length), ms(quantile(s, 0.5)), ms(quantile(s, 0.99))];
  console.log(table(['step', 'runs', 'median ms', 'p99 ms'], [row('queryNode', query), row('diffQueries', diff), row('objectInfo (container)', info)]));
  const total = query.map((q, i) => q + (diff[i] ?? 0));
  const p99 = quantile(total, 0.99);
  console.log(`\n${p99 < FRAME_MS ? 'within' : 'OVER'}  state view query + diff at ${PER_KIND * 4} records: p99 ${ms(p99)} ms (budget ${FRAME_MS} ms)`);
}
