// POST /containers/{id}/kill (moby v20.10.24 daemon/kill.go ContainerKill): the signal parsed
// (`Invalid signal: X`), refused for one that does not run (409 `Container <id> is not
// running`; before that, `The linux daemon does not support signal 65` for a number outside its
// signal map), errors wrapped as `Cannot kill container: <typed>: …`. SIGKILL (and a signal that
// ends it) marks it manually stopped only through stop; a kill leaves the restart policy to act.

import { parseSignal, type Signal } from '../../containerd/client/index';
import type { Node } from '../../node';
import { conflict, DockerdError, invalidParameter, isDockerdError, systemError } from '../errors';
import { mobyClient } from '../runtime/task';
import { findContainer } from './lookup';
import { logContainerEvent } from '../events/event-log';

function signalOf(raw: string): Signal {
  try {
    return parseSignal(raw);
  } catch {
    throw invalidParameter(`Invalid signal: ${raw}`);
  }
}

export function killContainer(node: Node, typed: string, rawSignal = 'KILL'): void {
  const signal = signalOf(rawSignal);
  try {
    const record = findContainer(node, typed);
    // signal.ValidSignalForPlatform: a number the daemon's SignalMap has (1-31, RTMIN 34 to RTMAX 64).
    const n = signal.number;
    // The route's Atoi'd number reaches ContainerKill as a uint64: -1 is 18446744073709551615.
    if (!((n >= 1 && n <= 31) || (n >= 34 && n <= 64))) throw systemError(`The linux daemon does not support signal ${BigInt.asUintN(64, BigInt(n))}`);
    if (record.state.status !== 'running' && record.state.status !== 'paused') throw conflict(`Container ${record.id} is not running`);
    const task = mobyClient(node).containers.loadContainer(record.id).task();
    // Logged once the signal is sent, before the exit it may cause is handled.
    logContainerEvent(node, record, 'kill', { signal: String(signal.number) });
    task.kill(signal);
    // A paused process gets the signal once thawed; SIGKILL ends it at once (daemon/kill.go).
    if (record.state.status === 'paused' && signal.name === 'SIGKILL') task.resume();
  } catch (err) {
    if (isDockerdError(err)) throw new DockerdError(err.status, `Cannot kill container: ${typed}: ${err.message}`);
    throw err;
  }
}
