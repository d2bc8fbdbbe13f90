// `dockerd` typed at the node's shell: its informational forms, as Debian's dockerd 20.10.24
// prints them (moby v20.10.24 cmd/dockerd/docker.go newDaemonCommand: cobra with
// cli.SetupRootCommand's templates, cli.NoArgs, and cli.FlagErrorFunc's `Status: …, Code: 125`
// that main() prints before exiting 1). The node's own daemon runs under systemd (systemctl
// start docker); a second one started from the shell is not simulated. Loaded only when the
// shell runs /usr/sbin/dockerd (tools/dockerd.ts), so neither this nor the help text is in the
// node's start. Checked against /usr/sbin/dockerd on this project's machines.

import type { CommandIO, CommandSpec, FlagSpec } from '../../../cli/spec';
import { DOCKER_ENGINE_PACKAGE } from '../../../host/installed-versions';
import { DOCKERD_HELP } from './dockerd-help';

/** dockerd's flags as its --help lists them: `-b, --bridge string`, `--debug` (a bool). */
function helpFlags(): FlagSpec[] {
  const flags: FlagSpec[] = [];
  for (const m of DOCKERD_HELP.matchAll(/^ +(?:-([a-zA-Z]), )?--([a-z0-9-]+)(?: ([a-z-]+))? {2,}/gm)) {
    const names = [m[2] ?? '', ...(m[1] === undefined ? [] : [m[1]])];
    flags.push(m[3] === undefined ? { names, kind: 'bool', usage: '' } : { names, kind: 'string', typeName: m[3], usage: '' });
  }
  return flags;
}

/** The spec Tab completes from (tools/tool.ts); the run below parses as pflag does. */
export function dockerdSpec(): CommandSpec<never> {
  return { name: 'dockerd', usage: 'A self-sufficient runtime for containers.', argsUsage: '[OPTIONS]', flags: helpFlags() };
}

/** cli.FlagErrorFunc's error as dockerd's main prints it (logrus is not set up yet), exit 1. */
function flagError(io: CommandIO, what: string): number {
  io.stderr(`Status: ${what}\nSee 'dockerd --help'., Code: 125\n`);
  return 1;
}

const NO_ARGS = `"dockerd" accepts no argument(s).\nSee 'dockerd --help'.\n\nUsage:  dockerd [OPTIONS]\n\nA self-sufficient runtime for containers.\n`;

export async function runDockerd(argv: readonly string[], io: CommandIO): Promise<number> {
  const flags = new Map<string, boolean>();
  const shorthands = new Map<string, string>();
  for (const f of helpFlags()) {
    const [long = '', short] = f.names;
    flags.set(long, f.kind !== 'bool');
    if (short !== undefined) shorthands.set(short, long);
  }
  const positional: string[] = [];
  let version = false;
  let help: 'long' | 'short' | undefined;
  // pflag parses every flag first (an unknown one fails the whole line); then cobra (v1.1's
  // Command.execute) acts on --help, then on the Version field's --version, and only then
  // checks the arguments (cli.NoArgs) before the run.
  const set = (long: string, value: string, short: boolean) => {
    // A bool given `=false` (or anything strconv.ParseBool reads as false) leaves it off.
    const on = ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value);
    if (long === 'version') version = on;
    if (long === 'help') help = on ? (short ? 'short' : 'long') : undefined;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const long = arg.slice(2, eq < 0 ? undefined : eq);
      if (!flags.has(long) && long !== 'help') return flagError(io, `unknown flag: --${long}`);
      if (flags.get(long) === true && eq < 0) {
        if (i + 1 >= argv.length) return flagError(io, `flag needs an argument: ${arg}`);
        i++;
      }
      set(long, eq < 0 ? 'true' : arg.slice(eq + 1), false);
    } else if (arg.startsWith('-') && arg.length > 1) {
      // pflag's shorthand cluster: bools in a row (-Dl), a value flag takes the rest or the next word.
      for (let at = 1; at < arg.length; at++) {
        const c = arg[at] ?? '';
        const long = shorthands.get(c) ?? (c === 'h' ? 'help' : undefined);
        if (long === undefined) return flagError(io, `unknown shorthand flag: '${c}' in ${arg}`);
        const rest = arg.slice(at + 1);
        if (flags.get(long) === true) {
          if (rest === '') {
            if (i + 1 >= argv.length) return flagError(io, `flag needs an argument: '${c}' in ${arg}`);
            i++;
          }
          break;
        }
        if (rest.startsWith('=')) {
          set(long, rest.slice(1), true);
          break;
        }
        set(long, 'true', true);
      }
    } else positional.push(arg);
  }
  if (help !== undefined) {
    // -h is marked deprecated in favour of --help: pflag says so first, on stdout.
    io.stdout(`${help === 'short' ? 'Flag shorthand -h has been deprecated, please use --help\n' : ''}${DOCKERD_HELP}`);
    return 0;
  }
  if (version) {
    io.stdout(`Docker version ${DOCKER_ENGINE_PACKAGE.version}, build ${DOCKER_ENGINE_PACKAGE.commit}\n`);
    return 0;
  }
  if (positional.length > 0) {
    io.stderr(NO_ARGS);
    return 1;
  }
  io.stderr(
    "dockerd: running a second Docker daemon from the shell is not simulated here; the node's runs under systemd " +
      '(systemctl start docker; its log: journalctl -u docker).\n',
  );
  return 1;
}
