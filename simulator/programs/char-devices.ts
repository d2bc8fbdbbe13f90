// The character devices runc gives every container (kernel-files.ts makes them by their
// major, minor: the kernel's mem driver, 1,3 null … 1,9 urandom), for programs that read them:
// /dev/null ends at once, /dev/zero never ends and is all NUL bytes.

import type { ContainerFile } from './program';

type MemDevice = 'null' | 'zero' | 'full' | 'random' | 'urandom';

const MEM_MINORS: Record<number, MemDevice> = { 3: 'null', 5: 'zero', 7: 'full', 8: 'random', 9: 'urandom' };

/** Which mem device `file` is, if it is one. */
export function memDevice(file: ContainerFile): MemDevice | undefined {
  return file.device?.major === 1 ? MEM_MINORS[file.device.minor] : undefined;
}

/**
 * How fast a program copying /dev/zero into its own memory grows: reads of a few KiB from the
 * kernel's zero page run at gigabytes a second, so a limit of some MiB is reached in
 * milliseconds. (1 GiB/s: a round figure, not a measurement of this node.)
 */
export const ZERO_READ_BYTES_PER_MS = 1024 * 1024;
