// `nerdctl stats [flags] [CONTAINER...]` (cmd/nerdctl/stats.go, pkg/statsutil@v0.22.2, cgroup v1):
// every 500 ms a sample of each container's cgroup; the first tick only primes the CPU delta
// (the screen is cleared but nothing printed), later ticks print the table through
// tabwriter(10, 1, 3, ' ') — CONTAINER ID, NAME (cut to 12, "--" when empty), CPU % (usage delta
// over the KERNEL delta × CPUs, as released), MEM USAGE / LIMIT (usage less inactive file,
// BytesSize), MEM %, NET I/O, BLOCK I/O, PIDS. Streaming clears the screen (ESC[2J ESC[H) each
// tick; --no-stream prints one table. Without arguments: the running containers (-a: all).
// The node keeps no byte counters for links and block devices: NET I/O and BLOCK I/O read 0B.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { tabwrite } from '../../../cli/tabwriter';
import { bytesSize, humanSizeWithPrecision } from '../../../cli/units';
import type { Container } from '../../../containerd/client/index';
import { GoTemplateError, goStruct } from '../../../go/template/index';
import { fprintfLine, parseNerdctlTemplate } from '../format/template';
import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { containerStatus } from './container-status';
import { findContainers } from './container-walker';
import { LABEL } from './nerdctl-labels';

interface Sample {
  total: number;
  kernel: number;
}

interface Entry {
  ID: string;
  Name: string;
  CPUPerc: string;
  MemUsage: string;
  MemPerc: string;
  NetIO: string;
  BlockIO: string;
  PIDs: string;
}

function goFixed2(n: number): string {
  return `${n.toFixed(2)}%`;
}

function sample(container: Container): { metrics: ReturnType<ReturnType<Container['task']>['metrics']> } | undefined {
  try {
    return { metrics: container.task().metrics() };
  } catch {
    return undefined;
  }
}

function entryOf(container: Container, previous: Sample | undefined, noTrunc: boolean): { entry: Entry; next?: Sample } {
  const s = sample(container);
  if (!s) return { entry: { ID: '', Name: '--', CPUPerc: '--', MemUsage: '-- / --', MemPerc: '--', NetIO: '--', BlockIO: '--', PIDs: '--' } };
  const m = s.metrics;
  const cpuDelta = m.cpu.total - (previous?.total ?? 0);
  const systemDelta = m.cpu.kernel - (previous?.kernel ?? 0);
  const cpu = systemDelta > 0 && cpuDelta > 0 ? (cpuDelta / systemDelta) * m.cpu.perCpu.length * 100 : 0;
  const inactiveFile = Math.max(0, m.memory.cache - m.memory.activeFile);
  const mem = inactiveFile < m.memory.usage ? m.memory.usage - inactiveFile : m.memory.usage;
  const limit = Number(m.memory.limit);
  const name = container.info().labels[LABEL.name] ?? '';
  return {
    entry: {
      ID: noTrunc ? container.id : container.id.slice(0, 12),
      Name: name.length > 1 ? name.slice(0, 12) : '--',
      CPUPerc: goFixed2(cpu),
      MemUsage: `${bytesSize(mem)} / ${bytesSize(limit)}`,
      MemPerc: goFixed2(limit !== 0 ? (mem / limit) * 100 : 0),
      NetIO: `${humanSizeWithPrecision(0, 3)} / ${humanSizeWithPrecision(0, 3)}`,
      BlockIO: `${humanSizeWithPrecision(0, 3)} / ${humanSizeWithPrecision(0, 3)}`,
      PIDs: String(m.pids.current),
    },
    next: { total: m.cpu.total, kernel: m.cpu.kernel },
  };
}

export const statsCommand: NerdctlCommand = {
  name: 'stats',
  usage: 'Display a live stream of container(s) resource usage statistics.',
  argsUsage: '[flags] [CONTAINER...]',
  flags: [
    { names: ['all', 'a'], kind: 'bool', usage: 'Show all containers (default shows just running)' },
    { names: ['format'], kind: 'string', usage: "Pretty-print images using a Go template, e.g, '{{json .}}'", value: '' },
    { names: ['no-stream'], kind: 'bool', usage: 'Disable streaming stats and only pull the first result' },
    { names: ['no-trunc'], kind: 'bool', usage: 'Do not truncate output' },
  ],
  action: async (c) => {
    const noStream = c.bool('no-stream');
    const format = c.string('format');
    if (format === 'raw') throw new Error('unsupported format: "raw"');
    // The template is parsed before containerd is asked anything (stats.go:130-140).
    const tmpl = format === '' || format === 'table' ? undefined : parseNerdctlTemplate(format);
    const client = clientOf(c);
    const node = c.env.node;
    const showAll = c.args.length === 0;
    let containers: Container[];
    if (showAll) {
      containers = client.containers
        .list()
        .map((info) => client.containers.loadContainer(info.id))
        .filter((ct) => c.bool('all') || containerStatus(ct, node.nowMs()).startsWith('Up'));
    } else {
      containers = [];
      for (const req of c.args) {
        const found = findContainers(client, req);
        if (found.length === 0) throw new Error(`no such container ${req}`);
        for (const f of found) if (!containers.some((x) => x.id === f.container.id)) containers.push(f.container);
      }
      const errs = containers.filter((ct) => !sample(ct)).map((ct) => `no running task found: task ${ct.id} not found: not found`);
      if (errs.length > 0) throw new Error(errs.join('\n'));
    }
    const previous = new Map<string, Sample | undefined>();
    const noTrunc = c.bool('no-trunc');
    const clear = () => {
      if (!noStream) c.io.stdout('\x1b[2J\x1b[H');
    };
    // The first tick primes the CPU readings; nothing is printed for it.
    for (const ct of containers) previous.set(ct.id, entryOf(ct, undefined, noTrunc).next);
    // The ticker's first tick only clears the screen: its readings are not shown.
    await c.io.pace(500);
    clear();
    for (;;) {
      await c.io.pace(500);
      clear();
      const entries: Entry[] = [];
      for (const ct of containers) {
        const { entry, next } = entryOf(ct, previous.get(ct.id), noTrunc);
        previous.set(ct.id, next);
        entries.push(entry);
      }
      if (tmpl) {
        // Each statsutil.FormattedStatsEntry (Name first) through Fprintf; a failing one ends
        // the tick's loop without an error (stats.go:331-339: break).
        for (const e of entries) {
          let text: string;
          try {
            text = tmpl.execute(goStruct({ Name: e.Name, ID: e.ID, CPUPerc: e.CPUPerc, MemUsage: e.MemUsage, MemPerc: e.MemPerc, NetIO: e.NetIO, BlockIO: e.BlockIO, PIDs: e.PIDs }, 'statsutil.FormattedStatsEntry'));
          } catch (err) {
            if (err instanceof GoTemplateError) break;
            throw err;
          }
          c.io.stdout(fprintfLine(text));
        }
      } else {
        const rows = ['CONTAINER ID\tNAME\tCPU %\tMEM USAGE / LIMIT\tMEM %\tNET I/O\tBLOCK I/O\tPIDS\n'];
        for (const e of entries) rows.push(`${e.ID}\t${e.Name}\t${e.CPUPerc}\t${e.MemUsage}\t${e.MemPerc}\t${e.NetIO}\t${e.BlockIO}\t${e.PIDs}\n`);
        c.io.stdout(tabwrite(rows.join(''), { minwidth: 10, tabwidth: 1, padding: 3, padchar: ' ' }));
      }
      if (containers.length === 0 && !showAll) break;
      if (noStream) break;
      if (!c.io.time.realTime) {
        throw new NotSimulatedError('streaming nerdctl stats outside a watched terminal (use --no-stream)', 'https://github.com/containerd/nerdctl/blob/v0.22.2/docs/command-reference.md');
      }
      if (c.io.time.signal?.aborted) return 130;
    }
  },
};
