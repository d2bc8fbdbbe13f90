// The client's namespaces calls (to be filled in: see client.ts).

import type { ClientContext } from './context';

export function namespacesApi(ctx: ClientContext) {
  void ctx;
  return {};
}

export type NamespacesApi = ReturnType<typeof namespacesApi>;
