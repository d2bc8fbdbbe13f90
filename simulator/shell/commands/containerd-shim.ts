// containerd's runc shims (containerd-shim-runc-v1/-v2 of Debian's containerd 1.6.20) typed at
// the node's shell: containerd starts them per task; by hand they answer -v, their Go flag usage
// and its refusals, and without a namespace the shim's own error. Run as a shim from the shell
// (with -namespace …) is not simulated. Texts, streams and exit codes as on this project's machines.

import { CONTAINERD_PACKAGE } from '../../host/installed-versions';
import { nodeCommand, type ShellCommandFactory } from './command-host';

/** Go's flag package: the flags the shim defines, those taking a value. */
const FLAGS: ReadonlyMap<string, boolean> = new Map([
  ['address', true], ['bundle', true], ['debug', false], ['id', true], ['namespace', true], ['publish-binary', true], ['socket', true], ['v', false],
]);

function usage(name: string): string {
  return (
    `Usage of ${name}:\n` +
    '  -address string\n    \tgrpc address back to main containerd\n' +
    '  -bundle string\n    \tpath to the bundle if not workdir\n' +
    '  -debug\n    \tenable debug output in logs\n' +
    '  -id string\n    \tid of the task\n' +
    '  -namespace string\n    \tnamespace that owns the shim\n' +
    '  -publish-binary string\n    \tpath to publish binary (used for publishing events) (default "containerd")\n' +
    '  -socket string\n    \tsocket path to serve\n' +
    '  -v\tshow the shim version and exit\n'
  );
}

function shimCommand(name: string, runtime: string): ShellCommandFactory {
  return nodeCommand(name, (args, io) => {
    const values = new Map<string, string>();
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] ?? '';
      // Go's flag parsing stops at the first non-flag argument or a lone "-" / "--".
      if (!arg.startsWith('-') || arg === '-') break;
      if (arg === '--') break;
      const [flag = '', inline] = arg.replace(/^--?/, '').split(/=(.*)/s);
      if (flag === 'h' || flag === 'help') {
        io.stderr(usage(name));
        return 0;
      }
      const takesValue = FLAGS.get(flag);
      if (takesValue === undefined) {
        io.stderr(`flag provided but not defined: -${flag}\n${usage(name)}`);
        return 2;
      }
      if (takesValue && inline === undefined) {
        if (i + 1 >= args.length) {
          io.stderr(`flag needs an argument: -${flag}\n${usage(name)}`);
          return 2;
        }
        values.set(flag, args[++i] ?? '');
      } else values.set(flag, inline ?? 'true');
    }
    if (values.get('v') === 'true') {
      const p = CONTAINERD_PACKAGE;
      io.stdout(`${name}:\n  Version:  ${p.version}\n  Revision: ${p.revision}\n  Go version: ${p.goVersion}\n\n`);
      return 0;
    }
    if (!values.get('namespace')) {
      // No newline: the shim writes the error as it is and exits.
      io.stderr(`${runtime}: shim namespace cannot be empty`);
      return 1;
    }
    io.stderr(`${name}: running a shim from the shell is not simulated here; containerd starts one for each task (ctr run, ctr t start).\n`);
    return 1;
  });
}

export const shimRuncV1Command = shimCommand('containerd-shim-runc-v1', 'io.containerd.runc.v1');
export const shimRuncV2Command = shimCommand('containerd-shim-runc-v2', 'io.containerd.runc.v2');
