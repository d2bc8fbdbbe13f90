// `crictl statsp [ID]` (cmd/crictl/pod_stats.go @v1.26.0): ListPodSandboxStats with the id
// (flag or argument) and label filters, sorted by id; -o json|yaml prints the first sample;
// otherwise a second one after --seconds, the screen cleared and the table POD POD ID CPU % MEM
// printed (pods with neither CPU nor memory left out). -w redraws every half second until Ctrl-C.

import { isInterrupted } from '../../../cli/interrupted';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { tabwriteRows } from '../../../cli/tabwriter';
import { humanSize } from '../../../cli/units';
import { plain } from '../../../errdefs/errdefs';
import type { PodSandboxStats, PodSandboxStatsFilter, RuntimeService } from '../../../cri/index';
import { printProtobuf } from '../output/index';
import { parseLabels, TABLE, truncatedId } from '../containers/shared';
import { rpcErrorText, runtimeServiceOf, type CrictlCommand, type CrictlContext } from '../crictl-env';

const CLEAR_SCREEN = '\u001b[2J\u001b[H';

async function sample(runtime: RuntimeService, filter: PodSandboxStatsFilter): Promise<PodSandboxStats[]> {
  let stats: PodSandboxStats[];
  try {
    ({ stats } = await runtime.listPodSandboxStats({ filter }));
  } catch (err) {
    throw plain(`list pod sandbox stats: ${rpcErrorText(err)}`);
  }
  return [...stats].sort((a, b) => (a.attributes.id < b.attributes.id ? -1 : a.attributes.id > b.attributes.id ? 1 : 0));
}

const n = (v: { value: string } | undefined): number => Number(v?.value ?? 0);

async function display(c: CrictlContext, runtime: RuntimeService, filter: PodSandboxStatsFilter): Promise<void> {
  const first = await sample(runtime, filter);
  const output = c.string('output');
  if (output === 'json' || output === 'yaml') {
    printProtobuf(c.io, 'ListPodSandboxStatsResponse', { stats: first }, output);
    return;
  }
  const old = new Map(first.map((s) => [s.attributes.id, s]));
  await c.io.pace(c.int('seconds') * 1000);
  const second = await sample(runtime, filter);
  const rows: string[][] = [['POD', 'POD ID', 'CPU %', 'MEM']];
  for (const s of second) {
    const cpu = n(s.linux?.cpu?.usageCoreNanoSeconds);
    const mem = n(s.linux?.memory?.workingSetBytes);
    if (cpu === 0 && mem === 0) continue;
    const before = old.get(s.attributes.id);
    if (!before) continue;
    let perc = 0;
    if (cpu !== 0) {
      const duration = Number(BigInt(s.linux?.cpu?.timestamp ?? '0') - BigInt(before.linux?.cpu?.timestamp ?? '0'));
      if (duration === 0) throw plain('cpu stat is not updated during sample');
      perc = ((cpu - n(before.linux?.cpu?.usageCoreNanoSeconds)) / duration) * 100;
    }
    rows.push([s.attributes.metadata.name, truncatedId(s.attributes.id), perc.toFixed(2), humanSize(mem)]);
  }
  c.io.stdout(CLEAR_SCREEN);
  c.io.stdout(tabwriteRows(rows, TABLE));
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
    if (!c.io.time.realTime && !c.io.time.deadline) {
      throw new NotSimulatedError('crictl statsp -w, which redraws until Ctrl-C,', "crictl's docs/crictl.md");
    }
    for (;;) {
      try {
        await c.io.pace(500);
        await display(c, runtime, filter);
      } catch (err) {
        if (isInterrupted(err)) return;
        throw plain(`get pod stats: ${(err as Error).message}`);
      }
    }
  },
};
