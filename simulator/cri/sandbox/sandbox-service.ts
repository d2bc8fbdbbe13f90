// PLACEHOLDER while issue 9 is being built: a helper replaces this file with the real RPCs.

import type { SandboxRpcs } from '../api/services';
import type { CriContext } from '../context';

export function sandboxRpcs(_ctx: CriContext): SandboxRpcs {
  return new Proxy({} as SandboxRpcs, {
    get: (_t, rpc) => () => Promise.reject(new Error(`CRI ${String(rpc)} is not built yet`)),
  });
}
