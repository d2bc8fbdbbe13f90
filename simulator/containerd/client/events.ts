// The client's events calls (to be filled in: see client.ts).

import type { ClientContext } from './context';

export function eventsApi(ctx: ClientContext) {
  void ctx;
  return {};
}

export type EventsApi = ReturnType<typeof eventsApi>;
