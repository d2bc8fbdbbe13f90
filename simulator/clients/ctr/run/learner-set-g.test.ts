// What learner set G (oracle 99) found, as a real ctr 1.6.20 answered: an empty --env value is
// set (the inner shell's ${A-w} keeps it), --pid-file's temporary dot file, `--cni` with no
// network config, --log-uri without a scheme (a FIFO path the shim opens), an unknown scheme on
// exec, the panic's os.Args length, `ctr shim` with no shim to dial, and an image mount listed
// after its directory was listed once.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const BB = 'docker.io/library/busybox:latest';

async function session() {
  let t = Date.UTC(2026, 11, 6, 4, 0, 0);
  const s = createSession({ seed: 16, now: () => (t += 7) });
  await s.run(`ctr -n g i pull ${BB}`);
  return s;
}

describe('ctr learner set G', () => {
  it('keeps an --env given as A= (set, empty), unlike a bare A', async () => {
    const s = await session();
    const r = await s.run(`ctr -n g run --rm --env A= --env B ${BB} r sh -c 'echo "[\${A-unset}] [\${B-unset}] [\${A:-e}] [\${A+p}] [\${A:+q}]"'`);
    expect(r.stdout).toBe('[] [unset] [e] [p] []\n');
  });

  it('writes --pid-file through .<name> beside it, so a missing directory names the dot file', async () => {
    const s = await session();
    const r = await s.run(`ctr -n g run --rm --pid-file /nonexistent/dir/p.pid ${BB} a true`);
    expect(r.stderr).toBe('ctr: open /nonexistent/dir/.p.pid: no such file or directory\n');
    await s.run(`ctr -n g run --rm --pid-file /tmp/b.pid ${BB} b true`);
    expect((await s.run('ls -a /tmp')).stdout).toContain('b.pid');
    expect((await s.run('ls -a /tmp')).stdout).not.toContain('.b.pid');
  });

  it('--cni with an empty /etc/cni/net.d fails after the container is stored (kept without --rm)', async () => {
    const s = await session();
    await s.run('rm /etc/cni/net.d/10-containerd-net.conflist');
    const r = await s.run(`ctr -n g run --cni ${BB} n true`);
    expect(r).toEqual({ stdout: '', stderr: 'ctr: no network config found in /etc/cni/net.d: cni plugin not initialized\n', exitCode: 1 });
    expect((await s.run('ctr -n g c ls -q')).stdout).toBe('n\n');
    await s.run(`ctr -n g run --rm --cni ${BB} m true`);
    expect((await s.run('ctr -n g c ls -q')).stdout).toBe('n\n');
  });

  it('takes a --log-uri without a scheme for a FIFO path, and exec refuses an unknown scheme', async () => {
    const s = await session();
    const r = await s.run(`ctr -n g run --rm --log-uri relative.log ${BB} a echo x`);
    expect(r.stderr).toBe(
      'ctr: failed to create shim task: failed to start io pipe copy: unable to copy pipes: containerd-shim: opening file "relative.log" failed: open relative.log: no such file or directory: unknown\n',
    );
    await s.run(`ctr -n g run -d ${BB} s1 sleep 1000`);
    expect((await s.run('ctr -n g t exec --exec-id e --log-uri ftp://x s1 echo x')).stderr).toBe(
      'ctr: failed to create init process I/O: unknown STDIO scheme ftp: unknown\n',
    );
    const panic = await s.run('ctr -n g t exec --exec-id e2 -t s1 tty');
    expect(panic.exitCode).toBe(2);
    expect(panic.stderr).toContain('github.com/urfave/cli.(*App).Run(0xc0003ae540, {0xc000126000, 0xa, 0xa})\n');
  });

  it('ctr shim cannot dial a container without a task', async () => {
    const s = await session();
    expect(await s.run('ctr shim --id nosuch state')).toEqual({ stdout: '', stderr: "ctr: fail to connect to container nosuch's shim\n", exitCode: 1 });
  });

  it('an image mount shows its files in a directory listed before', async () => {
    const s = await session();
    await s.run('mkdir -p /tmp/m; ls /tmp/m');
    await s.run(`ctr -n g i mount ${BB} /tmp/m`);
    expect((await s.run('ls /tmp/m/etc')).stdout).toContain('passwd\n');
    expect((await s.run('ls /tmp/m')).stdout).toContain('bin\n');
    await s.run('ctr -n g i unmount --rm /tmp/m');
  });
});
