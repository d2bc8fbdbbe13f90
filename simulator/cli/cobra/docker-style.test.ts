// The cobra dialect in docker's style against the real docker 20.10.24 (fixtures/record-docker.sh):
// help layouts, pflag's error texts, docker's exit codes (125 for flag errors, 1 otherwise),
// byte for byte, stdout and stderr apart.

import { describe, expect, it } from 'vitest';
import { captureIO } from '../test-support';
import { runCobra } from './app';
import { dockerStyle, printDockerError } from './docker-style';
import { DOCKER_RECORDINGS } from './fixtures/docker-20.10.24';
import { containerLsCommand } from '../../clients/docker/containers/list';
import { rootFlags } from '../../clients/docker/global-flags';
import { dockerApp } from './fixtures/docker-spec';

/** Recordings the test app cannot replay, and why. */
const NOT_REPLAYED: Record<string, string> = {
  'run --help': 'the test app declares only two of docker run’s 100 flags',
  'ps --help=false': 'reaches the daemon',
  'ps -a=1': 'reaches the daemon',
};

const options = {
  style: dockerStyle({ additionalHelp: 'To get more help with docker, check out our guides at https://docs.docker.com/go/guides/' }),
  onError: printDockerError,
  version: '20.10.24+dfsg1, build 297e128',
  rootFlagsFirst: true,
  completionCommand: true,
  helpCommandShort: 'Help about the command',
};

async function docker(argv: string[], capture = captureIO()) {
  const code = await runCobra(dockerApp({ rootFlags, psFlags: containerLsCommand.flags ?? [] }), argv, capture.io, null, options);
  return { stdout: capture.out(), stderr: capture.err(), exitCode: code };
}

describe('docker 20.10.24 as recorded', () => {
  for (const rec of DOCKER_RECORDINGS.filter((r) => !(r.argv.join(' ') in NOT_REPLAYED))) {
    it(`docker ${rec.argv.join(' ')}`, async () => {
      expect(await docker([...rec.argv])).toEqual({ stdout: rec.stdout, stderr: rec.stderr, exitCode: rec.exitCode });
    });
  }
});

describe('docker style beyond the recordings', () => {
  it('wraps flag help to the terminal width minus one', async () => {
    // The real docker 20.10.24 in a 60-column terminal (script -qc "stty cols 60; docker ps --help").
    const narrow = await docker(['ps', '--help'], captureIO({ columns: 60, isTTY: true }));
    expect(narrow.stdout).toContain(
      '  -n, --last int        Show n last created\n                        containers (includes all\n                        states) (default -1)\n' +
        '  -l, --latest          Show the latest created\n                        container (includes all states)\n',
    );
  });

  it('prints the additional help in bold on a terminal', async () => {
    const r = await docker(['--help'], captureIO({ isTTY: true }));
    expect(r.stdout.endsWith('\n\n\x1b[1mTo get more help with docker, check out our guides at https://docs.docker.com/go/guides/\x1b[0m\n')).toBe(true);
  });

  it('prints the deprecation notice of -h on stdout before the help', async () => {
    const r = await docker(['ps', '-h']);
    expect(r.stdout.startsWith('Flag shorthand -h has been deprecated, please use --help\n\nUsage:  docker ps [OPTIONS]\n')).toBe(true);
  });

  it('stops parsing run’s flags at the image (SetInterspersed(false))', async () => {
    let seen: readonly string[] = [];
    const app = dockerApp({ rootFlags, psFlags: containerLsCommand.flags ?? [] });
    const run = app.subcommands?.find((c) => c.name === 'run');
    if (run) run.action = (c) => void (seen = c.args);
    await runCobra(app, ['run', '-e', 'A=1', 'alpine', 'ls', '-l', '--', 'x'], captureIO().io, null, options);
    expect(seen).toEqual(['alpine', 'ls', '-l', '--', 'x']);
  });
});
