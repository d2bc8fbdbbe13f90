// pflag's FlagUsagesWrapped against lines of the real `docker run --help` (fixtures): the usage
// column placed by the longest flag, wrapping at 79 columns, and the odd indentation pflag gives
// a usage that has its own line breaks (docker run's --cgroupns).

import { describe, expect, it } from 'vitest';
import type { FlagSpec } from '../spec';
import { flagUsages, pflagWrap } from './flag-usages';
import { DOCKER_RECORDINGS } from './fixtures/docker-20.10.24';

const runHelp = DOCKER_RECORDINGS.find((r) => r.argv.join(' ') === 'run --help')?.stdout ?? '';

/** The recorded lines of one flag: its own line and the continuation lines after it. */
function recorded(name: string): string {
  const lines = runHelp.split('\n');
  const start = lines.findIndex((l) => l.includes(`--${name} `));
  let end = start + 1;
  while (end < lines.length && /^ {20,}/.test(lines[end] ?? '')) end++;
  return `${lines.slice(start, end).join('\n')}\n`;
}

// docker/cli v20.10.24 cli/command/container/opts.go:202-206 and :250.
const cgroupns: FlagSpec = {
  names: ['cgroupns'],
  kind: 'string',
  usage:
    "Cgroup namespace to use (host|private)\n'host':    Run the container in the Docker host's cgroup namespace\n'private': Run the container in its own private cgroup namespace\n'':        Use the cgroup namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)",
};
const healthStart: FlagSpec = {
  names: ['health-start-period'],
  kind: 'duration',
  usage: 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)',
};

/**
 * docker run's flags rebuilt from the recorded Options block: names and type word from the left
 * column, the usage (its "(default …)" included) from the right one with the wrapping undone,
 * in reverse order; --cgroupns, whose usage has its own line breaks, from the source.
 */
function runFlagsFromRecording(): { flags: FlagSpec[]; block: string } {
  const block = `${runHelp.split('\nOptions:\n')[1] ?? ''}`;
  const lines = block.split('\n').filter((l) => l !== '');
  const first = /^(\s*\S.*?\S)(\s{2,})\S/.exec(lines[0] ?? '');
  const column = (first?.[1]?.length ?? 0) + (first?.[2]?.length ?? 0);
  const flags: FlagSpec[] = [];
  for (const line of lines) {
    const head = line.slice(0, column).trimEnd();
    const text = line.slice(column);
    const m = /^ {2}(?:-(\S), | {4})--(\S+)(?: (\S+))?$/.exec(head);
    if (!m) {
      const last = flags[flags.length - 1];
      if (last) last.usage += ` ${text.trim()}`;
      continue;
    }
    const [, short, name = '', type] = m;
    const names = short ? [name, short] : [name];
    flags.push(type ? { names, kind: 'string', typeName: type, usage: text } : { names, kind: 'bool', usage: text });
  }
  return { flags: flags.map((f) => (f.names[0] === 'cgroupns' ? cgroupns : f)).reverse(), block };
}

describe('flagUsages', () => {
  it('renders docker run’s --cgroupns and --health-start-period as recorded', () => {
    expect(flagUsages([healthStart, cgroupns], 79)).toBe(recorded('cgroupns') + recorded('health-start-period'));
  });

  it('sorts, aligns and wraps all of docker run’s flags as recorded', () => {
    const { flags, block } = runFlagsFromRecording();
    expect(flags.length).toBe(96);
    expect(flagUsages(flags, 79)).toBe(block);
  });

  it('prints non-zero defaults by type and hides hidden flags', () => {
    const text = flagUsages(
      [
        { names: ['restart'], kind: 'string', usage: 'Restart policy', value: 'no' },
        { names: ['memory-swappiness'], kind: 'int', usage: 'Tune swappiness', value: -1 },
        { names: ['sig-proxy'], kind: 'bool', usage: 'Proxy signals', value: true },
        { names: ['sysctl'], kind: 'stringArray', typeName: 'map', usage: 'Sysctl options', defaultText: 'map[]' },
        { names: ['secret'], kind: 'bool', usage: 'never shown', hidden: true },
      ],
      0,
    );
    expect(text).toBe(
      '      --memory-swappiness int   Tune swappiness (default -1)\n' +
        '      --restart string          Restart policy (default "no")\n' +
        '      --sig-proxy               Proxy signals (default true)\n' +
        '      --sysctl map              Sysctl options (default map[])\n',
    );
  });
});

describe('pflagWrap', () => {
  it('moves the text to its own lines when fewer than 24 columns are left', () => {
    expect(pflagWrap(40, 60, 'one two three four five six seven eight nine ten eleven')).toBe(
      // s[:39] ends inside "eight", so the first line breaks before it (wrapN's LastIndexAny).
      '\n                one two three four five six seven\n                eight nine ten eleven',
    );
  });
});
