// The node's worker: the simulator (containerd, the shell, every program) runs here, off the
// page's thread, behind the protocol of worker-protocol.ts. The page starts it lazily when a
// terminal mounts (load-simulator.ts) and may stop it at any time (remote-node.ts).

import { createSession, registerNativeCodecs, webCodecs } from '../../simulator/index';
import { createNodeHost } from './node-host';
import type { FromWorker, ToWorker } from './worker-protocol';

/** The parts of a dedicated worker's global scope used here (the project's types are the DOM's). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: { data: ToWorker }) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;

// WebCrypto and DecompressionStream hash and inflate imported layers where the worker has them.
registerNativeCodecs(webCodecs());
const handle = createNodeHost({ createSession, post: (message) => scope.postMessage(message) });
scope.onmessage = (event) => handle(event.data);
scope.postMessage({ t: 'ready' });
