// df inside a container: the overlay root and the tmpfs mounts runc makes, in busybox df's
// 1K-block table (coreutils' df on Debian has the same columns, `Use%` and `Mounted on`).
// Sizes are the recorded node's root disk (30 GB ext4 under /var/lib/containerd). With paths,
// the mount holding each: a tmpfs by its size= option (`--shm-size 1m`: shm 1024 at /dev/shm),
// the root by the node's disk; other mounts' sizes are not simulated.

import { finished, resolvePath, stderr, stdout, type Program, type ProgramContext } from './program';

/** A tmpfs without size=: half the recorded node's RAM, in 1K blocks. */
const HALF_RAM_KB = 1_015_620;

const ROWS: Array<[string, number, number, string]> = [
  ['overlay', 30_831_524, 11_204_884, '/'],
  ['tmpfs', 65_536, 0, '/dev'],
  ['shm', 65_536, 0, '/dev/shm'],
  ['tmpfs', HALF_RAM_KB, 0, '/proc/acpi'],
  ['tmpfs', HALF_RAM_KB, 0, '/sys/firmware'],
];

/**
 * A tmpfs `size=` option in bytes (a k/m/g suffix as the kernel's memparse reads it), in 1K
 * blocks: shmem keeps it as whole 4 KiB pages, rounded up (size=2000000 shows 1956).
 */
function tmpfsBlocks(options: readonly string[]): number | undefined {
  const raw = options.find((o) => o.startsWith('size='))?.slice(5);
  // No size=: half the node's RAM, as runc's masked-path tmpfs rows show it.
  if (raw === undefined) return HALF_RAM_KB;
  const m = /^(\d+)([kmg]?)$/i.exec(raw);
  if (!m) return undefined;
  const shift = { '': 0, k: 10, m: 20, g: 30 }[(m[2] ?? '').toLowerCase()] ?? 0;
  return Math.ceil((Number(m[1]) * 2 ** shift) / 4096) * 4;
}

/** The rows of the mounts holding `paths`, or the reason one cannot be shown. */
function rowsFor(ctx: ProgramContext, paths: readonly string[]): { rows: Array<[string, number, number, string]>; error?: string } {
  const rows: Array<[string, number, number, string]> = [];
  let missing = '';
  for (const name of paths) {
    const path = resolvePath(ctx.cwd, name);
    // busybox says so and goes on with the next path (its exit status then 1).
    if (!ctx.fs.lookup(path)) {
      missing += `df: ${name}: can't find mount point\n`;
      continue;
    }
    const m = ctx.fs.mountOf?.(path);
    if (!m) {
      const root = ROWS[0];
      if (root) rows.push(root);
      continue;
    }
    const blocks = m.type === 'tmpfs' ? tmpfsBlocks(m.options) : undefined;
    if (blocks === undefined) return { rows, error: `${missing}df: the size of the ${m.type} mount at ${m.destination} is not simulated here (ctrlab simulates df of tmpfs mounts and the root)\n` };
    rows.push([m.source, blocks, 0, m.destination]);
  }
  return missing === '' ? { rows } : { rows, error: missing };
}

function percent(used: number, total: number): string {
  return `${total === 0 ? 0 : Math.ceil((used * 100) / total)}%`;
}

export const dfProgram: Program = {
  name: 'df',
  run(ctx) {
    const human = ctx.argv.includes('-h');
    const operands = ctx.argv.slice(1).filter((a) => !a.startsWith('-'));
    const chosen: { rows: Array<[string, number, number, string]>; error?: string } = operands.length > 0 ? rowsFor(ctx, operands) : { rows: ROWS };
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
    const lines = chosen.rows.map(([fs, total, used, mount]) =>
      `${fs.padEnd(20)}${size(total).padStart(human ? 10 : 10)}${size(used).padStart(10)}${size(total - used).padStart(10)}${percent(used, total).padStart(5)} ${mount}\n`,
    );
    // busybox prints the header and the rows it can, each missing path on stderr, and exits 1.
    if (chosen.error !== undefined) return finished([stdout(header + lines.join('')), stderr(chosen.error)], 1);
    return finished([stdout(header + lines.join(''))]);
  },
};
