// df inside a container: the overlay root and the tmpfs mounts runc makes, in busybox df's
// 1K-block table (coreutils' df on Debian has the same columns, `Use%` and `Mounted on`).
// Sizes are the recorded node's root disk (30 GB ext4 under /var/lib/containerd).

import { finished, stdout, type Program } from './program';

const ROWS: Array<[string, number, number, string]> = [
  ['overlay', 30_831_524, 11_204_884, '/'],
  ['tmpfs', 65_536, 0, '/dev'],
  ['shm', 65_536, 0, '/dev/shm'],
  ['tmpfs', 1_015_620, 0, '/proc/acpi'],
  ['tmpfs', 1_015_620, 0, '/sys/firmware'],
];

function percent(used: number, total: number): string {
  return `${total === 0 ? 0 : Math.ceil((used * 100) / total)}%`;
}

export const dfProgram: Program = {
  name: 'df',
  run(ctx) {
    const human = ctx.argv.includes('-h');
    const size = (kb: number): string => {
      if (!human) return String(kb);
      if (kb === 0) return '0';
      const units = ['K', 'M', 'G', 'T'];
      let v = kb;
      let u = 0;
      while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
      }
      return `${v >= 10 || u === 0 ? Math.round(v) : v.toFixed(1)}${units[u]}`;
    };
    const header = human
      ? 'Filesystem                Size      Used Available Use% Mounted on\n'
      : 'Filesystem           1K-blocks      Used Available Use% Mounted on\n';
    const lines = ROWS.map(([fs, total, used, mount]) =>
      `${fs.padEnd(20)}${size(total).padStart(human ? 10 : 10)}${size(used).padStart(10)}${size(total - used).padStart(10)}${percent(used, total).padStart(5)} ${mount}\n`,
    );
    return finished([stdout(header + lines.join(''))]);
  },
};
