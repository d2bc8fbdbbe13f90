// nerdctl run/create --platform (newClientWithPlatform and CanExecProbably, nerdctl v0.22.2
// cmd/nerdctl/client.go:68-87, pkg/platformutil/binfmt.go): the warning for a platform node1
// cannot run, the parse error, the image for that platform, the nerdctl/platform label, and
// the exec format error runc's init prints when the task starts (checked with runc 1.1.5 on
// this machine: an aarch64 ELF as the process gives `exec /bin/x: exec format error`, exit 1).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const session = () => createSession({ seed: 41, now: () => Date.UTC(2026, 11, 6, 4, 15, 0) });
const WARNING = (p: string) =>
  `level=warning msg="Platform \\"${p}\\" seems incompatible with the host platform \\"linux/amd64\\". If you see \\"exec format error\\", see https://github.com/containerd/nerdctl/blob/master/docs/multi-platform.md"`;

describe('nerdctl run --platform', () => {
  it('warns, pulls and unpacks the arm64 image, and its program cannot exec on node1', async () => {
    const s = session();
    const r = await s.run('nerdctl run --rm --platform arm64 busybox uname -m');
    expect(r.stderr).toContain(`${WARNING('arm64')}\n`);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\nexec \/bin\/uname: exec format error\n$/);
    expect(r.exitCode).toBe(1);
    // The node's own platform is still a separate pull, and runs.
    const native = await s.run('nerdctl run --rm busybox uname -m');
    expect(native.stdout).toBe('x86_64\n');
  });

  it('labels the container with the normalized platform; -d leaves it exited with the error in its log', async () => {
    const s = session();
    expect((await s.run('nerdctl run -d --name a1 --platform linux/aarch64 alpine sleep 100')).exitCode).toBe(0);
    const id = (await s.run("nerdctl inspect -f '{{.Id}}' a1")).stdout.trim();
    expect((await s.run(`ctr c info ${id}`)).stdout).toContain('"nerdctl/platform": "linux/arm64"');
    expect((await s.run('nerdctl ps -a --format "{{.Status}}"')).stdout).toMatch(/^Exited \(1\) /);
    expect((await s.run('nerdctl logs a1')).stderr).toBe('exec /bin/sleep: exec format error\n');
  });

  it('runs i386 without a warning; a bad value warns with its error, then is fatal', async () => {
    const s = session();
    await s.run('nerdctl pull -q busybox');
    const i386 = await s.run('nerdctl run --rm --platform 386 busybox true');
    expect(i386.stderr).not.toContain('level=warning');
    expect(i386.exitCode).toBe(0);
    const bad = await s.run('nerdctl run --rm --platform foo busybox true');
    expect(bad.stderr.replace(/time="[^"]*" /g, '')).toBe(
      `${WARNING('foo')} error="\\"foo\\": unknown operating system or architecture: invalid argument"\n` +
        'level=fatal msg="\\"foo\\": unknown operating system or architecture: invalid argument"\n',
    );
    expect(bad.exitCode).toBe(1);
    const mips = await s.run('nerdctl run --rm --platform mips busybox true');
    expect(mips.stderr).toContain(`${WARNING('mips')} error="unknown OCI architecture string: \\"mips\\""\n`);
  });

  it('create --platform makes a container whose start fails the same way', async () => {
    const s = session();
    expect((await s.run('nerdctl create --platform arm64 --name c1 busybox')).exitCode).toBe(0);
    const start = await s.run('nerdctl start -a c1');
    expect(start.stderr).toContain('exec /bin/sh: exec format error\n');
    expect(start.exitCode).toBe(1);
  });
});
