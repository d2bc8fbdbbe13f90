// The crictl app of cri-tools v1.26.0 (cmd/crictl/main.go:134-299): name, usage, version, the
// five global flags of that release (no tracing or profiling flags yet), the commands gathered
// in commands.ts, and app.Before, which reads /etc/crictl.yaml off the node and merges it with
// the flags and their environment variables. main() hands any error to logrus.Fatal:
// `FATA[0000] <message>` (or logrus's key=value form off a terminal), exit 1.

import { isInterrupted } from '../../cli/interrupted';
import { runCli } from '../../cli/run-cli';
import type { CommandIO, FlagSpec } from '../../cli/spec';
import { toolMain } from '../../cli/tool-main';
import { sortFlagsByName } from '../../cli/urfave-v2/flags-by-name';
import type { Node } from '../../node';
import { CRICTL_COMMANDS } from './commands';
import { DEFAULT_RUNTIME_ENDPOINTS, resolveCrictlSettings } from './config/index';
import { crictlLog } from './crictl-log';
import { DEFAULT_TIMEOUT_NS, type CrictlCommand, type CrictlContext, type CrictlEnv } from './crictl-env';
import { CRICTL_PATH } from './crictl-path';

/** pkg/version: the release's tag, as `crictl --version` prints it. */
const CRICTL_VERSION = 'v1.26.0';

const RUNTIME_ENDPOINT_USAGE =
  `Endpoint of CRI container runtime service (default: uses in order the first successful one of [${DEFAULT_RUNTIME_ENDPOINTS.join(' ')}]). ` +
  'Default is now deprecated and the endpoint should be set instead.';

const GLOBAL_FLAGS: FlagSpec[] = sortFlagsByName([
  {
    names: ['config', 'c'],
    kind: 'string',
    usage: "Location of the client config file. If not specified and the default does not exist, the program's directory is searched as well",
    value: '/etc/crictl.yaml',
    envVar: 'CRI_CONFIG_FILE',
  },
  { names: ['runtime-endpoint', 'r'], kind: 'string', usage: RUNTIME_ENDPOINT_USAGE, envVar: 'CONTAINER_RUNTIME_ENDPOINT' },
  {
    names: ['image-endpoint', 'i'],
    kind: 'string',
    usage: "Endpoint of CRI image manager service (default: uses 'runtime-endpoint' setting)",
    envVar: 'IMAGE_SERVICE_ENDPOINT',
  },
  {
    names: ['timeout', 't'],
    kind: 'duration',
    usage: 'Timeout of connecting to the server in seconds (e.g. 2s, 20s.). 0 or less is set to default',
    value: '2s',
  },
  { names: ['debug', 'D'], kind: 'bool', usage: 'Enable debug mode' },
]);

export const crictlApp: CrictlCommand = {
  name: 'crictl',
  usage: 'client for CRI',
  flags: GLOBAL_FLAGS,
  subcommands: CRICTL_COMMANDS.map((command) => (command.flags ? { ...command, flags: sortFlagsByName(command.flags) } : command)),
};

/** app.Before (main.go:219-281): the settings every command then reads; a named bad config is fatal. */
function before(c: CrictlContext): void {
  const given = (name: string): string | undefined => (c.isSet(name) ? c.string(name) : undefined);
  const timeout = given('timeout');
  const result = resolveCrictlSettings({
    files: c.env.node.state.host.files,
    flags: {
      config: given('config'),
      runtimeEndpoint: given('runtime-endpoint'),
      imageEndpoint: given('image-endpoint'),
      timeoutNs: timeout === undefined ? undefined : c.duration('timeout') * 1_000_000,
      debug: c.isSet('debug') ? c.bool('debug') : undefined,
    },
    env: c.io.environ,
    exePath: c.env.exePath,
    cwd: c.io.cwd,
  });
  if (!result.ok) throw result.error;
  c.env.settings = result.settings;
  c.env.log.debugEnabled = result.settings.debug;
}

/** Runs `crictl <argv...>` on `node`. Never rejects except on Ctrl-C; returns crictl's exit code. */
export async function runCrictl(node: Node, argv: readonly string[], io: CommandIO): Promise<number> {
  const log = crictlLog(node, io);
  const env: CrictlEnv = {
    node,
    log,
    exePath: CRICTL_PATH,
    app: crictlApp,
    settings: {
      runtimeEndpoint: '',
      runtimeEndpointIsSet: false,
      imageEndpoint: '',
      imageEndpointIsSet: false,
      timeoutNs: DEFAULT_TIMEOUT_NS,
      debug: false,
      pullImageOnCreate: false,
      disablePullOnRun: false,
    },
  };
  const onError = toolMain('crictl', () => ({ kind: 'logrus-fatal', nowMs: node.nowMs(), elapsedSeconds: (node.nowMs() - log.startMs) / 1000 }));
  try {
    return await runCli(crictlApp, argv, io, env, { dialect: 'urfave-v2', version: CRICTL_VERSION, onError, before });
  } catch (err) {
    if (isInterrupted(err)) throw err;
    return onError(err, io);
  }
}
