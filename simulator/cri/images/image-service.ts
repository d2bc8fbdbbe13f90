// PLACEHOLDER while issue 9 is being built: a helper replaces this file with the real RPCs.

import type { ImageService } from '../api/services';
import type { CriContext } from '../context';

export function imageService(_ctx: CriContext): ImageService {
  return new Proxy({} as ImageService, {
    get: (_t, rpc) => () => Promise.reject(new Error(`CRI ${String(rpc)} is not built yet`)),
  });
}
