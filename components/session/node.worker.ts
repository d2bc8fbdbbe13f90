// The node's worker: the simulator (containerd, the shell, every program) runs here, off the
// page's thread, behind the protocol of worker-protocol.ts. The page starts it lazily when a
// terminal mounts (load-simulator.ts) and may stop it at any time (remote-node.ts).

import { createSession, preloadNodeTools, registerNativeCodecs, webCodecs } from '../../simulator/index';
import { createNodeHost } from './node-host';
import { prefetchLaterChunks } from './prefetch-chunks';
import type { FromWorker, ToWorker } from './worker-protocol';

/** The parts of a dedicated worker's global scope used here (the project's types are the DOM's). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: { data: ToWorker }) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;

// WebCrypto and DecompressionStream hash and inflate imported layers where the worker has them.
registerNativeCodecs(webCodecs());
let warmedUp = false;
const handle = createNodeHost({
  createSession,
  spareFresh: true,
  post: (message) => {
    scope.postMessage(message);
    // The tools' clients and the shell library's commands are chunks of their own
    // (node-worker-bundle.ts): compiled once the first prompt is on its way, one at a time, so
    // a line typed meanwhile waits for one chunk at most, and a first use finds its code there.
    // A chunk that fails to load is asked for again at its first use (tools/tool.ts).
    if (message.t === 'created' && !warmedUp) {
      warmedUp = true;
      setTimeout(
        () =>
          void preloadNodeTools()
            .catch(() => undefined)
            .then(() => prefetchLaterChunks(import.meta.url)),
        0,
      );
    }
  },
});
scope.onmessage = (event) => handle(event.data);
// The bench's breakdown of the first prompt (tests/bench/first-prompt.ts): the worker's code has run.
performance.mark('ctrlab:worker-ready');
scope.postMessage({ t: 'ready' });
