// The call path of a command: which layers of the node it passed, in order, recorded as it
// runs (never a hand-written table per command). Each layer records itself where calls enter
// it — the tool when the shell runs it (shell/programs.ts), the CRI plugin's services
// (cri/index.ts), dockerd's API (dockerd/index.ts), containerd's client library services
// (containerd/client/client.ts), buildkitd's solve, the shim and runc on the task start path
// (containerd/tasks) — as one push into an array, and only while someone records: with no
// recording open, recordLayer returns after one comparison.
//
// What a real node would show for it: ctr → containerd → shim → runc; crictl → CRI plugin →
// containerd (the plugin is a client of containerd, pkg/cri/server); docker → dockerd →
// containerd (libcontainerd); nerdctl → containerd, → buildkitd for builds.

import type { Node } from '../node';

/** A tool's name (ctr, crictl, nerdctl, docker, buildctl) or one of the node's daemons' layers. */
export type Layer = string;

/** One layer crossing: the layer entered, and the one the call came from ("" at the start). */
export interface Crossing {
  from: Layer;
  to: Layer;
}

const recording = new WeakMap<Node, Layer[]>();
/** Open recordings on any node: 0 keeps recordLayer to one comparison. */
let open = 0;

/** Notes that a call entered `layer` on `node` (a repeat of the layer last entered is one crossing). */
export function recordLayer(node: Node, layer: Layer): void {
  if (open === 0) return;
  const path = recording.get(node);
  if (path !== undefined && path[path.length - 1] !== layer) path.push(layer);
}

/**
 * Starts recording what happens on `node`; the function returned ends it and gives the layers
 * entered, in order. One recording per node at a time: a second start restarts it.
 */
export function startCallPath(node: Node): () => Layer[] {
  if (!recording.has(node)) open += 1;
  const path: Layer[] = [];
  recording.set(node, path);
  return () => {
    if (recording.get(node) === path) {
      recording.delete(node);
      open -= 1;
    }
    return path;
  };
}

/** The crossings of a recorded path, one per change of layer. */
export function crossings(path: readonly Layer[]): Crossing[] {
  return path.map((to, i) => ({ from: path[i - 1] ?? '', to }));
}

/** The layers in the order they were first entered (the path as the call-chain diagram lights it). */
export function layersInOrder(path: readonly Layer[]): Layer[] {
  return [...new Set(path)];
}

/**
 * `api` with each of its functions (and those of its plain-object members, one level down)
 * recording `layer` on the way in: how a service marks the calls that enter it.
 */
export function tracedApi<T extends object>(node: Node, layer: Layer, api: T, depth = 1): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(api)) {
    if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      out[key] = (...args: unknown[]) => {
        recordLayer(node, layer);
        return fn(...args);
      };
    } else if (depth > 0 && typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
      out[key] = tracedApi(node, layer, value, depth - 1);
    } else {
      out[key] = value;
    }
  }
  return out as T;
}
