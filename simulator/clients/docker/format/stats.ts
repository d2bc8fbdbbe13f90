// container.statsContext (docker/cli@v20.10.24 cli/command/container/formatter_stats.go): the
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

/** container.statsContext: one row; `previous` is the sample before it (CPU % is a delta; none: 0.00%). */
class StatsRow {
  readonly #container: string;
  readonly #s: StatsSample;
  readonly #trunc: boolean;
  readonly #cpu: number;
  readonly #mem: number;

  constructor(container: string, s: StatsSample, previous: StatsSample | undefined, trunc: boolean) {
    this.#container = container;
    this.#s = s;
    this.#trunc = trunc;
    const cpuDelta = s.cpuTotal - (previous?.cpuTotal ?? s.cpuTotal);
    const systemDelta = s.systemCpu - (previous?.systemCpu ?? s.systemCpu);
    this.#cpu = systemDelta > 0 && cpuDelta > 0 ? (cpuDelta / systemDelta) * s.onlineCpus * 100 : 0;
    this.#mem = s.inactiveFile < s.memUsage ? s.memUsage - s.inactiveFile : s.memUsage;
  }

  Container(): string {
    return this.#container;
  }

  ID(): string {
    return this.#trunc ? truncateId(this.#s.id) : this.#s.id;
  }

  Name(): string {
    const name = this.#s.name.replace(/^\//, '');
    return name === '' ? '--' : name;
  }

  CPUPerc(): string {
    return percent(this.#cpu);
  }

  MemUsage(): string {
    return `${bytesSize(this.#mem)} / ${bytesSize(this.#s.memLimit)}`;
  }

  MemPerc(): string {
    return percent(this.#s.memLimit > 0 ? (this.#mem / this.#s.memLimit) * 100 : 0);
  }

  NetIO(): string {
    return `${humanSizeWithPrecision(this.#s.netRx, 3)} / ${humanSizeWithPrecision(this.#s.netTx, 3)}`;
  }

  BlockIO(): string {
    return `${humanSizeWithPrecision(this.#s.blockRead, 3)} / ${humanSizeWithPrecision(this.#s.blockWrite, 3)}`;
  }

  PIDs(): string {
    return String(this.#s.pids);
  }
}

export function statsContext(container: string, s: StatsSample, previous: StatsSample | undefined, trunc: boolean): StatsRow {
  return rowContext(new StatsRow(container, s, previous, trunc), '*container.statsContext');
}
