// node1's device nodes (its /dev), as oci.WithHostDevices lists them for `ctr run --privileged`
// (containerd@v1.6.20 oci/utils_unix.go getDevices: /dev walked in name order, pts/shm/fd/
// mqueue and console skipped, symlinks and FIFOs left out). A simulated node has no hardware
// to walk, so this is one measured machine's /dev: the 2-CPU virtual machine the oracle's real
// containerd ran on (tests/oracle), as `ctr c info` printed it there.

/** One specs.LinuxDevice: fileMode is the permission bits only (DeviceFromPath masks S_IFMT). */
interface LinuxDevice {
  path: string;
  type: 'c' | 'b';
  major: number;
  minor: number;
  fileMode: number;
  uid: number;
  gid: number;
}

type Row = readonly [name: string, type: 'c' | 'b', major: number, minor: number, mode: number];

const rwAll = 0o666;
const rootOnly = 0o600;

/** tty0 … tty63 (major 4), in directory order: tty0, tty1, tty10 … tty19, tty2, … */
function virtualConsoles(): Row[] {
  const names = Array.from({ length: 64 }, (_, n) => n).sort((a, b) => (String(a) < String(b) ? -1 : 1));
  return names.map((n) => [`tty${n}`, 'c', 4, n, rootOnly] as const);
}

function rows(): Row[] {
  return [
    ['btrfs-control', 'c', 10, 234, rootOnly],
    ['cpu/0/cpuid', 'c', 203, 0, rootOnly],
    ['cpu/1/cpuid', 'c', 203, 1, rootOnly],
    ['cpu_dma_latency', 'c', 10, 259, rootOnly],
    ['full', 'c', 1, 7, rwAll],
    ['fuse', 'c', 10, 229, rootOnly],
    ['hwrng', 'c', 10, 183, rootOnly],
    ['kmsg', 'c', 1, 11, 0o644],
    ['kvm', 'c', 10, 232, rootOnly],
    ['loop-control', 'c', 10, 237, rootOnly],
    ...Array.from({ length: 8 }, (_, n) => [`loop${n}`, 'b', 7, n, rootOnly] as const),
    ['net/tun', 'c', 10, 200, rootOnly],
    ['null', 'c', 1, 3, rwAll],
    ['ptmx', 'c', 5, 2, rwAll],
    ['random', 'c', 1, 8, rwAll],
    ['tty', 'c', 5, 0, rwAll],
    ...virtualConsoles(),
    ['ttyS0', 'c', 4, 64, rootOnly],
    ['urandom', 'c', 1, 9, rwAll],
    ['userfaultfd', 'c', 10, 257, rootOnly],
    ['vcs', 'c', 7, 0, rootOnly],
    ['vcs1', 'c', 7, 1, rootOnly],
    ['vcsa', 'c', 7, 128, rootOnly],
    ['vcsa1', 'c', 7, 129, rootOnly],
    ['vcsu', 'c', 7, 64, rootOnly],
    ['vcsu1', 'c', 7, 65, rootOnly],
    ['vda', 'b', 254, 0, rootOnly],
    ['vga_arbiter', 'c', 10, 256, rootOnly],
    ['vsock', 'c', 10, 258, rootOnly],
    ['zero', 'c', 1, 5, rwAll],
    ['zram0', 'b', 253, 0, rootOnly],
  ];
}

/** HostDevices(): every device node of the node's /dev, owned by root. */
export function hostDevices(): LinuxDevice[] {
  return rows().map(([name, type, major, minor, fileMode]) => ({ path: `/dev/${name}`, type, major, minor, fileMode, uid: 0, gid: 0 }));
}
