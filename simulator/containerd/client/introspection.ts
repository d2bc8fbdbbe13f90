// The client's introspection calls (to be filled in: see client.ts).

import type { ClientContext } from './context';

export function introspectionApi(ctx: ClientContext) {
  void ctx;
  return {};
}

export type IntrospectionApi = ReturnType<typeof introspectionApi>;
