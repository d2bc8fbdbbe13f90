// `docker events` / `docker system events` (docker/cli v20.10.24 cli/command/system/events.go,
// client/events.go): --since/--until turned into Unix timestamps by the client (a duration back
// from now in whole seconds, a date with nanoseconds, a Unix time as typed), -f filters as the
// daemon reads them, --format a Go template over events.Message (checked first on an empty
// message: `Error parsing format: …`, exit 64). Each event is printed as moby's
// prettyPrintEvent: `<RFC3339Nano, 9 digits> <type> <action> <actor id> (k=v, …)` with the
// attributes sorted. With an --until in the past the buffered events are all; with one ahead
// the stream ends when the node's clock reaches it; without, it runs until Ctrl-C on a watched
// terminal, and elsewhere prints what arrived and says the endless wait is not simulated
// (clients/follow-events.ts).

import { CliError } from '../../../cli/cli-error';
import { InterruptedError } from '../../../cli/interrupted';
import type { EventMessage } from '../../../dockerd/index';
import { parseSince } from '../../../go/docker-timestamp';
import { parseGoDuration } from '../../../go/duration';
import { withMarshalJSON } from '../../../go/json';
import { type GoTemplate, GoTemplateError, goMap, goStruct, parseDockerTemplate } from '../../../go/template/index';
import { waitFor } from '../../../host/time-driver';
import { followEvents } from '../../follow-events';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { daemonErrorText } from '../errors';
import { filterArgs } from '../format/filters';

const NOT_FOLLOWED =
  'docker: waiting for new events is not simulated here (no terminal to stop it with Ctrl-C): a real `docker events` ' +
  'prints each event as it happens and runs until it is killed; give --until (a time or a duration back from now, e.g. ' +
  '--since 10m --until 0s) or run it alone on a terminal to follow events live';

/** The form value client/events.go sends for a --since/--until (GetTimestamp), or the error it stops with. */
function formValue(value: string, nowMs: number): string {
  if (value === '') return '';
  const parsed = parseSince(value, nowMs);
  if (!parsed.ok) throw new CliError(parsed.error, 1);
  const t = parsed.since;
  if (!t) return '';
  if (value !== '0' && parseGoDuration(value) !== null) return String(t.seconds);
  if (value.includes('-')) return `${t.seconds}.${String(t.nanos).padStart(9, '0')}`;
  return value;
}

/** time.Unix(0, n).Format("2006-01-02T15:04:05.000000000Z07:00") in UTC. */
function fixedNano(timeNano: bigint): string {
  const ms = Number(timeNano / 1_000_000n);
  const nanos = String(timeNano % 1_000_000_000n).padStart(9, '0');
  return `${new Date(ms).toISOString().slice(0, 19)}.${nanos}Z`;
}

/** prettyPrintEvent. */
function prettyLine(e: EventMessage): string {
  const attrs = Object.keys(e.Actor.Attributes)
    .sort()
    .map((k) => `${k}=${e.Actor.Attributes[k]}`);
  return `${fixedNano(e.timeNano)} ${e.Type} ${e.Action} ${e.Actor.ID}${attrs.length > 0 ? ` (${attrs.join(', ')})` : ''}\n`;
}

/** *events.Message for a template: Go field names, its JSON with the API's names. */
function templateData(e: EventMessage | undefined): Record<string, unknown> {
  const m: Omit<EventMessage, 'Type'> & { Type: string } = e ?? { Type: '', Action: '', Actor: { ID: '', Attributes: {} }, scope: '', time: 0, timeNano: 0n };
  const actor = goStruct({ ID: m.Actor.ID, Attributes: goMap({ ...m.Actor.Attributes }, 'map[string]string') }, 'events.Actor');
  const fields = goStruct(
    { Status: m.status ?? '', ID: m.id ?? '', From: m.from ?? '', Type: m.Type, Action: m.Action, Actor: actor, Scope: m.scope, Time: m.time, TimeNano: m.timeNano },
    '*events.Message',
  );
  return withMarshalJSON(fields, () => ({
    ...(m.status ? { status: m.status } : {}),
    ...(m.id ? { id: m.id } : {}),
    ...(m.from ? { from: m.from } : {}),
    Type: m.Type,
    Action: m.Action,
    Actor: withMarshalJSON(actor, () => ({ ID: m.Actor.ID, Attributes: actor.Attributes })),
    ...(m.scope ? { scope: m.scope } : {}),
    ...(m.time ? { time: m.time } : {}),
    ...(m.timeNano ? { timeNano: m.timeNano } : {}),
  }));
}

/** makeTemplate: parsed and run once on an empty message. */
function makeTemplate(format: string): GoTemplate | undefined {
  if (format === '') return undefined;
  try {
    const tmpl = parseDockerTemplate(format);
    tmpl.execute(templateData(undefined));
    return tmpl;
  } catch (e) {
    if (e instanceof GoTemplateError) throw new CliError(`Error parsing format: ${e.message}`, 64);
    throw e;
  }
}

async function action(c: DockerContext): Promise<number> {
  const tmpl = makeTemplate(c.string('format'));
  const node = c.env.node;
  const now = node.nowMs();
  const since = formValue(c.string('since'), now);
  const until = formValue(c.string('until'), now);
  const line = (e: EventMessage): string => (tmpl ? `${tmpl.execute(templateData(e))}\n` : prettyLine(e));
  let forward: ((e: EventMessage) => void) | undefined;
  const early: EventMessage[] = [];
  let sub;
  try {
    sub = daemonOf(c).events({ since, until, filters: filterArgs(c.stringSlice('filter')) }, (e) => (forward ? forward(e) : early.push(e)));
  } catch (err) {
    const text = daemonErrorText(err);
    if (text === undefined) throw err;
    c.io.stderr(`${text}\n`);
    return 1;
  }
  const text = sub.buffered.map(line).join('');
  if (text !== '') c.io.stdout(text);
  if (sub.onlyPast) return 0;
  const endsAtMs = sub.endsAtMs;
  if (endsAtMs === undefined) {
    await followEvents<EventMessage>(
      node,
      c.io,
      (onEvent) => {
        forward = onEvent;
        early.splice(0).forEach(onEvent);
        return sub.unsubscribe;
      },
      line,
      () => new CliError(NOT_FOLLOWED, 1),
    );
    return 0;
  }
  // The daemon ends the stream at `until`: the node's clock runs to it, events printed as they come.
  try {
    for (;;) {
      await waitFor(node, () => early.length > 0 || node.nowMs() >= endsAtMs, endsAtMs, c.io.time);
      const out = early.splice(0).map(line).join('');
      if (out !== '') c.io.stdout(out);
      if (node.nowMs() >= endsAtMs) return 0;
      if (c.io.time.signal?.aborted) throw new InterruptedError();
    }
  } finally {
    sub.unsubscribe();
  }
}

export const eventsCommand: DockerCommand = {
  name: 'events',
  argsUsage: '[OPTIONS]',
  usage: 'Get real time events from the server',
  args: { max: 0 },
  flags: [
    { names: ['filter', 'f'], kind: 'stringArray', typeName: 'filter', usage: 'Filter output based on conditions provided' },
    { names: ['format'], kind: 'string', usage: 'Format the output using the given Go template' },
    { names: ['since'], kind: 'string', usage: 'Show all events created since timestamp' },
    { names: ['until'], kind: 'string', usage: 'Stream events until this timestamp' },
  ],
  action,
};

export const systemEventsCommand: DockerCommand = { ...eventsCommand };
