// /proc/meminfo as the node's kernel (Debian's 6.1.0-28-amd64) writes it: fs/proc/meminfo.c's
// fields in its order for that config (zswap, memory-failure and THP built in, no CMA; x86's
// DirectMap lines), each label padded to 16 columns and its value right-aligned in 8 ("%8lu kB";
// HardwareCorrupted and the HugePages counts have their own widths). A container sees the node's
// memory, not its cgroup's. MemTotal is the recorded node's (docker info: 23.54GiB); the rest are
// one plausible moment of it, the same every time (no two reads agree on a real node anyway).

/** kB, or a bare count for the HugePages_ lines. */
const FIELDS: ReadonlyArray<[string, number]> = [
  ['MemTotal', 24_685_560], ['MemFree', 19_847_212], ['MemAvailable', 22_931_448], ['Buffers', 201_416], ['Cached', 2_906_120],
  ['SwapCached', 0], ['Active', 1_180_332], ['Inactive', 2_977_900], ['Active(anon)', 4_412], ['Inactive(anon)', 1_093_208],
  ['Active(file)', 1_175_920], ['Inactive(file)', 1_884_692], ['Unevictable', 0], ['Mlocked', 0], ['SwapTotal', 0],
  ['SwapFree', 0], ['Zswap', 0], ['Zswapped', 0], ['Dirty', 1_236], ['Writeback', 0], ['AnonPages', 1_050_780],
  ['Mapped', 486_720], ['Shmem', 47_088], ['KReclaimable', 181_840], ['Slab', 296_424], ['SReclaimable', 181_840],
  ['SUnreclaim', 114_584], ['KernelStack', 8_896], ['PageTables', 14_180], ['NFS_Unstable', 0], ['Bounce', 0],
  ['WritebackTmp', 0], ['CommitLimit', 12_342_780], ['Committed_AS', 3_611_904], ['VmallocTotal', 34_359_738_367],
  ['VmallocUsed', 31_468], ['VmallocChunk', 0], ['Percpu', 2_208], ['HardwareCorrupted', 0], ['AnonHugePages', 0],
  ['ShmemHugePages', 0], ['ShmemPmdMapped', 0], ['FileHugePages', 0], ['FilePmdMapped', 0], ['HugePages_Total', 0],
  ['HugePages_Free', 0], ['HugePages_Rsvd', 0], ['HugePages_Surp', 0], ['Hugepagesize', 2_048], ['Hugetlb', 0],
  ['DirectMap4k', 233_344], ['DirectMap2M', 9_203_712], ['DirectMap1G', 16_777_216],
];

function line([name, value]: [string, number]): string {
  const label = `${name}:`;
  // hugetlb_report_meminfo: "HugePages_Total:   %5lu"; meminfo.c: "HardwareCorrupted: %5lu kB".
  if (name.startsWith('HugePages_')) return `${label.padEnd(16)}${String(value).padStart(8)}`;
  if (name === 'HardwareCorrupted') return `${label} ${String(value).padStart(5)} kB`;
  return `${label.padEnd(16)}${String(value).padStart(8)} kB`;
}

const TEXT = `${FIELDS.map(line).join('\n')}\n`;

/** The file's text. */
export function procMeminfo(): string {
  return TEXT;
}

/**
 * A /proc/meminfo text's fields, kB (or counts) by name: what procps's meminfo reader and
 * busybox free take from it. Lines without a number are skipped, as both skip them.
 */
export function parseMeminfo(text: string): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const match of text.matchAll(/^([^:\n]+):[ \t]*(\d+)/gm)) fields[match[1] as string] = Number(match[2]);
  return fields;
}
