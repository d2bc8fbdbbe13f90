// The client's leases calls (to be filled in: see client.ts).

import type { ClientContext } from './context';

export function leasesApi(ctx: ClientContext) {
  void ctx;
  return {};
}

export type LeasesApi = ReturnType<typeof leasesApi>;
