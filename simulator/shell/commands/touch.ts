// `touch`: just-bash's, plus `-h` (--no-dereference), which it lacks: the notes' listings give
// symlinks fixed times with `touch -h -d …`. A link named with -h gets the time itself; every
// other operand goes to just-bash's touch. The node's zone is UTC, whatever the zone of the
// browser or Node running it, so `-d` dates without a zone are read as UTC (just-bash's own
// touch would read them in the host's zone): the date is rewritten to an explicit UTC instant.

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

const ISO_LIKE = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?$/;
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2}|\bUTC|\bGMT)$/i;

/** GNU touch's `-d` text as ms since the epoch, zone-less forms read as UTC; NaN if unreadable. */
export function utcDateMs(text: string): number {
  const t = text.trim();
  if (/^@-?\d+(\.\d+)?$/.test(t)) return Number(t.slice(1)) * 1000;
  const m = ISO_LIKE.exec(t);
  if (m) {
    const [, y, mo, d, h = '00', mi = '00', s = '00', frac = ''] = m;
    return Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${frac}Z`);
  }
  if (HAS_ZONE.test(t)) return Date.parse(t);
  return t === '' ? Number.NaN : Date.parse(`${t} UTC`);
}

/** `args` with the `-d` value spelled as an explicit UTC instant, when it can be read. */
function withUtcDate(args: readonly string[]): string[] {
  const out = [...args];
  const utc = (v: string): string => {
    const ms = utcDateMs(v);
    return Number.isFinite(ms) ? new Date(ms).toISOString() : v;
  };
  for (let i = 0; i < out.length; i++) {
    const a = out[i] ?? '';
    if (a === '--') break;
    if (a.startsWith('--date=')) out[i] = `--date=${utc(a.slice('--date='.length))}`;
    else if ((a === '-d' || a === '--date' || /^-[^-]*d$/.test(a)) && i + 1 < out.length) {
      out[i + 1] = utc(out[i + 1] ?? '');
      i++;
    }
  }
  return out;
}

export const touchCommand: ShellCommandFactory = (host) => {
  const fixed = GNU_MESSAGE_FIXES.touch?.(host);
  return defineCommand('touch', async (given, ctx) => {
    const args = withUtcDate(given);
    const run = async (a: string[]) => (fixed ? fixed.execute(a, ctx) : { stdout: '', stderr: '', exitCode: 0 });
    const flags = args.filter((a) => /^-[^-]*h/.test(a) || NO_DEREF.has(a));
    if (flags.length === 0) return run(args);
    const rest = args.map((a) => (NO_DEREF.has(a) ? '' : /^-[^-]*h/.test(a) ? a.replace('h', '') : a)).filter((a) => a !== '' && a !== '-');
    const date = dateArg(rest);
    const when = date === undefined ? host.node.nowMs() : utcDateMs(date);
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
