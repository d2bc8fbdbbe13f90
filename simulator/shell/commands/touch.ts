// `touch`: just-bash's, plus `-h` (--no-dereference), which it lacks: the notes' listings give
// symlinks fixed times with `touch -h -d …`. A link named with -h gets the time itself; every
// other operand goes to just-bash's touch unchanged.

import { defineCommand } from 'just-bash';
import * as vfs from '../../host/vfs';
import type { ShellCommandFactory } from './command-host';
import { GNU_MESSAGE_FIXES } from './gnu-messages';

const NO_DEREF = new Set(['-h', '--no-dereference']);

/** `-d`'s value when the arguments give one. */
function dateArg(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-d' || a === '--date') return args[i + 1];
    if (a.startsWith('--date=')) return a.slice('--date='.length);
    if (/^-[^-]*d$/.test(a)) return args[i + 1];
  }
  return undefined;
}

export const touchCommand: ShellCommandFactory = (host) => {
  const fixed = GNU_MESSAGE_FIXES.touch?.(host);
  return defineCommand('touch', async (args, ctx) => {
    const run = async (a: string[]) => (fixed ? fixed.execute(a, ctx) : { stdout: '', stderr: '', exitCode: 0 });
    const flags = args.filter((a) => /^-[^-]*h/.test(a) || NO_DEREF.has(a));
    if (flags.length === 0) return run(args);
    const rest = args.map((a) => (NO_DEREF.has(a) ? '' : /^-[^-]*h/.test(a) ? a.replace('h', '') : a)).filter((a) => a !== '' && a !== '-');
    const date = dateArg(rest);
    const when = date === undefined ? host.node.nowMs() : new Date(date.replace(' ', 'T')).getTime();
    const files = host.node.state.host.files;
    const passOn: string[] = [];
    const operands = new Set(rest.filter((a, i) => !a.startsWith('-') && rest[i - 1] !== '-d' && rest[i - 1] !== '--date'));
    for (const a of rest) {
      if (!operands.has(a)) {
        passOn.push(a);
        continue;
      }
      const path = vfs.normalizePath(a, ctx.cwd);
      const entry = files[path];
      if (entry?.kind === 'symlink' && Number.isFinite(when)) entry.mtimeMs = when;
      else passOn.push(a);
    }
    return passOn.some((a) => operands.has(a)) ? run(passOn) : { stdout: '', stderr: '', exitCode: 0 };
  });
};
