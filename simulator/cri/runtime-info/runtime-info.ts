// PLACEHOLDER while issue 9 is being built: a helper replaces this file with the real RPCs.

import type { RuntimeInfoRpcs } from '../api/services';
import type { CriContext } from '../context';

export function runtimeInfoRpcs(_ctx: CriContext): RuntimeInfoRpcs {
  return new Proxy({} as RuntimeInfoRpcs, {
    get: (_t, rpc) => () => Promise.reject(new Error(`CRI ${String(rpc)} is not built yet`)),
  });
}
