// nerdctl 0.22.2 (containerd/nerdctl@v0.22.2 cmd/nerdctl/main.go): a cobra app with
// TraverseChildren (so `nerdctl -n k8s.io ps` reads -n at the root), the global flags of
// global-flags.ts, PersistentPreRunE's checks, and main's logrus.Fatal for every error
// (`FATA[0000] <message>`, exit 1) unless the error carries an exit code (ExitCodeError, a
// container's exit status), which nerdctl exits with silently.

import { isInterrupted } from '../../cli/interrupted';
import { runCli } from '../../cli/run-cli';
import type { CommandIO } from '../../cli/spec';
import { nerdctlStyle } from '../../cli/cobra/nerdctl-style';
import { toolMain } from '../../cli/tool-main';
import type { Node } from '../../node';
import { NERDCTL_COMMANDS } from './commands';
import { rootFlags } from './global-flags';
import { nerdctlLog } from './nerdctl-log';
import { type NerdctlCommand, type NerdctlContext, type NerdctlEnv, globalOptions } from './nerdctl-env';
import { unknownSubcommandAction } from './unknown-subcommand';
import { NERDCTL_VERSION } from './system/release-version';
import { NERDCTL_PATH } from './nerdctl-path';

const SHORT = 'nerdctl is a command line interface for containerd';
const TOML_PATH = '/etc/nerdctl/nerdctl.toml';

/**
 * The root command. Its flags' defaults depend on the node (the CNI path that exists there);
 * without one (the tool registry's spec, for Tab) the last fallback is shown.
 */
export function nerdctlApp(node?: Node): NerdctlCommand {
  return {
    name: 'nerdctl',
    usage: SHORT,
    description: `${SHORT}\n\nConfig file ($NERDCTL_TOML): ${TOML_PATH}\n`,
    flags: rootFlags(node),
    subcommands: NERDCTL_COMMANDS,
    action: unknownSubcommandAction,
  };
}

/** PersistentPreRunE (main.go:198-232@v0.22.2). */
function persistentPreRun(c: NerdctlContext): void {
  const options = globalOptions(c);
  if (options.debugFull || options.debug) c.env.log.debugEnabled = true;
  const address = c.string('address');
  if (address.includes('://') && !address.startsWith('unix://')) throw new Error(`invalid address ${JSON.stringify(address)}`);
  const manager = options.cgroupManager;
  if (manager !== 'systemd' && manager !== 'cgroupfs' && manager !== 'none') {
    throw new Error(`invalid cgroup-manager ${JSON.stringify(manager)} (supported values: "systemd", "cgroupfs", "none")`);
  }
}

/** Runs `nerdctl <argv...>` on `node`. Never rejects except on Ctrl-C; returns nerdctl's exit code. */
export async function runNerdctl(node: Node, argv: readonly string[], io: CommandIO): Promise<number> {
  const log = nerdctlLog(node, io);
  const app = nerdctlApp(node);
  const env: NerdctlEnv = { node, log, exePath: NERDCTL_PATH, app };
  const onError = toolMain('nerdctl', () => ({ kind: 'logrus-fatal', nowMs: node.nowMs(), elapsedSeconds: (node.nowMs() - log.startMs) / 1000 }));
  try {
    return await runCli(app, argv, io, env, {
      dialect: 'cobra',
      style: nerdctlStyle(),
      onError,
      version: NERDCTL_VERSION.slice(1),
      traverseChildren: true,
      completionCommand: true,
      persistentPreRun: (c) => persistentPreRun(c as NerdctlContext),
    });
  } catch (err) {
    if (isInterrupted(err)) throw err;
    return onError(err, io);
  }
}
