// busybox uptime (procps/uptime.c, Debian's busybox 1.35): the time, the seconds since boot as
// sysinfo(2) gives them (whole seconds, a started one counted; here read from the container's
// /proc/uptime, the node's), the users in utmp (a container has none: "0 users") and the load
// average (zeros: the node's simulated work takes no CPU). -s prints the boot moment instead.
// The container's clock is UTC (no /etc/localtime in the images).

import { getopt32 } from '../getopt32';
import { finished, stderr, stdout, type Program } from '../program';
import { BUSYBOX_BANNER, showUsage } from './busybox-usage';

const USAGE = 'Usage: uptime\n\nDisplay the time since the last boot\n';
const two = (n: number) => String(n).padStart(2, '0');

export const uptimeProgram: Program = {
  name: 'uptime',
  run(ctx) {
    if (ctx.argv[1] === '--help') return finished([stderr(BUSYBOX_BANNER + USAGE)], 0);
    const parsed = getopt32(ctx.argv.slice(1), 's');
    if (!parsed.ok) return showUsage('uptime', USAGE, parsed.error);
    const file = ctx.fs.lookup('/proc/uptime');
    const up = Math.ceil(Number.parseFloat(file?.kind === 'file' ? (file.content ?? '') : '') || 0);
    let secs = Math.floor(ctx.nowMs / 1000);
    if (parsed.opts.has('s')) secs -= up;
    const t = new Date(secs * 1000);
    const clock = `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}`;
    if (parsed.opts.has('s')) {
      return finished([stdout(`${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())} ${clock}\n`)]);
    }
    const days = Math.floor(up / 86_400);
    const minutes = Math.floor(up / 60);
    const hours = Math.floor(minutes / 60) % 24;
    let text = ` ${clock} up `;
    if (days) text += `${days} day${days !== 1 ? 's' : ''}, `;
    text += hours ? `${String(hours).padStart(2)}:${two(minutes % 60)}` : `${minutes % 60} min`;
    return finished([stdout(`${text},  0 users,  load average: 0.00, 0.00, 0.00\n`)]);
  },
};
