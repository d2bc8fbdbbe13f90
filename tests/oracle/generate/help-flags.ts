// The flags of every ctr 1.6.20 command, read from the real ctr's help
// (tests/conformance/fixtures/ctr-1.6.20-help.json), so generated lines reach flags nobody
// thought to write by hand. Commands and flags that would leave something on the machine or
// wait for ever are left out: streams (events, attach, shim), the host's mounts and packages
// (images mount/unmount, install), networks (pull, push, fetch, a
// checkpoint restored from a registry), editors (content edit), the
// system daemon's debug socket (pprof), and flags that write runc or cgroup state outside the
// private node (--runc-root, --cgroup, --fifo-dir, --with-ns, --device, --rootfs).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HelpFlag {
  long: string;
  short?: string;
  takesValue: boolean;
}

export interface HelpCommand {
  path: string[];
  /** The USAGE line's words after the command path ("[flags] CONTAINER CMD [ARG...]"). */
  args: string;
  flags: HelpFlag[];
}

const UNSAFE_COMMANDS = /^(events|install|pprof|shim|tasks attach|tasks start|containers restore|images (mount|unmount|pull|push|convert)|content (edit|fetch|fetch-object|push-object|ingest)|snapshots (unpack|diff))\b/;
const UNSAFE_FLAGS = new Set(['runc-root', 'cgroup', 'fifo-dir', 'with-ns', 'device', 'rootfs', 'runtime-config-path', 'runc-binary', 'gpus', 'help', 'tty', 'detach', 'rm', 'debug-socket', 'checkpoint', 'image-path', 'work-path']);

export function ctrHelpCommands(): HelpCommand[] {
  const file = join(import.meta.dirname, '..', '..', 'conformance', 'fixtures', 'ctr-1.6.20-help.json');
  const entries: Array<{ path: string[]; stdout: string }> = JSON.parse(readFileSync(file, 'utf8')).entries;
  return entries
    .filter((e) => !e.stdout.includes('\nCOMMANDS:\n') && e.path.length > 0 && !UNSAFE_COMMANDS.test(e.path.join(' ')))
    .map((e) => {
      const usage = /USAGE:\n\s+ctr (.*)\n/.exec(e.stdout)?.[1] ?? '';
      const args = usage.slice(e.path.join(' ').length).replace('[command options]', '').trim();
      const options = /\nOPTIONS:\n([\s\S]*)$/.exec(e.stdout)?.[1] ?? '';
      const flags = options
        .split('\n')
        .map((line) => /^\s+--([\w-]+)( \S+)?(?:, -(\w)(?: \S+)?)?\s{2}/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null && !UNSAFE_FLAGS.has(m[1] ?? ''))
        .map((m) => ({ long: m[1] ?? '', short: m[3], takesValue: m[2] !== undefined }));
      return { path: e.path, args, flags };
    });
}
