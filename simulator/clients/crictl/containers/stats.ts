// `crictl stats [ID]` (cmd/crictl/container_stats.go @v1.26.0): ListContainerStats with the
// id (flag or argument), pod and label filters, sorted by id; -o json|yaml prints the first
// sample; otherwise a second sample after --seconds, then the screen is cleared and the table
// CONTAINER CPU % MEM DISK INODES printed (CPU % over the two samples, `%.2f`; MEM and DISK
// with units.HumanSize), without containers showing neither CPU nor memory unless -a.
// -w (watch) redraws every half second until Ctrl-C.

import { isInterrupted } from '../../../cli/interrupted';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { humanSize } from '../../../cli/units';
import { tabwriteRows } from '../../../cli/tabwriter';
import { plain } from '../../../errdefs/errdefs';
import type { ContainerStats, ContainerStatsFilter, RuntimeService } from '../../../cri/index';
import { printProtobuf } from '../output/index';
import { rpcErrorText, runtimeServiceOf, type CrictlCommand, type CrictlContext } from '../crictl-env';
import { parseLabels, TABLE, truncatedId } from './shared';

/** The terminal control sequences of display.ClearScreen. */
const CLEAR_SCREEN = '\u001b[2J\u001b[H';

async function sample(runtime: RuntimeService, filter: ContainerStatsFilter): Promise<ContainerStats[]> {
  let stats: ContainerStats[];
  try {
    ({ stats } = await runtime.listContainerStats({ filter }));
  } catch (err) {
    throw plain(`get container stats: ${rpcErrorText(err)}`);
  }
  return [...stats].sort((a, b) => (a.attributes.id < b.attributes.id ? -1 : a.attributes.id > b.attributes.id ? 1 : 0));
}

const n = (v: { value: string } | undefined): number => Number(v?.value ?? 0);

/** displayStats: one table (or the JSON/YAML of the first sample); false when it printed JSON/YAML. */
async function display(c: CrictlContext, runtime: RuntimeService, filter: ContainerStatsFilter): Promise<void> {
  const first = await sample(runtime, filter);
  const output = c.string('output');
  if (output === 'json' || output === 'yaml') {
    printProtobuf(c.io, 'ListContainerStatsResponse', { stats: first }, output);
    return;
  }
  const old = new Map(first.map((s) => [s.attributes.id, s]));
  await c.io.pace(c.int('seconds') * 1000);
  const second = await sample(runtime, filter);
  const rows: string[][] = [['CONTAINER', 'CPU %', 'MEM', 'DISK', 'INODES']];
  for (const s of second) {
    const cpu = n(s.cpu?.usageCoreNanoSeconds);
    const mem = n(s.memory?.workingSetBytes);
    if (!c.bool('all') && cpu === 0 && mem === 0) continue;
    const before = old.get(s.attributes.id);
    if (!before) continue;
    let perc = 0;
    if (cpu !== 0) {
      const duration = Number(BigInt(s.cpu?.timestamp ?? '0') - BigInt(before.cpu?.timestamp ?? '0'));
      if (duration === 0) throw plain('get container stats: cpu stat is not updated during sample');
      perc = ((cpu - n(before.cpu?.usageCoreNanoSeconds)) / duration) * 100;
    }
    rows.push([truncatedId(s.attributes.id), perc.toFixed(2), humanSize(mem), humanSize(n(s.writableLayer?.usedBytes)), String(n(s.writableLayer?.inodesUsed))]);
  }
  c.io.stdout(CLEAR_SCREEN);
  c.io.stdout(tabwriteRows(rows, TABLE));
}

export const statsCommand: CrictlCommand = {
  name: 'stats',
  usage: 'List container(s) resource usage statistics',
  argsUsage: '[ID]',
  shortOptionHandling: true,
  flags: [
    { names: ['all', 'a'], kind: 'bool', usage: 'Show all containers (default shows just running)' },
    { names: ['id'], kind: 'string', usage: 'Filter by container id', value: '' },
    { names: ['pod', 'p'], kind: 'string', usage: 'Filter by pod id', value: '' },
    { names: ['label'], kind: 'stringSlice', usage: 'Filter by key=value label' },
    { names: ['output', 'o'], kind: 'string', usage: 'Output format, One of: json|yaml|table' },
    { names: ['seconds', 's'], kind: 'int', usage: 'Sample duration for CPU usage in seconds', value: 1 },
    { names: ['watch', 'w'], kind: 'bool', usage: 'Watch pod resources' },
  ],
  action: async (c) => {
    const runtime = await runtimeServiceOf(c, 0);
    const id = c.string('id') || (c.args[0] ?? '');
    const labels = parseLabels(c.stringSlice('label'));
    const filter: ContainerStatsFilter = { labelSelector: labels };
    if (id !== '') filter.id = id;
    if (c.string('pod') !== '') filter.podSandboxId = c.string('pod');
    if (!c.bool('watch')) {
      await display(c, runtime, filter);
      return;
    }
    // Watch: a table every half second (plus the sample) until Ctrl-C ends the wait, which
    // crictl's interrupt handler turns into a clean exit. Without a watching terminal (or a
    // `timeout` around it) nothing would ever end it.
    if (!c.io.time.realTime && !c.io.time.deadline) {
      throw new NotSimulatedError('crictl stats -w, which redraws until Ctrl-C,', "crictl's docs/crictl.md");
    }
    for (;;) {
      try {
        await c.io.pace(500);
        await display(c, runtime, filter);
      } catch (err) {
        if (isInterrupted(err)) return;
        throw err;
      }
    }
  },
};
