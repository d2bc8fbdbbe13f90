// busybox free (procps/free.c, Debian's busybox 1.35): only argv[1] is looked at, -b/-k/-m/-g
// as units (rounded to the nearest) and -h as make_human_readable_str's one decimal; anything
// else after a '-' is the usage, later words are ignored. The kernel's sysinfo(2) gives total,
// free, shared, buffers and swap, /proc/meminfo Cached, SReclaimable and MemAvailable; here all
// of them are the one /proc/meminfo text the container reads, so used = total − free −
// buff/cache. Checked with the host's busybox 1.35 reading that text bind-mounted (applets.test).

import { parseMeminfo } from '../../host/proc-meminfo';
import { finished, stderr, stdout, type Program } from '../program';
import { BUSYBOX_BANNER, showUsage } from './busybox-usage';

const USAGE = 'Usage: free [-bkmgh]\n\nDisplay free and used memory\n';
const UNITS: Readonly<Record<string, number>> = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, h: 0 };

/** make_human_readable_str(bytes, 1, unit). */
function scale(bytes: number, unit: number): string {
  if (bytes === 0) return '0';
  if (unit) return String(Math.floor((bytes + Math.floor(unit / 2)) / unit));
  let value = bytes;
  let frac = 0;
  let u = 0;
  while (value >= 1024) {
    u++;
    frac = Math.floor(((value % 1024) * 10 + 512) / 1024);
    value = Math.floor(value / 1024);
  }
  if (u === 0) return String(value);
  if (frac >= 10) {
    value++;
    frac = 0;
  }
  return `${value}.${frac}${' KMGTPEZY'[u]}`;
}

export const freeProgram: Program = {
  name: 'free',
  run(ctx) {
    const first = ctx.argv[1];
    if (first === '--help') return finished([stderr(BUSYBOX_BANNER + USAGE)], 0);
    let unit = 1024;
    if (first?.startsWith('-')) {
      const chosen = UNITS[first[1] ?? ''];
      if (chosen === undefined) return showUsage('free', USAGE);
      unit = chosen;
    }
    const meminfo = ctx.fs.lookup('/proc/meminfo');
    if (meminfo?.kind !== 'file') return finished([stderr("free: can't open '/proc/meminfo': No such file or directory\n")], 1);
    const kb = parseMeminfo(meminfo.content ?? '');
    const bytes = (k: string) => (kb[k] ?? 0) * 1024;
    const cached = bytes('Cached') + bytes('Buffers') + bytes('SReclaimable');
    const row = (values: number[]) => values.map((v) => scale(v, unit).padStart(12)).join('');
    const text =
      `       ${['total', 'used', 'free', 'shared', 'buff/cache', 'available'].map((h) => h.padStart(12)).join('')}\n` +
      `Mem:   ${row([bytes('MemTotal'), bytes('MemTotal') - cached - bytes('MemFree'), bytes('MemFree'), bytes('Shmem'), cached, bytes('MemAvailable')])}\n` +
      `Swap:  ${row([bytes('SwapTotal'), bytes('SwapTotal') - bytes('SwapFree'), bytes('SwapFree')])}\n`;
    return finished([stdout(text)]);
  },
};
