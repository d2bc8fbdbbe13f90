// What the kernel's tmpfs (Linux 6.1 mm/shmem.c shmem_fs_parameters) accepts in a mount's
// data: size=, nr_blocks=, nr_inodes= as memparse numbers (size may end in %), mode= in octal,
// uid=/gid= in decimal, huge= one of its policies, mpol= a policy, inode32/inode64 bare. An
// unknown key or a bad value makes mount(2) fail with EINVAL (`tmpfs: Bad value for 'size'`
// in the kernel log), which runc reports as the mount's error.

const HUGE = new Set(['never', 'always', 'within_size', 'advise', 'deny', 'force']);
const U32_MAX = 0xffff_ffff;

/** memparse: a C integer (0x hex, 0 octal, else decimal) and an optional K/M/G/T/P/E; the rest. */
function memparse(value: string): { ok: boolean; rest: string } {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)([kKmMgGtTpPeE]?)(.*)$/s.exec(value);
  return m ? { ok: true, rest: m[3] ?? '' } : { ok: false, rest: value };
}

function validValue(key: string, value: string | undefined): boolean {
  switch (key) {
    case 'size': {
      if (value === undefined) return false;
      const n = memparse(value);
      return n.ok && (n.rest === '' || n.rest === '%');
    }
    case 'nr_blocks':
    case 'nr_inodes': {
      if (value === undefined) return false;
      const n = memparse(value);
      return n.ok && n.rest === '';
    }
    case 'mode':
      return value !== undefined && /^[0-7]+$/.test(value) && Number.parseInt(value, 8) <= U32_MAX;
    case 'uid':
    case 'gid':
      return value !== undefined && /^\d+$/.test(value) && Number(value) < U32_MAX;
    case 'huge':
      return value !== undefined && HUGE.has(value);
    case 'mpol':
      return value !== undefined && value !== '';
    case 'inode32':
    case 'inode64':
      return value === undefined;
    default:
      return false;
  }
}

/** True when a tmpfs mount with these data options would be refused. */
export function tmpfsDataRefused(data: string): boolean {
  if (data === '') return false;
  return data.split(',').some((option) => {
    const eq = option.indexOf('=');
    return !validValue(eq < 0 ? option : option.slice(0, eq), eq < 0 ? undefined : option.slice(eq + 1));
  });
}
