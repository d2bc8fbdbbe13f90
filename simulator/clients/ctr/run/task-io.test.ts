// Where `ctr run` sends a task's IO and what else set E (oracle 97) found: --log-uri file://
// (both streams appended to one file, nothing on ctr's own stdout), an unknown scheme refused
// before the task exists, --fifo-dir's directory left behind, `snapshots unpack` by digest,
// `ctr install`'s image lookup and --config's file errors. Texts are a real ctr 1.6.20's.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const BB = 'docker.io/library/busybox:latest';

async function session() {
  let t = Date.UTC(2026, 11, 5, 20, 0, 0);
  const s = createSession({ seed: 8, now: () => (t += 7) });
  await s.run(`ctr -n e i pull ${BB}`);
  return s;
}

describe('ctr run --log-uri and --fifo-dir', () => {
  it('file:// writes stdout and stderr into the file the shim makes, and ctr prints nothing', async () => {
    const s = await session();
    const r = await s.run(`ctr -n e run --log-uri file:///tmp/logs/a.log ${BB} a sh -c 'echo out; echo err >&2; exit 4'`);
    expect(r).toEqual({ stdout: '', stderr: '', exitCode: 4 });
    expect((await s.run('cat /tmp/logs/a.log')).stdout).toBe('out\nerr\n');
    await s.run(`ctr -n e run --rm --log-uri file:///tmp/logs/a.log ${BB} b echo again`);
    expect((await s.run('cat /tmp/logs/a.log')).stdout).toBe('out\nerr\nagain\n');
  });

  it('refuses an unknown scheme and a path through a file before the task exists; --rm still removes', async () => {
    const s = await session();
    expect(await s.run(`ctr -n e run --rm --log-uri bogus://x ${BB} c true`)).toEqual({
      stdout: '',
      stderr: 'ctr: failed to create shim task: failed to create init process I/O: unknown STDIO scheme bogus: unknown\n',
      exitCode: 1,
    });
    const through = await s.run(`ctr -n e run --log-uri file:///etc/hostname/x/y.log ${BB} d true`);
    expect(through.stderr).toBe('ctr: failed to create shim task: failed to create init process I/O: mkdir /etc/hostname: not a directory: unknown\n');
    expect((await s.run('ctr -n e c ls -q')).stdout).toBe('d\n');
  });

  it('--fifo-dir leaves its (empty) directory behind; --no-pivot changes nothing visible', async () => {
    const s = await session();
    expect((await s.run(`ctr -n e run --rm --fifo-dir /tmp/ff ${BB} f echo fifo`)).stdout).toBe('fifo\n');
    expect((await s.run('ls -ld /tmp/ff | cut -c1-10; ls /tmp/ff | wc -l')).stdout).toBe('drwx------\n0\n');
    expect((await s.run(`ctr -n e run --rm --no-pivot ${BB} g echo np`)).stdout).toBe('np\n');
  });
});

describe('ctr snapshots unpack, install, --config', () => {
  it('unpack takes a digest of an image target, not a name', async () => {
    const s = await session();
    expect((await s.run('ctr -n e snapshots unpack')).stderr).toBe('ctr: invalid checksum digest format\n');
    expect((await s.run('ctr -n e snapshots unpack busybox')).stderr).toBe('ctr: invalid checksum digest format\n');
    expect((await s.run(`ctr -n e snapshots unpack sha256:${'0'.repeat(64)}`)).stderr).toBe('ctr: manifest not found\n');
    const dgst = (await s.run(`ctr -n e i ls | awk 'NR>1{print $3}'`)).stdout.trim();
    const r = await s.run(`ctr -n e snapshots unpack ${dgst}`);
    expect(r.stdout).toBe(`unpacking ${dgst} (application/vnd.oci.image.index.v1+json)...done\n`);
  });

  it('install looks the image up first', async () => {
    const s = await session();
    expect((await s.run('ctr install')).stderr).toBe('ctr: image "": not found\n');
    expect((await s.run('ctr -n e install nosuch:1')).stderr).toBe('ctr: image "nosuch:1": not found\n');
  });

  it('--config: a missing file, a directory, bad JSON and a non-object are refused as oci.WithSpecFromFile does', async () => {
    const s = await session();
    const v = 'decoding spec config file failed, current supported OCI runtime-spec : v1.0.2-dev';
    expect((await s.run('ctr -n e c create --config /tmp/none.json x')).stderr).toBe(
      'ctr: cannot load spec config file: open /tmp/none.json: no such file or directory\n',
    );
    expect((await s.run('ctr -n e run --config /tmp x')).stderr).toBe('ctr: cannot load spec config file: read /tmp: is a directory\n');
    expect((await s.run("printf '' > /tmp/s0.json; ctr -n e run --config /tmp/s0.json x")).stderr).toBe(`ctr: ${v}: unexpected end of JSON input\n`);
    expect((await s.run("echo '[]' > /tmp/s2.json; ctr -n e c create --config /tmp/s2.json x")).stderr).toBe(
      `ctr: ${v}: json: cannot unmarshal array into Go value of type specs.Spec\n`,
    );
  });
});
