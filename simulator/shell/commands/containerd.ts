// `containerd` run by hand: only its informational forms (its version, `config default`,
// `config dump` of the file --config names, /etc/containerd/config.toml by default). The daemon
// itself runs under systemd (see systemctl.ts); starting a second one from the shell is not
// simulated.

import { logrusLine } from '../../cli/logrus';
import { configDump } from '../../host/containerd-config-dump';
import { CONTAINERD_DEFAULT_CONFIG } from '../../host/containerd-default-config';
import { CONTAINERD_PACKAGE } from '../../host/installed-versions';
import * as vfs from '../../host/vfs';
import type { CommandIO } from '../../cli/spec';
import type { Node } from '../../node';
import { nodeCommand } from './command-host';

const DEFAULT_CONFIG_PATH = '/etc/containerd/config.toml';

/** `--config PATH`, `-c PATH` or `--config=PATH` among the global flags, and the words after them. */
function globalConfig(args: readonly string[]): { config: string; rest: string[] } {
  let config = DEFAULT_CONFIG_PATH;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] ?? '';
    const inline = /^--?(?:config|c)=(.*)$/s.exec(arg);
    if (inline) config = inline[1] ?? '';
    else if (arg === '--config' || arg === '-c' || arg === '-config') config = args[++i] ?? '';
    else break;
  }
  return { config, rest: args.slice(i) };
}

/** command/config.go dumpConfigCommand: LoadConfig of the file over the defaults, then the encoder. */
function dump(node: Node, path: string, io: CommandIO): number {
  const files = node.state.host.files;
  const real = vfs.normalizePath(path, io.cwd);
  const text = vfs.exists(files, real) && vfs.stat(files, real).kind === 'file' ? vfs.binaryToText(vfs.readFile(files, real)) : undefined;
  const result = configDump(path, text);
  if (result.kind === 'error') {
    io.stderr(`containerd: ${result.message}\n`);
    return 1;
  }
  if (result.kind === 'not-simulated') {
    io.stderr(`containerd: ${result.what} is not simulated here; see containerd's docs/man/containerd-config.toml.5.md\n`);
    return 1;
  }
  if (result.warning) io.stderr(logrusLine('warning', result.warning, {}, { tty: io.stderrIsTTY ?? io.isTTY, nowMs: node.nowMs() }));
  io.stdout(result.text);
  return 0;
}

export const containerdCommand = nodeCommand('containerd', (args, io, node) => {
  const p = CONTAINERD_PACKAGE;
  const { config, rest } = globalConfig(args);
  if (rest[0] === 'config' && rest[1] === 'dump' && rest.length === 2) return dump(node, config, io);
  const [first, second] = args;
  if (first === '--version' || first === '-v' || first === 'version') {
    io.stdout(`containerd ${p.module} ${p.version} ${p.revision}\n`);
    return 0;
  }
  if (first === 'config' && second === 'default') {
    io.stdout(CONTAINERD_DEFAULT_CONFIG);
    return 0;
  }
  io.stderr(
    'containerd: running the daemon from the shell is not simulated here; it runs under systemd ' +
      '(systemctl start containerd). See containerd --help in the containerd documentation.\n',
  );
  return 1;
});
