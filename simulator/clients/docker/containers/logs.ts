// `docker logs` / `docker container logs` (docker/cli 20.10 cli/command/container/logs.go over
// the json-file driver): stdout entries to stdout and stderr entries to stderr, -t prefixing the
// RFC3339Nano time, --details the line's attributes (--log-opt env=/labels=) and a space, --tail N|all, --since/--until
// as a timestamp or a duration back from now. -f keeps following while the container runs:
// on a watched terminal as its lines come; elsewhere up to a planned exit, and for a container
// that runs for ever the lines so far and an honest not-simulated line (exit 1).

import type { LogEntry, LogsOptions } from '../../../dockerd/index';
import { waitFor } from '../../../host/time-driver';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { daemonErrorText } from '../errors';

/** How far ahead a followed container's planned exit is waited for in simulated time. */
const MAX_FOLLOW_MS = 10 * 60 * 1000;

/** api/types/time.GetTimestamp: RFC3339 (with or without zone and fraction), a date, Unix seconds, or a Go duration back from now. */
function timestampOf(value: string, nowMs: number): number | undefined {
  if (value === '') return 0;
  const duration = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)$/.exec(value) ?? /^((?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+)$/.exec(value);
  if (duration) {
    let ms = 0;
    for (const [, n, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) {
      const scale = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit as string] ?? 0;
      ms += Number(n) * scale;
    }
    // GetTimestamp formats reference.Add(-d).Unix(): whole seconds.
    return Math.floor((nowMs - ms) / 1000);
  }
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
  const withZone = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : /(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? undefined : ms / 1000;
}

function print(c: DockerContext, entries: readonly LogEntry[]): void {
  for (const e of entries) {
    const line = `${c.bool('timestamps') ? `${e.time} ` : ''}${c.bool('details') ? `${e.details ?? ''} ` : ''}${e.log}`;
    (e.stream === 'stderr' ? c.io.stderr : c.io.stdout)(line);
  }
}

async function action(c: DockerContext): Promise<number> {
  const daemon = daemonOf(c);
  const ref = c.args[0] ?? '';
  const now = c.env.node.nowMs();
  const since = timestampOf(c.string('since'), now);
  if (since === undefined) {
    c.io.stderr(`invalid value for "since": failed to parse value as time or duration: "${c.string('since')}"\n`);
    return 1;
  }
  const until = timestampOf(c.string('until'), now);
  if (until === undefined) {
    c.io.stderr(`invalid value for "until": failed to parse value as time or duration: "${c.string('until')}"\n`);
    return 1;
  }
  const tailFlag = c.string('tail');
  const tail = tailFlag === 'all' || tailFlag === '' || !/^-?\d+$/.test(tailFlag) ? -1 : Number(tailFlag);
  const options: LogsOptions = { since, until, tail };
  let entries: LogEntry[];
  try {
    entries = daemon.containers.logs(ref, options);
  } catch (err) {
    const text = daemonErrorText(err, { objectNotFound: true });
    if (text === undefined) throw err;
    c.io.stderr(`${text}\n`);
    return 1;
  }
  print(c, entries);
  if (!c.bool('follow') || until !== 0) return 0;
  const running = () => ['running', 'paused', 'restarting'].includes(daemon.containers.state(ref).status);
  let seen = daemon.containers.logs(ref, { since }).length;
  const more = () => {
    const all = daemon.containers.logs(ref, { since });
    print(c, all.slice(seen));
    seen = all.length;
  };
  if (!running()) return 0;
  if (c.io.time.realTime && c.io.interactive) {
    // A watched terminal: the lines as they come, until the container stops or Ctrl-C.
    while (running() && !c.io.time.signal?.aborted) {
      await waitFor(c.env.node, () => !running() || daemon.containers.logs(ref, { since }).length > seen, c.env.node.nowMs() + 1000, c.io.time);
      more();
    }
    more();
    // docker 20.10's CLI leaves SIGINT to Go's default, so it dies of it and bash says 130
    // (`timeout --preserve-status -s INT 2 docker logs -f web; echo $?` on the real one).
    return c.io.time.signal?.aborted ? 130 : 0;
  }
  await waitFor(c.env.node, () => !running(), c.env.node.nowMs() + MAX_FOLLOW_MS, c.io.time);
  more();
  if (!running()) return 0;
  c.io.stderr('docker: following the logs of a container that keeps running is not simulated here outside a watched terminal; the lines so far are above (see docker logs --tail, https://docs.docker.com/engine/reference/commandline/logs/)\n');
  return 1;
}

export const containerLogsCommand: DockerCommand = {
  name: 'logs',
  argsUsage: '[OPTIONS] CONTAINER',
  usage: 'Fetch the logs of a container',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['details'], kind: 'bool', usage: 'Show extra details provided to logs' },
    { names: ['follow', 'f'], kind: 'bool', usage: 'Follow log output' },
    { names: ['since'], kind: 'string', usage: 'Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)' },
    { names: ['tail', 'n'], kind: 'string', usage: 'Number of lines to show from the end of the logs', value: 'all' },
    { names: ['timestamps', 't'], kind: 'bool', usage: 'Show timestamps' },
    { names: ['until'], kind: 'string', usage: 'Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)' },
  ],
  action,
};

export const logsCommand: DockerCommand = { ...containerLogsCommand };
