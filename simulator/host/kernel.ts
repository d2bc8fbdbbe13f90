// The node's kernel, as the conformance node runs it (Debian bookworm's 6.1.0-28-amd64; `docker
// info` there: Kernel Version 6.1.0-28-amd64): its release and version strings, which uname(2)
// hands to every program on the node and in its containers (they share the kernel), and
// /proc/version, which adds the build's compiler and linker as Debian's package built it.

export const KERNEL_RELEASE = '6.1.0-28-amd64';

/** utsname.version: the build number, its preemption model and Debian's package version and date. */
export const KERNEL_VERSION = '#1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)';

/** /proc/version (fs/proc/version.c's linux_proc_banner with the build's compiler). */
export const PROC_VERSION = `Linux version ${KERNEL_RELEASE} (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) ${KERNEL_VERSION}\n`;
