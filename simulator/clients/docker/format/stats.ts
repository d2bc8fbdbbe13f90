// formatter.statsContext (docker/cli@v20.10.24 cli/command/container/formatter_stats.go): the
// columns of `docker stats` — CPU % over the system's delta times the CPUs, MEM USAGE / LIMIT
// (usage less inactive file pages, BytesSize), MEM %, NET I/O and BLOCK I/O (HumanSize with 3
// digits), PIDS — and its default table format.

import { bytesSize, humanSizeWithPrecision } from '../../../cli/units';
import type { StatsSample } from '../../../dockerd/index';
import { rowContext } from './raw-json';
import { truncateId } from './text';

export const STATS_HEADER = {
  Container: 'CONTAINER',
  ID: 'CONTAINER ID',
  Name: 'NAME',
  CPUPerc: 'CPU %',
  MemUsage: 'MEM USAGE / LIMIT',
  MemPerc: 'MEM %',
  NetIO: 'NET I/O',
  BlockIO: 'BLOCK I/O',
  PIDs: 'PIDS',
};

export const STATS_TABLE = 'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';

const percent = (n: number) => `${n.toFixed(2)}%`;

/** One row; `previous` is the sample before it (CPU % is a delta; none: 0.00%). */
export function statsContext(container: string, s: StatsSample, previous: StatsSample | undefined, trunc: boolean) {
  const cpuDelta = s.cpuTotal - (previous?.cpuTotal ?? s.cpuTotal);
  const systemDelta = s.systemCpu - (previous?.systemCpu ?? s.systemCpu);
  const cpu = systemDelta > 0 && cpuDelta > 0 ? (cpuDelta / systemDelta) * s.onlineCpus * 100 : 0;
  const mem = s.inactiveFile < s.memUsage ? s.memUsage - s.inactiveFile : s.memUsage;
  const name = s.name.replace(/^\//, '');
  return rowContext(
    {
      Container: () => container,
      ID: () => (trunc ? truncateId(s.id) : s.id),
      Name: () => (name === '' ? '--' : name),
      CPUPerc: () => percent(cpu),
      MemUsage: () => `${bytesSize(mem)} / ${bytesSize(s.memLimit)}`,
      MemPerc: () => percent(s.memLimit > 0 ? (mem / s.memLimit) * 100 : 0),
      NetIO: () => `${humanSizeWithPrecision(s.netRx, 3)} / ${humanSizeWithPrecision(s.netTx, 3)}`,
      BlockIO: () => `${humanSizeWithPrecision(s.blockRead, 3)} / ${humanSizeWithPrecision(s.blockWrite, 3)}`,
      PIDs: () => String(s.pids),
    },
    '*formatter.statsContext',
  );
}
