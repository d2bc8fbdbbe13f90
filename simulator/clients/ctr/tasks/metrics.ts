// `ctr tasks metrics|metric [--format table|json] CONTAINER`: one sample of the task's cgroup
// v1 statistics. The table goes through one tabwriter (1, 8, 4) whose blank line splits it in
// two blocks; json is the Metrics message marshalled with two-space indent, zeros left out.

import { tabwrite } from '../../../cli/tabwriter';
import { plain } from '../../../errdefs/errdefs';
import { goTimeString, UNLIMITED_MEMORY, type TaskMetrics } from '../../../containerd/client/index';
import type { CtrCommand } from '../ctr-env';
import { loadTaskArg } from './task-arg';

/** Drops zero numbers and empty objects' zero fields, as Go's omitempty does. */
function nz(entries: Array<[string, number | string | number[]]>): Record<string, unknown> {
  return Object.fromEntries(entries.filter(([, v]) => v !== 0));
}

/** The JSON text; limits can be above 2^53, so they are spliced in as text. */
function metricsJson(m: TaskMetrics): string {
  const LIMIT = 'LIMIT_PLACEHOLDER';
  const MEMORY_LIMIT = 'MEMORY_LIMIT_PLACEHOLDER';
  const mem = m.memory;
  const value = {
    pids: nz([['current', m.pids.current], ['limit', m.pids.limit]]),
    cpu: {
      usage: nz([['total', m.cpu.total], ['kernel', m.cpu.kernel], ['user', m.cpu.user], ['per_cpu', m.cpu.perCpu]]),
      throttling: {},
    },
    memory: {
      ...nz([
        ['cache', mem.cache], ['rss', mem.rss], ['pg_pg_in', mem.pgpgin], ['pg_pg_out', mem.pgpgout], ['pg_fault', mem.pgfault],
        ['inactive_anon', mem.inactiveAnon], ['active_anon', mem.activeAnon], ['active_file', mem.activeFile],
        ['hierarchical_memory_limit', MEMORY_LIMIT], ['hierarchical_swap_limit', LIMIT],
        ['total_cache', mem.cache], ['total_rss', mem.rss], ['total_pg_pg_in', mem.pgpgin], ['total_pg_pg_out', mem.pgpgout],
        ['total_pg_fault', mem.pgfault], ['total_inactive_anon', mem.inactiveAnon], ['total_active_anon', mem.activeAnon],
        ['total_active_file', mem.activeFile],
      ]),
      usage: { limit: MEMORY_LIMIT, usage: mem.usage, max: mem.max },
      swap: { limit: LIMIT, usage: mem.usage, max: mem.max },
      kernel: { limit: LIMIT, usage: mem.kernelUsage, max: mem.kernelMax },
      kernel_tcp: { limit: LIMIT },
    },
    blkio: {},
    memory_oom_control: {},
  };
  return JSON.stringify(value, null, 2).replaceAll(`"${LIMIT}"`, UNLIMITED_MEMORY).replaceAll(`"${MEMORY_LIMIT}"`, mem.limit);
}

export const metricsCommand: CtrCommand = {
  name: 'metrics',
  aliases: ['metric'],
  usage: 'get a single data point of metrics for a task with the built-in Linux runtime',
  argsUsage: 'CONTAINER',
  flags: [{ names: ['format'], kind: 'string', usage: '"table" or "json"', value: 'table' }],
  action: (c) => {
    const { id, task } = loadTaskArg(c);
    const m = task.metrics();
    const format = c.string('format');
    if (format === 'json') {
      c.io.stdout(`${metricsJson(m)}\n`);
      return;
    }
    if (format !== 'table') throw plain('format must be table or json');
    const rows: Array<[string, string]> = [
      ['memory.usage_in_bytes', String(m.memory.usage)],
      ['memory.limit_in_bytes', m.memory.limit],
      ['memory.stat.cache', String(m.memory.cache)],
      ['cpuacct.usage', String(m.cpu.total)],
      ['cpuacct.usage_percpu', `[${m.cpu.perCpu.join(' ')}]`],
      ['pids.current', String(m.pids.current)],
      ['pids.limit', String(m.pids.limit)],
    ];
    let text = `ID\tTIMESTAMP\t\n${id}\t${goTimeString(m.timestamp)}\t\n\nMETRIC\tVALUE\t\n`;
    for (const [k, v] of rows) text += `${k}\t${v}\t\n`;
    c.io.stdout(tabwrite(text, { minwidth: 1, tabwidth: 8, padding: 4, padchar: ' ' }));
  },
};
