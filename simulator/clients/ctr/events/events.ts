// `ctr events` (alias event): subscribes to the daemon's event stream and prints each event
// published from then on as `<Go time> <namespace> <topic> <JSON body>`, until it is killed
// (cmd/ctr/commands/events/events.go: Subscribe, then fmt.Println of every envelope). Events
// published before it subscribed are never shown: the exchange replays nothing.
//
// On a watched terminal (the browser, the REPL on a TTY) it does just that: it waits in real
// time, printing each event as another terminal or a timer publishes it, until Ctrl-C ends it
// (exit 130, nothing more printed). Where nobody can press Ctrl-C and time jumps (transcripts,
// tests, pipes, whose output only leaves when the line ends), waiting for ever cannot be
// simulated: it prints the events that timers already due publish, then says on stderr that
// the endless wait is not simulated and exits 1, so a script never mistakes it for the stream.

import { goTimeString, parseRfc3339Nano, type EventEnvelope } from '../../../containerd/client/index';
import { followEvents } from '../../follow-events';
import { clientOf, type CtrCommand } from '../ctr-env';
import { CtrError } from '../errors';
import { ContainerdError } from '../../../errdefs/errdefs';
import { InterruptedError } from '../../../cli/interrupted';
import type { CommandIO } from '../../../cli/spec';
import { goJson } from '../go-json';

/** One event as ctr prints it: fmt.Println(timestamp, namespace, topic, json). */
function formatEvent(e: EventEnvelope): string {
  const t = parseRfc3339Nano(e.timestamp);
  return `${t ? goTimeString(t) : e.timestamp} ${e.namespace} ${e.topic} ${goJson(e.event)}`;
}

const NOT_FOLLOWED =
  'waiting for new events is not simulated here (no terminal to stop it with Ctrl-C): a real `ctr events` ' +
  'prints each event published after it subscribed and runs until it is killed; run it alone on a terminal ' +
  "to follow events live (see containerd's api/services/events/v1/events.proto, Subscribe)";

/**
 * ctr's own --timeout (ctr.ts marks that deadline `grpcWait`) ends the stream when it comes:
 * the deadline's expiry aborts the wait, and `expired()` then says so. Any other deadline (an
 * enclosing `timeout`) and the line's Ctrl-C keep their own ways.
 */
function underOwnDeadline(io: CommandIO): { io: CommandIO; expired: () => boolean } {
  const deadline = io.time.deadline;
  if (!deadline || !('grpcWait' in deadline)) return { io, expired: () => false };
  const abort = new AbortController();
  const outer = io.time.signal;
  if (outer) {
    if (outer.aborted) abort.abort();
    else outer.addEventListener('abort', () => abort.abort(), { once: true });
  }
  let came = false;
  const expire = () => {
    came = true;
    abort.abort();
    return false;
  };
  return { io: { ...io, time: { ...io.time, signal: abort.signal, deadline: { atMs: deadline.atMs, expire } } }, expired: () => came };
}

export const eventsCommand: CtrCommand = {
  name: 'events',
  aliases: ['event'],
  usage: 'display containerd events',
  action: async (c) => {
    const node = c.env.node;
    const { io, expired } = underOwnDeadline(c.io);
    try {
      await followEvents(
        node,
        io,
        (onEvent) => clientOf(c).events.subscribe(c.args, onEvent),
        (e) => `${formatEvent(e)}\n`,
        () => new CtrError(NOT_FOLLOWED),
      );
    } catch (err) {
      // --timeout: the Subscribe stream's context expires (gRPC status DeadlineExceeded).
      if (expired() && err instanceof InterruptedError) {
        throw new ContainerdError('deadline exceeded', 'rpc error: code = DeadlineExceeded desc = context deadline exceeded');
      }
      throw err;
    }
  },
};
