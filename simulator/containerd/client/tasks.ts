// The client's tasks calls (to be filled in: see client.ts).

import type { ClientContext } from './context';

export function tasksApi(ctx: ClientContext) {
  void ctx;
  return {};
}

export type TasksApi = ReturnType<typeof tasksApi>;
