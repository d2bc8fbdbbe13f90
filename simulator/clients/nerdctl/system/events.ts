// `nerdctl events` and `nerdctl system events` (cmd/nerdctl/events.go@v0.22.2, taken from ctr's
// events command of containerd 1.4.3): every event of every namespace from the moment it
// subscribed, as `fmt.Fprintln(timestamp, namespace, topic, json)`; with --format, the
// template's output over {Timestamp, Namespace, Topic, Event} and Fprintln of that plus "\n"
// (so a blank line after each). It runs until killed: on a watched terminal it follows live
// until Ctrl-C; where nobody can stop it (pipes, transcripts) it prints what already arrived
// and says the endless wait is not simulated, as `ctr events` does here.

import { type EventEnvelope, goTimeString, parseRfc3339Nano } from '../../../containerd/client/index';
import { goStruct } from '../../../go/template/index';
import { followEvents } from '../../follow-events';
import { goJson } from '../format/go-json';
import { parseNerdctlTemplate } from '../format/template';
import { containerdOf, type NerdctlCommand } from '../nerdctl-env';

const NOT_FOLLOWED =
  'waiting for new events is not simulated here (no terminal to stop it with Ctrl-C): a real `nerdctl events` ' +
  'prints each event published after it subscribed and runs until it is killed; run it alone on a terminal to follow events live';

export const eventsCommand: NerdctlCommand = {
  name: 'events',
  usage: 'Get real time events from the server',
  description: 'Get real time events from the server\nNOTE: The output format is not compatible with Docker.',
  args: { max: 0 },
  flags: [{ names: ['format'], kind: 'string', usage: "Format the output using the given Go template, e.g, '{{json .}}'" }],
  action: async (c) => {
    const node = c.env.node;
    const client = containerdOf(c);
    const format = c.string('format');
    if (format === 'raw' || format === 'table' || format === 'wide') throw new Error('unsupported format: "raw", "table", and "wide"');
    // Parsed before the first event is read (events.go:83-88): a bad template fails at once.
    const tmpl = format === '' ? undefined : parseNerdctlTemplate(format);
    const line = (e: EventEnvelope): string => {
      const t = parseRfc3339Nano(e.timestamp);
      const stamp = t ? goTimeString(t) : e.timestamp;
      const json = goJson(e.event);
      if (!tmpl) return `${stamp} ${e.namespace} ${e.topic} ${json}\n`;
      // events.go:56's Out, printed with Fprintln(b.String()+"\n") (events.go:116): no verbs, a blank line.
      const out = tmpl.execute(goStruct({ Timestamp: stamp, Namespace: e.namespace, Topic: e.topic, Event: json }, 'main.Out'));
      return `${out}\n\n`;
    };
    await followEvents(node, c.io, (onEvent) => client.withNamespace('').events.subscribe([], onEvent), line, () => new Error(NOT_FOLLOWED));
  },
};
