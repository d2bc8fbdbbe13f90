// PLACEHOLDER while issue 9 is being built: a helper replaces this file with the real RPCs.

import type { ContainerRpcs } from '../api/services';
import type { CriContext } from '../context';

export function containerRpcs(_ctx: CriContext): ContainerRpcs {
  return new Proxy({} as ContainerRpcs, {
    get: (_t, rpc) => () => Promise.reject(new Error(`CRI ${String(rpc)} is not built yet`)),
  });
}
