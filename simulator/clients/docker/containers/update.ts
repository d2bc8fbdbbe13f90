// `docker update` / `docker container update` (docker/cli v20.10.24 cli/command/container/
// update.go): at least one flag (`you must provide one or more flags when using this command`),
// the restart policy parsed by the client, then one POST /containers/{id}/update per container
// with the same settings: each updated container's name as typed on stdout, then every
// warning the daemon gave (stdout too), then the failures, one per line, on stderr (exit 1).
// The sized flags are checked as pflag parses them (`invalid argument "1x" for "-m, --memory"
// flag: …`, exit 125).

import { CliError } from '../../../cli/cli-error';
import type { UpdateConfig } from '../../../dockerd/index';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { daemonErrorText } from '../errors';
import { resourceFlags } from './resource-flags';

/** The pflag refusal of a flag's value, as cobra prints it for this command. */
function flagError(path: string, flag: string, raw: string, why: string): CliError {
  return new CliError(`invalid argument "${raw}" for "${flag}" flag: ${why}\nSee '${path} --help'.`, 125);
}

/** opts.ParseRestartPolicy: `name[:count]`. */
function restartPolicy(raw: string): { Name: string; MaximumRetryCount: number } {
  const parts = raw.split(':');
  if (parts.length > 2) throw new CliError('invalid restart policy format', 1);
  let count = 0;
  if (parts.length === 2) {
    if (!/^[+-]?\d+$/.test(parts[1] ?? '')) throw new CliError('maximum retry count must be an integer', 1);
    count = Number(parts[1]);
  }
  return { Name: parts[0] ?? '', MaximumRetryCount: count };
}

function requestOf(c: DockerContext, path: string): UpdateConfig {
  const config: UpdateConfig = resourceFlags(c, (flag, raw, why) => flagError(path, flag, raw, why));
  // The client sends a pids limit only when it is not 0.
  if (c.isSet('pids-limit') && c.int('pids-limit') !== 0) config.PidsLimit = c.int('pids-limit');
  if (c.string('restart') !== '') config.RestartPolicy = restartPolicy(c.string('restart'));
  return config;
}

const FLAGS = [
  'blkio-weight', 'cpu-period', 'cpu-quota', 'cpu-rt-period', 'cpu-rt-runtime', 'cpu-shares', 'cpus', 'cpuset-cpus', 'cpuset-mems',
  'kernel-memory', 'memory', 'memory-reservation', 'memory-swap', 'pids-limit', 'restart',
];

function updateCommandAt(path: string): DockerCommand {
  return {
    name: 'update',
    argsUsage: '[OPTIONS] CONTAINER [CONTAINER...]',
    usage: 'Update configuration of one or more containers',
    args: { min: 1 },
    flags: [
      { names: ['blkio-weight'], kind: 'uint16', usage: 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)' },
      { names: ['cpu-period'], kind: 'int64', usage: 'Limit CPU CFS (Completely Fair Scheduler) period' },
      { names: ['cpu-quota'], kind: 'int64', usage: 'Limit CPU CFS (Completely Fair Scheduler) quota' },
      { names: ['cpu-rt-period'], kind: 'int64', usage: 'Limit the CPU real-time period in microseconds' },
      { names: ['cpu-rt-runtime'], kind: 'int64', usage: 'Limit the CPU real-time runtime in microseconds' },
      { names: ['cpu-shares', 'c'], kind: 'int64', usage: 'CPU shares (relative weight)' },
      { names: ['cpus'], kind: 'string', typeName: 'decimal', usage: 'Number of CPUs' },
      { names: ['cpuset-cpus'], kind: 'string', usage: 'CPUs in which to allow execution (0-3, 0,1)' },
      { names: ['cpuset-mems'], kind: 'string', usage: 'MEMs in which to allow execution (0-3, 0,1)' },
      { names: ['kernel-memory'], kind: 'string', typeName: 'bytes', usage: 'Kernel memory limit' },
      { names: ['memory', 'm'], kind: 'string', typeName: 'bytes', usage: 'Memory limit' },
      { names: ['memory-reservation'], kind: 'string', typeName: 'bytes', usage: 'Memory soft limit' },
      { names: ['memory-swap'], kind: 'string', typeName: 'bytes', usage: "Swap limit equal to memory plus swap: '-1' to enable unlimited swap" },
      { names: ['pids-limit'], kind: 'int64', usage: 'Tune container pids limit (set -1 for unlimited)' },
      { names: ['restart'], kind: 'string', usage: 'Restart policy to apply when a container exits' },
    ],
    action: (c) => {
      const config = requestOf(c, path);
      if (!FLAGS.some((f) => c.isSet(f))) throw new CliError('you must provide one or more flags when using this command', 1);
      const daemon = daemonOf(c);
      const warnings: string[] = [];
      const errors: string[] = [];
      for (const ref of c.args) {
        try {
          warnings.push(...daemon.containers.update(ref, config).Warnings);
          c.io.stdout(`${ref}\n`);
        } catch (err) {
          const text = daemonErrorText(err);
          if (text === undefined) throw err;
          errors.push(text);
        }
      }
      if (warnings.length > 0) c.io.stdout(`${warnings.join('\n')}\n`);
      if (errors.length === 0) return 0;
      c.io.stderr(`${errors.join('\n')}\n`);
      return 1;
    },
  };
}

export const containerUpdateCommand = updateCommandAt('docker container update');
export const updateCommand = updateCommandAt('docker update');
