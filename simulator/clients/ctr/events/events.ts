// `ctr events` (alias event): subscribes to the daemon's event stream and prints each event
// as `<Go time> <namespace> <topic> <JSON body>` until interrupted.
//
// A simulated command line must end, so this cannot wait for events the way the real one
// does (in a transcript it would block forever; the recorded node stopped it with `timeout`).
// It prints what the node has recorded so far (the last MAX_EVENTS events, oldest first, in
// the real line format), then says on stderr that following new events is not simulated and
// exits 1, so a script can never mistake this for the real, endless stream.

import { listEvents } from '../../../containerd/events/events';
import { goTimeString, parseRfc3339Nano } from '../../../containerd/events/timestamp';
import type { EventRecord } from '../../../containerd/metadata/schema';
import type { CtrCommand } from '../ctr-env';
import { CtrError } from '../errors';
import { goJson } from '../go-json';
import { eventFilter } from './event-filter';

/** One event as ctr prints it: fmt.Println(timestamp, namespace, topic, json). */
export function formatEvent(e: EventRecord): string {
  const t = parseRfc3339Nano(e.timestamp);
  return `${t ? goTimeString(t) : e.timestamp} ${e.namespace} ${e.topic} ${goJson(e.event)}`;
}

export const eventsCommand: CtrCommand = {
  name: 'events',
  aliases: ['event'],
  usage: 'display containerd events',
  action: (c) => {
    const keep = eventFilter(c.args);
    const lines = listEvents(c.env.node).filter(keep).map(formatEvent);
    c.io.stdout(lines.map((l) => `${l}\n`).join(''));
    const sofar = lines.length > 0 ? 'the lines above are the events this node recorded so far' : 'this node has recorded no events yet';
    throw new CtrError(
      `waiting for new events is not simulated here: ${sofar}; a real \`ctr events\` keeps printing new events ` +
        "until Ctrl-C (see containerd's api/services/events/v1/events.proto, Subscribe)",
    );
  },
};
