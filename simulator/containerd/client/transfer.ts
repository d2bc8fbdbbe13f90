// The client's transfer calls (to be filled in: see client.ts).

import type { ClientContext } from './context';

export function transferApi(ctx: ClientContext) {
  void ctx;
  return {};
}

export type TransferApi = ReturnType<typeof transferApi>;
