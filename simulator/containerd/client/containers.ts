// The client's containers calls (to be filled in: see client.ts).

import type { ClientContext } from './context';

export function containersApi(ctx: ClientContext) {
  void ctx;
  return {};
}

export type ContainersApi = ReturnType<typeof containersApi>;
