// POST /containers/{id}/restart (moby v20.10.24 daemon/restart.go containerRestart): stopped as
// `docker stop` does (-t), then started; restart policies see a user start (not manually stopped).

import type { TimeMode } from '../../host/time-driver';
import type { Node } from '../../node';
import { startTask } from '../runtime/task';
import { findContainer } from './lookup';
import { whileStarting } from '../runtime/monitor';
import { stopRecord } from './stop';
import { logContainerEvent } from '../events/event-log';

export async function restartContainer(node: Node, typed: string, timeoutSeconds: number | undefined, time: TimeMode = {}): Promise<void> {
  const record = findContainer(node, typed);
  await stopRecord(node, record, timeoutSeconds, time);
  record.manuallyStopped = false;
  whileStarting(node, record.id, () => startTask(node, record, { stdin: '', stdinOpen: false }));
  logContainerEvent(node, record, 'restart');
}
