// containerd's CRI plugin: what a CRI client (crictl, the kubelet) may import. The plugin
// serves runtime.v1's RuntimeService and ImageService on containerd's own socket; `criServices`
// is what a client gets once it reached that socket (dialing is the client's job, as gRPC's).

import { criContext } from './context';
import type { ImageService, RuntimeService } from './api/services';
import { imageService } from './images/image-service';
import { checkpointRpcs } from './container/checkpoint';
import { containerRpcs } from './container/container-service';
import { runtimeInfoRpcs } from './runtime-info/runtime-info';
import { sandboxRpcs } from './sandbox/sandbox-service';
import type { Node } from '../node';
import { tracedApi } from '../trace/call-path';

export type * from './api/runtime-v1';
export type * from './api/services';
export { CRI_NAMESPACE } from './context';

export interface CriServices {
  runtime: RuntimeService;
  image: ImageService;
}

/**
 * The services of each node, made once: the plugin serves them for as long as the node runs,
 * and they keep no state of their own (every RPC reads the node), so a client that connects
 * again gets the same ones, as a second crictl reaches the same server.
 */
const served = new WeakMap<Node, CriServices>();

/** The plugin's two services on `node`. */
export function criServices(node: Node): CriServices {
  let services = served.get(node);
  if (!services) {
    const ctx = criContext(node);
    // Each RPC records its crossing into the plugin (trace/call-path.ts).
    services = {
      runtime: tracedApi(node, 'cri', { ...sandboxRpcs(ctx), ...containerRpcs(ctx), ...runtimeInfoRpcs(ctx), ...checkpointRpcs() }, 0),
      image: tracedApi(node, 'cri', imageService(ctx), 0),
    };
    served.set(node, services);
  }
  return services;
}
export * from './streaming/public';
