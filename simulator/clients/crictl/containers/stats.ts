// `crictl stats [ID]` (cmd/crictl/container_stats.go @v1.26.0): ListContainerStats with the
// id (flag or argument), pod and label filters, sorted by id; -o json|yaml prints the first
// sample; otherwise a second sample after --seconds, then the screen is cleared and the table
// CONTAINER CPU % MEM DISK INODES printed (CPU % over the two samples, `%.2f`; MEM and DISK
// with units.HumanSize), without containers showing neither CPU nor memory unless -a.
// -w (watch) redraws every half second until Ctrl-C.

import { humanSize } from '../../../cli/units';
import { plain } from '../../../errdefs/errdefs';
import type { ContainerStats, ContainerStatsFilter, RuntimeService } from '../../../cri/index';
import { rpcErrorText, runtimeServiceOf, type CrictlCommand, type CrictlContext } from '../crictl-env';
import { parseLabels, truncatedId } from './shared';
import { displayStats, sortedById, statValue, watchStats } from './stats-display';

async function sample(runtime: RuntimeService, filter: ContainerStatsFilter): Promise<ContainerStats[]> {
  try {
    return sortedById((await runtime.listContainerStats({ filter })).stats);
  } catch (err) {
    throw plain(`get container stats: ${rpcErrorText(err)}`);
  }
}

/** displayStats: CONTAINER CPU % MEM DISK INODES, or the JSON/YAML of the first sample. */
function display(c: CrictlContext, runtime: RuntimeService, filter: ContainerStatsFilter): Promise<void> {
  return displayStats<ContainerStats>(c, {
    sample: () => sample(runtime, filter),
    response: 'ListContainerStatsResponse',
    header: ['CONTAINER', 'CPU %', 'MEM', 'DISK', 'INODES'],
    cpu: (s) => s.cpu,
    memory: (s) => statValue(s.memory?.workingSetBytes),
    showIdle: c.bool('all'),
    notUpdated: 'get container stats: cpu stat is not updated during sample',
    row: (s, perc, mem) => [truncatedId(s.attributes.id), perc, humanSize(mem), humanSize(statValue(s.writableLayer?.usedBytes)), String(statValue(s.writableLayer?.inodesUsed))],
  });
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
    await watchStats(c, 'stats', () => display(c, runtime, filter), (err) => err);
  },
};
