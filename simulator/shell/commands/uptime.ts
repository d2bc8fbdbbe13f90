// `uptime` as procps-ng 4.0.2 prints it on node1: the time, how long since boot (host/
// boot-time.ts; the session finds the node up for an hour), one user (the learner's login) and
// a load average of zeros (the node's simulated work takes no CPU). -p/--pretty is the library's
// short form with its quirks (exactly 60 s or 3600 s leave a unit out), -s/--since the boot
// moment, rounded to the second. Options act as getopt meets them: -h, -V and -s end the
// command before a later bad option is seen. Checked against /usr/bin/uptime on a bookworm
// host reading a /proc/uptime bind-mounted in a private mount namespace (uptime.test.ts).

import { uptimeSeconds } from '../../host/boot-time';
import { nodeCommand } from './command-host';
import { type GnuOptionSpec, gnuGetopt } from './gnu-getopt';

const USAGE = `
Usage:
 uptime [options]

Options:
 -p, --pretty   show uptime in pretty format
 -h, --help     display this help and exit
 -s, --since    system up since
 -V, --version  output version information and exit

For more details see uptime(1).
`;

const SPEC: GnuOptionSpec = {
  flags: 'phsV',
  withValue: '',
  long: { pretty: { id: 'p', value: 'none' }, help: { id: 'h', value: 'none' }, since: { id: 's', value: 'none' }, version: { id: 'V', value: 'none' } },
};

const two = (n: number) => String(n).padStart(2, '0');
const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/** procps_uptime_sprint: ` HH:MM:SS up …,  N user,  load average: …`. */
function longForm(nowMs: number, up: number): string {
  const t = new Date(nowMs);
  const seconds = Math.trunc(up);
  const days = Math.trunc(seconds / 86_400);
  const hours = Math.trunc(seconds / 3600) % 24;
  const minutes = Math.trunc(seconds / 60) % 60;
  let text = ` ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())} up `;
  if (days) text += `${plural(days, 'day')}, `;
  text += hours ? `${String(hours).padStart(2)}:${two(minutes)}, ` : `${minutes} min, `;
  return `${text} 1 user,  load average: 0.00, 0.00, 0.00`;
}

/** procps_uptime_sprint_short, step by step as the library takes each unit away. */
function prettyForm(up: number): string {
  let rest = up;
  const parts: string[] = [];
  const take = (size: number, word: string) => {
    if (rest > size) {
      const n = Math.trunc(rest / size);
      rest -= n * size;
      parts.push(plural(n, word));
    }
  };
  take(315_360_000, 'decade');
  take(31_536_000, 'year');
  take(604_800, 'week');
  take(86_400, 'day');
  take(3600, 'hour');
  let minutes = 0;
  if (rest > 60) {
    minutes = Math.trunc(rest / 60);
    rest -= minutes * 60;
  }
  if (minutes || rest < 60) parts.push(`${minutes} minute${minutes !== 1 ? 's' : ''}`);
  return `up ${parts.join(', ')}`;
}

/** print_uptime_since: the boot moment rounded to the second, local (UTC) time. */
function since(nowMs: number, up: number): string {
  const t = new Date(Math.trunc(nowMs / 1000 - up + 0.5) * 1000);
  return `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}\n`;
}

export const uptimeCommand = nodeCommand('uptime', (args, io, node) => {
  const parsed = gnuGetopt('uptime', args, SPEC);
  const now = node.nowMs();
  const up = uptimeSeconds(node);
  let pretty = false;
  for (const option of 'error' in parsed ? parsed.before : parsed.options) {
    if (option.id === 'p') pretty = true;
    else if (option.id === 'h') {
      io.stdout(USAGE);
      return 0;
    } else if (option.id === 's') {
      io.stdout(since(now, up));
      return 0;
    } else {
      io.stdout('uptime from procps-ng 4.0.2\n');
      return 0;
    }
  }
  if ('error' in parsed || parsed.operands.length > 0) {
    io.stderr(`${'error' in parsed ? parsed.error : ''}${USAGE}`);
    return 1;
  }
  io.stdout(`${pretty ? prettyForm(up) : longForm(now, up)}\n`);
  return 0;
});

