// `dockerd` run by hand: its informational forms, as Debian's dockerd 20.10.24 prints them. The
// daemon itself runs under systemd (systemctl start docker); a second one from the shell is not
// simulated. Checked against /usr/sbin/dockerd on this project's machines: -v/--version, --help,
// an argument ("accepts no argument(s)", exit 1) and an unknown flag (the status line, exit 1).

import { DOCKER_ENGINE_PACKAGE } from '../../host/installed-versions';
import { nodeCommand } from './command-host';
import { DOCKERD_HELP } from './dockerd-help';

/** dockerd's flags from its --help: long name → takes a value (a type word follows the name). */
const FLAGS = new Map<string, boolean>();
/** Shorthand → its long name. */
const SHORTHANDS = new Map<string, string>();
for (const m of DOCKERD_HELP.matchAll(/^ +(?:-([a-zA-Z]), )?--([a-z0-9-]+)(?: ([a-z-]+))? {2,}/gm)) {
  FLAGS.set(m[2] ?? '', m[3] !== undefined);
  if (m[1] !== undefined) SHORTHANDS.set(m[1], m[2] ?? '');
}

function unknownFlag(io: { stderr(s: string): void }, what: string): number {
  io.stderr(`Status: ${what}\nSee 'dockerd --help'., Code: 125\n`);
  return 1;
}

export const dockerdCommand = nodeCommand('dockerd', (args, io) => {
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    let long: string | undefined;
    if (arg.startsWith('--')) {
      long = arg.slice(2).split('=')[0] ?? '';
      if (!FLAGS.has(long) && long !== 'help') return unknownFlag(io, `unknown flag: --${long}`);
    } else if (arg.startsWith('-') && arg.length > 1) {
      long = SHORTHANDS.get(arg[1] ?? '') ?? (arg[1] === 'h' ? 'help' : undefined);
      if (long === undefined) return unknownFlag(io, `unknown shorthand flag: '${arg[1]}' in ${arg}`);
    } else {
      positional.push(arg);
      continue;
    }
    if (long === 'version') {
      io.stdout(`Docker version ${DOCKER_ENGINE_PACKAGE.version}, build ${DOCKER_ENGINE_PACKAGE.commit}\n`);
      return 0;
    }
    if (long === 'help') {
      // -h is marked deprecated in favour of --help: pflag says so first, on stdout.
      io.stdout(`${arg === '-h' ? 'Flag shorthand -h has been deprecated, please use --help\n' : ''}${DOCKERD_HELP}`);
      return 0;
    }
    // A flag that takes a value takes the next word unless it came with `=` (or glued, for a shorthand).
    if (FLAGS.get(long) === true && !arg.includes('=') && !(arg.length > 2 && !arg.startsWith('--'))) {
      if (i + 1 >= args.length) return unknownFlag(io, `flag needs an argument: ${arg.startsWith('--') ? arg : `'${arg[1]}' in ${arg}`}`);
      i++;
    }
  }
  if (positional.length > 0) {
    io.stderr(`"dockerd" accepts no argument(s).\nSee 'dockerd --help'.\n\nUsage:  dockerd [OPTIONS]\n\nA self-sufficient runtime for containers.\n`);
    return 1;
  }
  io.stderr(
    "dockerd: running a second Docker daemon from the shell is not simulated here; the node's runs under systemd " +
      '(systemctl start docker; its log: journalctl -u docker).\n',
  );
  return 1;
});
