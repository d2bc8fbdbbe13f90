// The simulator's public entry: build a fresh node, or a shell session on one. Everything a
// UI, the REPL or a test needs to start from is exported here.

import { emptyRegistries, initialNodeState } from './initial-state';
import { type Node, type SimulatorOptions, makeNode } from './node';
import { installNodePlugins, loadNodeDaemons } from './node-plugins';
import { NODE_TOOLS } from './tools/registry';
import { preloadTools } from './tools/tool';

export type { Node, NodeState, SimulatorOptions } from './node';
export type { LineResult, RunOptions, SavedSession, ShellSession, Stream } from './shell/session-types';
export { createSession, type ShellSessionOptions } from './shell/session';
export { initialNodeState, emptyRegistries };
export { registerNativeCodecs, type NativeCodecs } from './host/native-codecs';
export { webCodecs } from './host/web-codecs';

/**
 * Loads now rather than at their first use the daemons' code (node-plugins.ts, which every
 * session's first line awaits) and then the node's tools' clients (tools/tool.ts).
 */
export function preloadNodeTools(): Promise<void> {
  return loadNodeDaemons().then(() => preloadTools(NODE_TOOLS));
}

/**
 * A fresh node1: Debian bookworm with containerd 1.6.20 running (no namespaces yet), its
 * stock files, and empty registries. Same seed and clock ⇒ same ids, PIDs and UUIDs.
 */
export function createSimulator(options: SimulatorOptions = {}): Node {
  const now = options.now ?? Date.now;
  const seed = options.seed ?? (now() >>> 0);
  return installNodePlugins(makeNode(initialNodeState(seed, now()), now));
}
