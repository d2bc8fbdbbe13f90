// uptime against procps-ng 4.0.2's /usr/bin/uptime on a bookworm host, its /proc/uptime and
// /proc/loadavg bind-mounted in a private mount namespace (TZ=UTC). The host had nobody in utmp
// ("0 user"); node1 has the learner's login, so its rows say " 1 user" where the host's said
// " 0 user". A session finds the node up for an hour; `sleep` moves its clock on.
import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

const NOW = Date.UTC(2026, 11, 4, 5, 14, 7);

/** [argv after `uptime`, stdout, stderr, exit status] for the lines whose output has no time in it. */
const REAL: Array<[string[], string, string, number]> = [
  [["--help"], "\nUsage:\n uptime [options]\n\nOptions:\n -p, --pretty   show uptime in pretty format\n -h, --help     display this help and exit\n -s, --since    system up since\n -V, --version  output version information and exit\n\nFor more details see uptime(1).\n", "", 0],
  [["-h"], "\nUsage:\n uptime [options]\n\nOptions:\n -p, --pretty   show uptime in pretty format\n -h, --help     display this help and exit\n -s, --since    system up since\n -V, --version  output version information and exit\n\nFor more details see uptime(1).\n", "", 0],
  [["-V"], "uptime from procps-ng 4.0.2\n", "", 0],
  [["--version"], "uptime from procps-ng 4.0.2\n", "", 0],
  [["-x"], "", "uptime: invalid option -- 'x'\n\nUsage:\n uptime [options]\n\nOptions:\n -p, --pretty   show uptime in pretty format\n -h, --help     display this help and exit\n -s, --since    system up since\n -V, --version  output version information and exit\n\nFor more details see uptime(1).\n", 1],
  [["--bogus"], "", "uptime: unrecognized option '--bogus'\n\nUsage:\n uptime [options]\n\nOptions:\n -p, --pretty   show uptime in pretty format\n -h, --help     display this help and exit\n -s, --since    system up since\n -V, --version  output version information and exit\n\nFor more details see uptime(1).\n", 1],
  [["x"], "", "\nUsage:\n uptime [options]\n\nOptions:\n -p, --pretty   show uptime in pretty format\n -h, --help     display this help and exit\n -s, --since    system up since\n -V, --version  output version information and exit\n\nFor more details see uptime(1).\n", 1],
  [["-p", "x"], "", "\nUsage:\n uptime [options]\n\nOptions:\n -p, --pretty   show uptime in pretty format\n -h, --help     display this help and exit\n -s, --since    system up since\n -V, --version  output version information and exit\n\nFor more details see uptime(1).\n", 1],
  [["--pretty=1"], "", "uptime: option '--pretty' doesn't allow an argument\n\nUsage:\n uptime [options]\n\nOptions:\n -p, --pretty   show uptime in pretty format\n -h, --help     display this help and exit\n -s, --since    system up since\n -V, --version  output version information and exit\n\nFor more details see uptime(1).\n", 1],
  [["-x", "-s"], "", "uptime: invalid option -- 'x'\n\nUsage:\n uptime [options]\n\nOptions:\n -p, --pretty   show uptime in pretty format\n -h, --help     display this help and exit\n -s, --since    system up since\n -V, --version  output version information and exit\n\nFor more details see uptime(1).\n", 1],
  [["-h", "-x"], "\nUsage:\n uptime [options]\n\nOptions:\n -p, --pretty   show uptime in pretty format\n -h, --help     display this help and exit\n -s, --since    system up since\n -V, --version  output version information and exit\n\nFor more details see uptime(1).\n", "", 0],
  [["-V", "-x"], "uptime from procps-ng 4.0.2\n", "", 0],
];

/** [seconds since boot, the long form after its clock, the -p form] as the host printed them. */
const UP: Array<[number, string, string]> = [
  [3600.0, "up  1:00,  0 user", "up 60 minutes"],
  [3600.5, "up  1:00,  0 user", "up 1 hour, 0 minutes"],
  [3660.0, "up  1:01,  0 user", "up 1 hour"],
  [3661.0, "up  1:01,  0 user", "up 1 hour, 1 minute"],
  [7199.0, "up  1:59,  0 user", "up 1 hour, 59 minutes"],
  [86399.0, "up 23:59,  0 user", "up 23 hours, 59 minutes"],
  [86400.0, "up 1 day, 0 min,  0 user", "up 24 hours, 0 minutes"],
  [90061.0, "up 1 day,  1:01,  0 user", "up 1 day, 1 hour, 1 minute"],
  [172800.0, "up 2 days, 0 min,  0 user", "up 2 days, 0 minutes"],
  [176400.0, "up 2 days,  1:00,  0 user", "up 2 days, 60 minutes"],
  [604800.0, "up 7 days, 0 min,  0 user", "up 7 days, 0 minutes"],
  [691200.0, "up 8 days, 0 min,  0 user", "up 1 week, 24 hours, 0 minutes"],
  [31536000.0, "up 365 days, 0 min,  0 user", "up 52 weeks, 24 hours, 0 minutes"],
  [31622400.0, "up 366 days, 0 min,  0 user", "up 1 year, 24 hours, 0 minutes"],
  [315360000.0, "up 3650 days, 0 min,  0 user", "up 10 years, 0 minutes"],
];

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 19);

describe('uptime (procps-ng 4.0.2)', () => {
  it.each(REAL.map(([args, stdout, stderr, code]) => ({ line: ['uptime', ...args].join(' '), stdout, stderr, code })))(
    '$line',
    async ({ line, stdout, stderr, code }) => {
      const s = createSession({ seed: 7, now: () => NOW });
      expect(await s.run(line)).toEqual({ stdout, stderr, exitCode: code });
    },
  );

  it.each(UP)('up %s s', async (up, long, pretty) => {
    const s = createSession({ seed: 7, now: () => NOW });
    const slept = up - 3600;
    if (slept > 0) await s.run(`sleep ${slept}`);
    const now = NOW + slept * 1000;
    const r = await s.run('uptime; uptime -p; uptime --since');
    const boot = new Date(NOW - 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
    expect(r).toEqual({
      stdout: ` ${clock(now)} ${long.replace(' 0 user', ' 1 user')},  load average: 0.00, 0.00, 0.00\n${pretty}\n${boot}\n`,
      stderr: '',
      exitCode: 0,
    });
  });

  it('is /usr/bin/uptime', async () => {
    const s = createSession({ seed: 7, now: () => NOW });
    expect((await s.run('which uptime')).stdout).toBe('/usr/bin/uptime\n');
  });
});
