// `crictl logs [command options] CONTAINER-ID` (cmd/crictl/logs.go @v1.26.0): ContainerStatus
// for the log path, then crictl reads the file itself (read-logs.ts). -p reads the previous
// attempt's file, named by logs.go:104-106's rule: the directory, attempt-1, and the
// extension — `/tmp/busybox.1.log` gives `/tmp/0.log`, which fits kubelet's `<n>.log` names.
// -f follows until Ctrl-C (silenced: exit 0) or until the container stops running.

import { plain } from '../../../errdefs/errdefs';
import { rpcErrorText, runtimeServiceOf, type CrictlCommand } from '../crictl-env';
import { readLogs } from './read-logs';
import { parseSince } from '../../../go/docker-timestamp';

export const logsCommand: CrictlCommand = {
  name: 'logs',
  usage: 'Fetch the logs of a container',
  argsUsage: 'CONTAINER-ID',
  shortOptionHandling: true,
  flags: [
    { names: ['follow', 'f'], kind: 'bool', usage: 'Follow log output' },
    { names: ['previous', 'p'], kind: 'bool', usage: 'Print the logs for the previous instance of the container in a pod if it exists' },
    { names: ['tail'], kind: 'int64', usage: 'Number of lines to show from the end of the logs. Defaults to all', value: -1 },
    { names: ['limit-bytes'], kind: 'int64', usage: 'Maximum bytes of logs to return. Defaults to no limit', value: -1 },
    {
      names: ['since'],
      kind: 'string',
      usage: 'Show logs since timestamp (e.g. 2013-01-02T13:23:37) or relative (e.g. 42m for 42 minutes)',
    },
    { names: ['timestamps', 't'], kind: 'bool', usage: 'Show timestamps' },
  ],
  action: async (c) => {
    const service = await runtimeServiceOf(c);
    const id = c.args[0] ?? '';
    if (id === '') throw plain('ID cannot be empty');
    const since = parseSince(c.string('since'), c.env.node.nowMs());
    if (!since.ok) throw plain(since.error);
    let status;
    try {
      status = (await service.containerStatus({ containerId: id })).status;
    } catch (err) {
      // logs.go:92-95 returns the status error unwrapped.
      throw plain(rpcErrorText(err));
    }
    let logPath = status.logPath;
    if (logPath === '') throw plain('The container has not set log path');
    if (c.bool('previous')) {
      const attempt = status.metadata?.attempt ?? 0;
      if (attempt === 0) throw plain(`Previous terminated container ${status.metadata?.name ?? ''} not found`);
      const dot = logPath.lastIndexOf('.');
      logPath = `${logPath.slice(0, logPath.lastIndexOf('/') + 1)}${attempt - 1}${dot < 0 ? logPath.slice(-1) : logPath.slice(dot)}`;
    }
    await readLogs(
      c,
      logPath,
      status.id,
      { tail: c.int('tail'), bytes: c.int('limit-bytes'), since: since.since, follow: c.bool('follow'), timestamps: c.bool('timestamps') },
      service,
    );
    return 0;
  },
};
