// `nerdctl logs [flags] CONTAINER` (cmd/nerdctl/logs.go@v0.22.2): reads <state dir>/log-config.json
// (missing for a container never given a log URI: `open …/log-config.json: no such file or
// directory`), then the json-file log through `tail -n <N|+0>` and jsonfile.Decode: each entry's
// line on its stream, with -t its RFC3339Nano time first, --since/--until filtering whole
// seconds. The container needs a task (`no running task found: …`); -f follows only a running one.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { isNotFound } from '../../../errdefs/errdefs';
import * as vfs from '../../../host/vfs';
import { waitFor } from '../../../host/time-driver';
import { clientOf, dataStoreOf, globalOptions, type NerdctlCommand, type NerdctlContext } from '../nerdctl-env';
import { refuseAmbiguous, walkContainers } from './container-walker';
import { syncJsonLogs } from './json-logger';
import { LABEL } from './nerdctl-labels';
import { jsonLogPath, logConfigPath } from './state-paths';

interface Entry {
  log?: string;
  stream?: string;
  time: string;
}

/** timetypes.GetTimestamp reduced to seconds since the epoch: RFC3339 dates or durations before now (42m, 10s). */
function sinceSeconds(value: string, nowMs: number, flag: string): number {
  const d = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)$/.exec(value);
  if (d) {
    const unit: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
    return Math.floor((nowMs - Number(d[1]) * (unit[d[2] ?? 's'] ?? 1000)) / 1000);
  }
  if (/^\d+(\.\d+)?$/.test(value)) return Math.floor(Number(value));
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new Error(`invalid value for ${JSON.stringify(flag)}: failed to parse value as time or duration: ${JSON.stringify(value)}`);
  return Math.floor(t / 1000);
}

function entryMs(e: Entry): number {
  return Date.parse(e.time);
}

function printEntries(c: NerdctlContext, lines: readonly string[]): void {
  const now = c.env.node.nowMs();
  const since = c.string('since') !== '' ? sinceSeconds(c.string('since'), now, 'since') : undefined;
  const until = c.string('until') !== '' ? sinceSeconds(c.string('until'), now, 'until') : undefined;
  for (const line of lines) {
    if (line === '') continue;
    const e = JSON.parse(line) as Entry;
    if (since !== undefined && !(entryMs(e) > since * 1000)) continue;
    if (until !== undefined && !(entryMs(e) < until * 1000)) continue;
    const text = (c.bool('timestamps') ? `${e.time} ` : '') + (e.log ?? '');
    if (e.stream === 'stdout') c.io.stdout(text);
    else if (e.stream === 'stderr') c.io.stderr(text);
    else c.env.log.error(`unknown stream name ${JSON.stringify(e.stream ?? '')}, entry=${JSON.stringify(e)}`);
  }
}

/** tail -n N (or +0 for "all"): the last N lines; tail's own error for a bad N. */
function tailLines(text: string, tail: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (tail === 'all' || tail === '') return lines;
  if (!/^\+?\d+$/.test(tail)) throw new Error(`tail: invalid number of lines: '${tail}'`);
  if (tail.startsWith('+')) return lines.slice(Math.max(0, Number(tail.slice(1)) - 1));
  const n = Number(tail);
  return n === 0 ? [] : lines.slice(-n);
}

export const logsCommand: NerdctlCommand = {
  name: 'logs',
  usage: 'Fetch the logs of a container. Currently, only containers created with `nerdctl run -d` are supported.',
  argsUsage: '[flags] CONTAINER',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['follow', 'f'], kind: 'bool', usage: 'Follow log output' },
    { names: ['timestamps', 't'], kind: 'bool', usage: 'Show timestamps' },
    { names: ['tail', 'n'], kind: 'string', usage: 'Number of lines to show from the end of the logs', value: 'all' },
    { names: ['since'], kind: 'string', usage: 'Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)', value: '' },
    { names: ['until'], kind: 'string', usage: 'Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)', value: '' },
  ],
  action: async (c) => {
    const node = c.env.node;
    const dataStore = dataStoreOf(c);
    const ns = globalOptions(c).namespace;
    if (ns === 'moby' || ns === 'k8s.io') c.env.log.warn('Currently, `nerdctl logs` only supports containers created with `nerdctl run -d`');
    const client = clientOf(c);
    const req = c.args[0] ?? '';
    const files = node.state.host.files;
    const n = await walkContainers(client, req, async (found) => {
      refuseAmbiguous(found);
      const id = found.container.id;
      const configPath = logConfigPath(dataStore, found.container.info().labels[LABEL.namespace] ?? '', id);
      if (!vfs.exists(files, configPath)) throw new Error(`open ${configPath}: no such file or directory`);
      const logPath = jsonLogPath(dataStore, ns, id);
      if (!vfs.exists(files, logPath)) {
        throw new Error(`failed to open ${JSON.stringify(logPath)}, container is not created with \`nerdctl run -d\`?: stat ${logPath}: no such file or directory`);
      }
      const task = found.container.task();
      let follow = c.bool('follow');
      if (task.status() !== 'RUNNING') follow = false;
      syncJsonLogs(node);
      const text = vfs.binaryToText(vfs.readFile(files, logPath));
      printEntries(c, tailLines(text, c.string('tail')));
      if (!follow) return;
      // tail -f until the task exits (or Ctrl-C): new entries as they are written.
      let printed = text.length;
      const running = () => {
        try {
          return task.status() === 'RUNNING';
        } catch (err) {
          return !isNotFound(err) && false;
        }
      };
      while (running() && !c.io.time.signal?.aborted) {
        const more = () => {
          syncJsonLogs(node);
          return !running() || vfs.binaryToText(vfs.readFile(files, logPath)).length > printed;
        };
        if (!c.io.time.realTime) {
          // A real `logs -f` blocks until the container stops; here time only passes on a watched terminal.
          throw new NotSimulatedError('following a running container\'s log (logs -f) outside a watched terminal', 'https://github.com/containerd/nerdctl/blob/v0.22.2/docs/command-reference.md');
        }
        await waitFor(node, more, Number.POSITIVE_INFINITY, c.io.time);
        const now = vfs.binaryToText(vfs.readFile(files, logPath));
        printEntries(c, now.slice(printed).split('\n'));
        printed = now.length;
      }
    });
    if (n === 0) throw new Error(`no such container ${req}`);
  },
};
