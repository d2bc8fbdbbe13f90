// The client's images calls (to be filled in: see client.ts).

import type { ClientContext } from './context';

export function imagesApi(ctx: ClientContext) {
  void ctx;
  return {};
}

export type ImagesApi = ReturnType<typeof imagesApi>;
