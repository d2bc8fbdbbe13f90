// What the kernel answers to a write of cpuset.cpus / cpuset.mems (cpuset_write_resmask →
// bitmap_parselist, Linux 6.1 as Debian bookworm runs it). runc writes the spec's cpus and mems
// while it applies the cgroup, before the init process runs; a refused write fails the task's
// creation. Checked against runc 1.1.5 on a 2-CPU, 1-node cgroup v1 machine: "5" and "0-3" →
// numerical result out of range, "1-0", "0-", "-1", "abc" → invalid argument, a number past
// 32 bits → value too large, while " 0", "0,", ",0", "0 ,1", "00" and "0-1:1/2" are accepted;
// for mems every node but 0 is refused as invalid (the mask is wide, the subset check fails).

/** The CPUs and memory nodes of the simulated node (cpuset.cpus 0-1, cpuset.mems 0). */
const NODE_CPU_COUNT = 2;
const NODE_MEM_NODES = 1;
/** MAX_NUMNODES of Debian's kernel (NODES_SHIFT 10): the width of a node mask. */
const NODE_MASK_BITS = 1024;

const EINVAL = 'invalid argument';
const ERANGE = 'numerical result out of range';
const EOVERFLOW = 'value too large for defined data type';
const U32_MAX = 0xffff_ffff;

const isSeparator = (ch: string) => ch === ',' || /\s/.test(ch);

/** bitmap_getnum: decimal digits at `at`; an error name when there are none or too many. */
function number(text: string, at: number): { value: number; next: number } | { fails: string } {
  let next = at;
  while (next < text.length && text[next]! >= '0' && text[next]! <= '9') next++;
  if (next === at) return { fails: EINVAL };
  const value = Number(text.slice(at, next));
  return value > U32_MAX ? { fails: EOVERFLOW } : { value, next };
}

/**
 * The errno text of writing `list` to a mask of `bits` bits, after which every set bit must
 * be below `allowed`; undefined when the write succeeds.
 */
function parseList(list: string, bits: number, allowed: number): string | undefined {
  const text = list.trim();
  let at = 0;
  for (;;) {
    while (at < text.length && isSeparator(text[at]!)) at++;
    if (at >= text.length) return undefined;
    const start = number(text, at);
    if ('fails' in start) return start.fails;
    let end: { value: number; next: number } = start;
    let stride: { used: number; group: number } | undefined;
    if (text[start.next] === '-') {
      const last = number(text, start.next + 1);
      if ('fails' in last) return last.fails;
      end = last;
      if (text[last.next] === ':') {
        const used = number(text, last.next + 1);
        if ('fails' in used) return used.fails;
        if (text[used.next] !== '/') return EINVAL;
        const group = number(text, used.next + 1);
        if ('fails' in group) return group.fails;
        stride = { used: used.value, group: group.value };
        end = { value: last.value, next: group.next };
      }
    }
    if (end.next < text.length && !isSeparator(text[end.next]!)) return EINVAL;
    if (start.value > end.value || (stride && (stride.group === 0 || stride.used > stride.group))) return EINVAL;
    if (end.value >= bits) return ERANGE;
    if (end.value >= allowed) return EINVAL;
    at = end.next;
  }
}

/** The errno text runc meets writing `value` to cpuset.cpus, or undefined. */
export function cpusWriteError(value: string): string | undefined {
  return parseList(value, NODE_CPU_COUNT, NODE_CPU_COUNT);
}

/** The errno text runc meets writing `value` to cpuset.mems, or undefined. */
export function memsWriteError(value: string): string | undefined {
  return parseList(value, NODE_MASK_BITS, NODE_MEM_NODES);
}
