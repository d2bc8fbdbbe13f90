// `docker stats [OPTIONS] [CONTAINER...]` (docker/cli@v20.10.24 cli/command/container/stats.go):
// without names the running containers (-a: all), each sampled; --no-stream prints one table
// once every container has its first sample. Streaming, the screen is cleared (ESC[2J ESC[H)
// and the table printed again every 500 ms until Ctrl-C — on a watched terminal only; elsewhere
// it would never end and is reported as not simulated. A missing container named on the line
// is `Error response from daemon: No such container: x` (real 20.10.24); a stopped one prints
// zeros (`0B / 0B`).

import { NotSimulatedError } from '../../../cli/not-simulated';
import type { FlagSpec } from '../../../cli/spec';
import type { StatsSample } from '../../../dockerd/index';
import { formatDockerRows } from '../../../go/template/index';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { STATS_HEADER, STATS_TABLE, statsContext } from '../format/stats';

async function action(c: DockerContext): Promise<number | void> {
  const daemon = daemonOf(c);
  const named = c.args.length > 0;
  const refs = named ? [...c.args] : daemon.containers.list({ all: c.bool('all') }).map((x) => x.Id);
  const format = c.string('format') === '' || c.string('format') === 'table' ? STATS_TABLE : c.string('format');
  const trunc = !c.bool('no-trunc');
  const take = () => refs.map((ref) => ({ ref, sample: daemon.containers.stats(ref) }));
  const table = (samples: Array<{ ref: string; sample: StatsSample }>, previous: Map<string, StatsSample>) =>
    formatDockerRows({ format, rows: samples.map(({ ref, sample }) => statsContext(ref, sample, previous.get(sample.id), trunc)), header: STATS_HEADER });
  let previous = new Map<string, StatsSample>();
  let samples = take();
  if (c.bool('no-stream')) {
    c.io.stdout(table(samples, previous));
    return;
  }
  if (!c.io.time.realTime) throw new NotSimulatedError('streaming docker stats outside a watched terminal (use --no-stream)', 'https://docs.docker.com/engine/reference/commandline/stats/');
  for (;;) {
    c.io.stdout(`\x1b[2J\x1b[H${table(samples, previous)}`);
    await c.io.pace(500);
    if (c.io.time.signal?.aborted) return 130;
    previous = new Map(samples.map(({ sample }) => [sample.id, sample]));
    samples = take();
  }
}

const flags: FlagSpec[] = [
  { names: ['all', 'a'], kind: 'bool', usage: 'Show all containers (default shows just running)' },
  { names: ['format'], kind: 'string', usage: 'Pretty-print images using a Go template' },
  { names: ['no-stream'], kind: 'bool', usage: 'Disable streaming stats and only pull the first result' },
  { names: ['no-trunc'], kind: 'bool', usage: 'Do not truncate output' },
];

export const containerStatsCommand: DockerCommand = {
  name: 'stats',
  argsUsage: '[OPTIONS] [CONTAINER...]',
  usage: 'Display a live stream of container(s) resource usage statistics',
  flags,
  action,
};

export const statsCommand: DockerCommand = { ...containerStatsCommand };
