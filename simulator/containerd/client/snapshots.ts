// The client's snapshots calls (to be filled in: see client.ts).

import type { ClientContext } from './context';

export function snapshotsApi(ctx: ClientContext) {
  void ctx;
  return {};
}

export type SnapshotsApi = ReturnType<typeof snapshotsApi>;
