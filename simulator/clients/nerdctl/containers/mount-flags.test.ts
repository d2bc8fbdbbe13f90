// nerdctl run's --tmpfs and --mount (pkg/mountutil@v0.22.2, moby/sys/mount v0.3.3): the spec
// mounts they make (`ctr c info --spec`), what the container sees, inspect's Mounts, and the
// parsers' refusals as logrus fatal lines.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';
import { mergeTmpfsOptions } from './mount-flags';

const NOW = Date.UTC(2026, 11, 6, 1, 30, 0);
const session = () => createSession({ seed: 14, now: () => NOW });
type Mount = { destination: string; type: string; source: string; options?: string[] };
type Spec = { mounts: Mount[]; linux: { rootfsPropagation?: string } };
async function run(s: ReturnType<typeof session>, flags: string): Promise<{ spec: Spec; stderr: string }> {
  const r = await s.run(`nerdctl run -d --name m1 ${flags} busybox sleep 3600`);
  expect(r.exitCode, r.stderr).toBe(0);
  const id = (await s.run("nerdctl inspect -f '{{.Id}}' m1")).stdout.trim();
  return { spec: JSON.parse((await s.run(`ctr c info --spec ${id}`)).stdout) as Spec, stderr: r.stderr };
}
/** The fatal line's end: the mounts are parsed after the image is pulled, so the clock has moved. */
const fatal = (why: string) => `level=fatal msg="${why.replaceAll('"', '\\"')}"\n`;
const at = (spec: Spec, dst: string) => spec.mounts.filter((m) => m.destination === dst);

describe('mergeTmpfsOptions', () => {
  it('keeps the last of each flag and data key, in their order', () => {
    expect(mergeTmpfsOptions(['noexec', 'nosuid', 'nodev', 'exec', 'size=1m', 'size=2m', 'rshared', 'private'])).toEqual(['nosuid', 'nodev', 'exec', 'size=2m', 'private']);
    expect(mergeTmpfsOptions(['defaults', 'ro', 'rw', 'mode=700'])).toEqual(['rw', 'mode=700']);
  });
  it("refuses an option that is neither a flag nor a tmpfs data key, as Go's %q of the split", () => {
    expect(() => mergeTmpfsOptions(['foo'])).toThrow('invalid tmpfs option ["foo"]');
    expect(() => mergeTmpfsOptions(['a=b'])).toThrow('invalid tmpfs option ["a" "b"]');
  });
});

describe('nerdctl run --tmpfs', () => {
  it('mounts a tmpfs with noexec,nosuid,nodev and the given options merged', async () => {
    const s = session();
    const { spec } = await run(s, '--tmpfs /scratch --tmpfs /dev/shm:size=64m,exec');
    expect(at(spec, '/scratch')).toEqual([{ destination: '/scratch', type: 'tmpfs', source: 'tmpfs', options: ['noexec', 'nosuid', 'nodev'] }]);
    // The user's /dev/shm replaces the default one (withMounts).
    expect(at(spec, '/dev/shm')).toEqual([{ destination: '/dev/shm', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'nodev', 'size=64m', 'exec'] }]);
    expect((await s.run("nerdctl exec m1 sh -c 'echo hi > /scratch/f && cat /scratch/f'")).stdout).toBe('hi\n');
    // A tmpfs root: mode 1777, two links, 40 bytes.
    expect((await s.run('nerdctl exec m1 ls -ld /scratch')).stdout).toMatch(/^drwxrwxrwt {4}2 root {5}root {12}40 /);
    const mounts = JSON.parse((await s.run("nerdctl inspect -f '{{json .Mounts}}' m1")).stdout) as unknown[];
    expect(mounts).toEqual([
      { Type: 'tmpfs', Source: 'tmpfs', Destination: '/scratch', Mode: 'noexec,nosuid,nodev', RW: true, Propagation: '' },
      { Type: 'tmpfs', Source: 'tmpfs', Destination: '/dev/shm', Mode: 'nosuid,nodev,size=64m,exec', RW: true, Propagation: '' },
    ]);
  });

  it('keeps a user /run though the default /run tmpfs is dropped', async () => {
    const { spec } = await run(session(), '--tmpfs /run');
    expect(at(spec, '/run')).toEqual([{ destination: '/run', type: 'tmpfs', source: 'tmpfs', options: ['noexec', 'nosuid', 'nodev'] }]);
  });

  it('refuses a bad option', async () => {
    const s = session();
    expect((await s.run('nerdctl run --tmpfs /x:foo busybox true')).stderr.endsWith(fatal('invalid tmpfs option ["foo"]'))).toBe(true);
  });
});

describe('nerdctl run --mount', () => {
  it('binds a host directory read-only with its propagation, and a tmpfs with mode and size', async () => {
    const s = session();
    await s.run('mkdir -p /srv/data && echo host > /srv/data/f');
    const { spec } = await run(s, '--mount type=bind,src=/srv/data,dst=/data,readonly --mount type=tmpfs,destination=/t,tmpfs-mode=1770,tmpfs-size=1MB');
    expect(at(spec, '/data')).toEqual([{ destination: '/data', type: 'bind', source: '/srv/data', options: ['rbind', 'ro', 'rprivate'] }]);
    expect(at(spec, '/t')).toEqual([{ destination: '/t', type: 'tmpfs', source: 'tmpfs', options: ['noexec', 'nosuid', 'nodev', 'mode=1770', 'size=1m'] }]);
    expect((await s.run('nerdctl exec m1 cat /data/f')).stdout).toBe('host\n');
    expect((await s.run('nerdctl exec m1 ls -ld /t')).stdout).toMatch(/^drwxrwx--T /);
    expect((await s.run('nerdctl exec m1 touch /data/g')).stderr).toContain('touch: /data/g: Read-only file system\n');
    const mounts = JSON.parse((await s.run("nerdctl inspect -f '{{json .Mounts}}' m1")).stdout) as unknown[];
    expect(mounts[0]).toEqual({ Type: 'bind', Source: '/srv/data', Destination: '/data', Mode: 'ro,rbind', RW: false, Propagation: '' });
  });

  it('makes a named volume by default, and a shared bind makes the rootfs shared', async () => {
    const s = session();
    const { spec } = await run(s, '--mount src=vol1,target=/v --mount type=bind,source=/tmp,target=/s,bind-propagation=rshared,bind-nonrecursive');
    expect(at(spec, '/v')[0]).toMatchObject({ type: 'none', options: ['rbind'] });
    expect(at(spec, '/v')[0]?.source).toMatch(/\/volumes\/default\/vol1\/_data$/);
    expect(at(spec, '/s')).toEqual([{ destination: '/s', type: 'bind', source: '/tmp', options: ['bind', 'rshared'] }]);
    expect(spec.linux.rootfsPropagation).toBe('shared');
    expect((await s.run("nerdctl volume ls -q")).stdout).toBe('vol1\n');
  });

  it("refuses what mountutil refuses, in nerdctl's words", async () => {
    const s = session();
    await s.run('nerdctl pull -q busybox');
    const err = async (flag: string) => (await s.run(`nerdctl run --mount ${flag} busybox true`)).stderr.replace(/^time="[^"]*" /, '');
    expect(await err('type=foo,dst=/x')).toBe(fatal("invalid mount type 'foo' must be a volume/bind/tmpfs"));
    expect(await err('type=bind,src=/srv,dst=/x,bogus')).toBe(fatal("invalid field 'bogus' must be a key=value pair"));
    expect(await err('type=bind,src=/srv,dst=/x,color=red')).toBe(fatal("unexpected key 'color' in 'color=red'"));
    expect(await err('type=bind,src=/srv,dst=/x,readonly=maybe')).toBe(fatal('invalid value for readonly: maybe'));
    expect(await err('type=tmpfs,dst=/x,tmpfs-mode=9')).toBe(fatal('invalid value for tmpfs-mode: 9'));
    expect(await err('type=tmpfs,dst=/x,tmpfs-size=lots')).toBe(fatal('invalid value for tmpfs-size: lots'));
    expect(await err('type=volume,src=v,dst=/x,bind-propagation=shared')).toBe(fatal('volume propagation option is only supported for bind mount: [shared]'));
    expect(await err('type=bind,src=/srv,dst=x')).toBe(fatal('expected an absolute path, got "x"'));
  });
});
