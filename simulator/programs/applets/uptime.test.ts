// busybox uptime: the usage and option rows as Debian's busybox 1.35 printed them on a bookworm
// host; the report's layout as procps/uptime.c (1.35) writes it, from the container's /proc/uptime
// (the real applet asks sysinfo(2), whose seconds the host's cannot be set to chosen values).
import { describe, expect, it } from 'vitest';
import { start, testFs } from '../test-support';
import { BUSYBOX_BANNER } from './busybox-usage';

const NOW = Date.UTC(2026, 11, 4, 5, 14, 7);
const USAGE = `${BUSYBOX_BANNER}Usage: uptime\n\nDisplay the time since the last boot\n`;

function uptime(args: string[], procUptime?: string) {
  const files = { '/bin/uptime': { kind: 'symlink', content: 'busybox', mode: 0o777 } as const };
  const fs = testFs(procUptime === undefined ? files : { ...files, '/proc/uptime': { kind: 'file', mode: 0o444, content: procUptime } });
  const r = start(['uptime', ...args], { fs, nowMs: NOW });
  return { stdout: r.stdout, stderr: r.stderr, code: r.run.exit?.code };
}

describe('busybox uptime', () => {
  it.each([
    [['-p'], '', `uptime: invalid option -- 'p'\n${USAGE}`, 1],
    [['-x'], '', `uptime: invalid option -- 'x'\n${USAGE}`, 1],
    [['--help'], '', USAGE, 0],
  ])('%j as the real applet', (args, stdout, stderr, code) => {
    expect(uptime(args as string[], '3600.00 7200.00\n')).toEqual({ stdout, stderr, code });
  });

  it.each([
    ['3600.00', '05:14:07 up  1:00'],
    ['59.50', '05:14:07 up 1 min'],
    ['3599.00', '05:14:07 up 59 min'],
    ['86400.00', '05:14:07 up 1 day, 0 min'],
    ['90061.00', '05:14:07 up 1 day,  1:01'],
    ['176400.00', '05:14:07 up 2 days,  1:00'],
  ])('up %s s', (up, head) => {
    expect(uptime([], `${up} 0.00\n`).stdout).toBe(` ${head},  0 users,  load average: 0.00, 0.00, 0.00\n`);
  });

  it('-s is the boot moment, operands ignored', () => {
    expect(uptime(['-s', 'x'], '3600.00 7200.00\n').stdout).toBe('2026-12-04 04:14:07\n');
  });
});
