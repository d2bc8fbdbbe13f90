// `nerdctl exec [OPTIONS] CONTAINER COMMAND [ARG...]` (cmd/nerdctl/exec.go@v0.22.2): an exec
// process (id `exec-<64 hex>`) in the container's running task with the container spec's
// process plus -w, --env-file and -e (appended); -i/-t refuse -d. Attached it waits and fails
// with `exec failed with exit code <n>` for a non-zero exit; `-it … sh` keeps the terminal for
// the image's shell. A stopped task is the shim's `cannot exec in a stopped state: unknown`.
// --privileged gives the exec's process every capability (exec-capabilities.ts).

import { logrusLine } from '../../../cli/logrus';
import type { ProcessCapabilities } from '../../../containerd/client/index';
import { printChunks } from '../../attached-shell';
import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { attachTo } from './attached';
import { refuseAmbiguous, walkContainers } from './container-walker';
import { dedupe, generateId, readEnvFiles } from './idgen-env';
import { privilegedExecCapabilities } from './exec-capabilities';


export const execCommand: NerdctlCommand = {
  name: 'exec',
  usage: 'Run a command in a running container',
  argsUsage: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  args: { min: 2 },
  skipArgReorder: true,
  flags: [
    { names: ['tty', 't'], kind: 'bool', usage: '(Currently -t needs to correspond to -i)' },
    { names: ['interactive', 'i'], kind: 'bool', usage: 'Keep STDIN open even if not attached' },
    { names: ['detach', 'd'], kind: 'bool', usage: 'Detached mode: run command in the background' },
    { names: ['workdir', 'w'], kind: 'string', usage: 'Working directory inside the container', value: '' },
    { names: ['env', 'e'], kind: 'stringArray', usage: 'Set environment variables', value: [] },
    { names: ['env-file'], kind: 'stringSlice', usage: 'Set environment variables from file', value: [] },
    { names: ['privileged'], kind: 'bool', usage: 'Give extended privileges to the command' },
    { names: ['user', 'u'], kind: 'string', usage: 'Username or UID (format: <name|uid>[:<group|gid>])', value: '' },
  ],
  action: async (c) => {
    const args = c.args.length >= 2 && c.args[1] === '--' ? [c.args[0] ?? '', ...c.args.slice(2)] : [...c.args];
    const client = clientOf(c);
    const req = args[0] ?? '';
    let code = 0;
    const n = await walkContainers(client, req, async (found) => {
      refuseAmbiguous(found);
      const interactive = c.bool('interactive');
      const tty = c.bool('tty');
      const detach = c.bool('detach');
      if (interactive && detach) throw new Error('currently flag -i and -d cannot be specified together (FIXME)');
      if (tty && detach) throw new Error('currently flag -t and -d cannot be specified together (FIXME)');
      const spec = found.container.info().spec;
      // generateUserOpts: oci.WithUser on the container's snapshot (its /etc/passwd and /etc/group), before the env files are read.
      const userstr = c.string('user');
      const user = userstr !== '' ? found.container.user(userstr) : undefined;
      const env = [...((spec.process?.env ?? []) as string[]), ...readEnvFiles(c, dedupe(c.stringSlice('env-file'))), ...dedupe(c.stringSlice('env'))];
      const task = found.container.task();
      const execId = `exec-${generateId(c)}`;
      if (tty && !c.io.isTTY) {
        // console.Current() panics without a terminal (after the exec was created, before it starts).
        c.io.stderr('panic: provided file is not a console\n');
        code = 2;
        return;
      }
      const { process, out } = task.exec({
        execId,
        args: args.slice(1),
        cwd: c.string('workdir'),
        terminal: tty,
        stdin: interactive ? c.io.stdin || undefined : '',
        env,
        ...(user ? { user } : {}),
        ...(c.bool('privileged') ? { capabilities: privilegedExecCapabilities((spec.process as { capabilities?: ProcessCapabilities } | undefined)?.capabilities) } : {}),
      });
      if (detach) {
        printChunks(c.io, out, tty);
        return;
      }
      code = await attachTo(c, {
        process,
        terminal: tty,
        out,
        cleanup: () => void process.delete(),
        // The shell ended on the terminal: exec's error for a non-zero exit, as logrus.Fatal prints it.
        shellEnded: (exit) =>
          exit === 0
            ? { stderr: '', exitCode: 0 }
            : { stderr: logrusLine('fatal', `exec failed with exit code ${exit}`, {}, { tty: c.io.isTTY, nowMs: c.env.node.nowMs(), elapsedSeconds: (c.env.node.nowMs() - c.env.log.startMs) / 1000 }), exitCode: 1 },
      });
      if (code !== 0 && !(tty && c.io.terminal)) throw new Error(`exec failed with exit code ${code}`);
    });
    if (n === 0) throw new Error(`no such container ${req}`);
    return code;
  },
};
