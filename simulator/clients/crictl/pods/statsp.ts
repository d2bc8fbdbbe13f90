// `crictl statsp [ID]` (cmd/crictl/pod_stats.go @v1.26.0): ListPodSandboxStats with the id
// (flag or argument) and label filters, sorted by id; -o json|yaml prints the first sample;
// otherwise a second one after --seconds, the screen cleared and the table POD POD ID CPU % MEM
// printed (pods with neither CPU nor memory left out). -w redraws every half second until Ctrl-C.

import { isInterrupted } from '../../../cli/interrupted';
import { humanSize } from '../../../cli/units';
import { plain } from '../../../errdefs/errdefs';
import type { PodSandboxStats, PodSandboxStatsFilter, RuntimeService } from '../../../cri/index';
import { parseLabels, truncatedId } from '../containers/shared';
import { displayStats, sortedById, statValue, watchStats } from '../containers/stats-display';
import { rpcErrorText, runtimeServiceOf, type CrictlCommand, type CrictlContext } from '../crictl-env';

async function sample(runtime: RuntimeService, filter: PodSandboxStatsFilter): Promise<PodSandboxStats[]> {
  try {
    return sortedById((await runtime.listPodSandboxStats({ filter })).stats);
  } catch (err) {
    throw plain(`list pod sandbox stats: ${rpcErrorText(err)}`);
  }
}

/** displayPodStats: POD POD ID CPU % MEM (idle pods left out), or the JSON/YAML of the first sample. */
function display(c: CrictlContext, runtime: RuntimeService, filter: PodSandboxStatsFilter): Promise<void> {
  return displayStats<PodSandboxStats>(c, {
    sample: () => sample(runtime, filter),
    response: 'ListPodSandboxStatsResponse',
    header: ['POD', 'POD ID', 'CPU %', 'MEM'],
    cpu: (s) => s.linux?.cpu,
    memory: (s) => statValue(s.linux?.memory?.workingSetBytes),
    showIdle: false,
    notUpdated: 'cpu stat is not updated during sample',
    row: (s, perc, mem) => [s.attributes.metadata.name, truncatedId(s.attributes.id), perc, humanSize(mem)],
  });
}

export const statspCommand: CrictlCommand = {
  name: 'statsp',
  usage: 'List pod resource usage statistics',
  argsUsage: '[ID]',
  shortOptionHandling: true,
  flags: [
    { names: ['id'], kind: 'string', usage: 'Filter by pod id', value: '' },
    { names: ['label'], kind: 'stringSlice', usage: 'Filter by key=value label' },
    { names: ['output', 'o'], kind: 'string', usage: 'Output format, One of: json|yaml|table' },
    { names: ['seconds', 's'], kind: 'int', usage: 'Sample duration for CPU usage in seconds', value: 1 },
    { names: ['watch', 'w'], kind: 'bool', usage: 'Watch pod resources' },
  ],
  action: async (c) => {
    let runtime: RuntimeService;
    try {
      runtime = await runtimeServiceOf(c, 0);
    } catch (err) {
      throw plain(`get runtime service: ${(err as Error).message}`);
    }
    const id = c.string('id') || (c.args[0] ?? '');
    let labels: Record<string, string>;
    try {
      labels = parseLabels(c.stringSlice('label'));
    } catch (err) {
      throw plain(`parse pod labels: ${(err as Error).message}`);
    }
    const filter: PodSandboxStatsFilter = { labelSelector: labels };
    if (id !== '') filter.id = id;
    if (!c.bool('watch')) {
      try {
        await display(c, runtime, filter);
      } catch (err) {
        if (isInterrupted(err)) throw err;
        throw plain(`get pod stats: display pod stats: ${(err as Error).message}`);
      }
      return;
    }
    await watchStats(c, 'statsp', () => display(c, runtime, filter), (err) => plain(`get pod stats: ${(err as Error).message}`));
  },
};
