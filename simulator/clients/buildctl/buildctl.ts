// buildctl 0.10.4 (cmd/buildctl/main.go@v0.10.4): a urfave/cli v1 app, `build utility`, with
// the daemon address in --addr (BUILDKIT_HOST, default unix:///run/buildkit/buildkitd.sock)
// and the commands du, prune, build, debug, dial-stdio. main's handleErr prints
// `error: <message>` and exits 1.

import { isInterrupted } from '../../cli/interrupted';
import { NotSimulatedError } from '../../cli/not-simulated';
import { runCli } from '../../cli/run-cli';
import type { CommandIO } from '../../cli/spec';
import { toolMain } from '../../cli/tool-main';
import { BUILDKIT_REVISION, BUILDKIT_VERSION, BUILDKITD_SOCKET } from '../../buildkit/index';
import type { Node } from '../../node';
import { buildCommand } from './build';
import type { BuildctlCommand, BuildctlEnv } from './buildctl-env';
import { debugCommand } from './debug';
import { duCommand, pruneCommand } from './du';

const dialStdioCommand: BuildctlCommand = {
  name: 'dial-stdio',
  usage: 'Proxy the stdio stream to the daemon connection. Should not be invoked manually.',
  action: () => {
    throw new NotSimulatedError('buildctl dial-stdio', 'https://github.com/moby/buildkit/blob/v0.10.4/README.md');
  },
};

export const buildctlApp: BuildctlCommand = {
  name: 'buildctl',
  usage: 'build utility',
  flags: [
    { names: ['debug'], kind: 'bool', usage: 'enable debug output in logs' },
    { names: ['addr'], kind: 'string', usage: 'buildkitd address', value: `unix://${BUILDKITD_SOCKET}`, envVar: 'BUILDKIT_HOST' },
    { names: ['tlsservername'], kind: 'string', usage: 'buildkitd server name for certificate validation', value: '' },
    { names: ['tlscacert'], kind: 'string', usage: 'CA certificate for validation', value: '' },
    { names: ['tlscert'], kind: 'string', usage: 'client certificate', value: '' },
    { names: ['tlskey'], kind: 'string', usage: 'client key', value: '' },
    { names: ['tlsdir'], kind: 'string', usage: 'directory containing CA certificate, client certificate, and client key', value: '' },
    { names: ['timeout'], kind: 'int', usage: 'timeout backend connection after value seconds', value: 5 },
  ],
  subcommands: [duCommand, pruneCommand, buildCommand, debugCommand, dialStdioCommand],
};

/** handleErr: `error: <message>`, exit 1. */
const printBuildctlError = toolMain('buildctl', () => ({ kind: 'prefix', prefix: 'error: ' }));

/** Runs `buildctl <argv...>` on `node`. Never rejects except on Ctrl-C; returns the exit code. */
export async function runBuildctl(node: Node, argv: readonly string[], io: CommandIO): Promise<number> {
  const env: BuildctlEnv = { node };
  try {
    return await runCli(buildctlApp, argv, io, env, {
      dialect: 'urfave-v1',
      version: BUILDKIT_VERSION,
      printVersion: (out) => out.stdout(`buildctl github.com/moby/buildkit ${BUILDKIT_VERSION} ${BUILDKIT_REVISION}\n`),
      onError: printBuildctlError,
    });
  } catch (err) {
    if (isInterrupted(err)) throw err;
    return printBuildctlError(err, io);
  }
}
