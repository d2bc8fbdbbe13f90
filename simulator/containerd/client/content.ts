// The client's content calls (to be filled in: see client.ts).

import type { ClientContext } from './context';

export function contentApi(ctx: ClientContext) {
  void ctx;
  return {};
}

export type ContentApi = ReturnType<typeof contentApi>;
