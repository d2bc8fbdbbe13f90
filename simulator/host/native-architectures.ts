// What node1's CPU runs without an emulator. The node is amd64, and an amd64 kernel runs i386
// code too; there is no binfmt_misc handler (no qemu-user-static), so a binary built for any
// other architecture makes execve fail with ENOEXEC, which runc's init reports on the
// process's stderr before it exits 1. containerd's snapshots (a foreign image's layers),
// buildkit's RUN steps and nerdctl's --platform check all ask this one place.

/** The architectures node1 executes natively (platforms.Default() on amd64 matches both). */
const NATIVE_ARCHITECTURES: ReadonlySet<string> = new Set(['amd64', '386']);

export function runsNatively(architecture: string): boolean {
  return NATIVE_ARCHITECTURES.has(architecture);
}

/** runc init's line when execve of `path` fails with ENOEXEC (libcontainer/standard_init_linux.go). */
export function execFormatErrorLine(path: string): string {
  return `exec ${path}: exec format error\n`;
}
