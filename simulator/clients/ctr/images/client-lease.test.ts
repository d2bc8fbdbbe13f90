// What the Go client's temporary lease leaves behind (containerd 1.6.20 client.WithLease, held by
// client.Import, NewContainer, image.Unpack, converter.Convert and ctr's own pull, tag and
// snapshots diff): its deletion marks the store dirty, so the collector takes a view nothing
// holds a moment later, also after a call that failed; and the lease makes its namespace. As
// oracle 100-learner-fresh-client-leases.sh answered on a real node; plus images.WalkNotEmpty's
// refusal of an import whose platform filter keeps nothing (generated set 6110).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const BB = 'docker.io/library/busybox:latest';

async function session() {
  const s = createSession({ seed: 23, now: () => Date.UTC(2026, 11, 6, 10, 0, 0) });
  await s.run(`ctr i pull ${BB}`);
  await s.run('sleep 1');
  return s;
}

/** Whether view `key`, made before `line`, is still there a second after it. */
async function viewSurvives(line: string): Promise<boolean> {
  const s = await session();
  await s.run('ctr snapshots view v1');
  await s.run(line);
  await s.run('sleep 1');
  return (await s.run('ctr snapshots ls')).stdout.includes('v1 ');
}

describe("ctr calls under the client's temporary lease", () => {
  it('collect an unheld view after a pull, a container create, a tag, a convert and a diff, failed or not', async () => {
    expect(await viewSurvives(`ctr i pull ${BB}`)).toBe(false);
    expect(await viewSurvives(`ctr c create ${BB} c1 true`)).toBe(false);
    expect(await viewSurvives('ctr i tag docker.io/library/missing:1 x:1')).toBe(false);
    expect(await viewSurvives('ctr i convert --oci docker.io/library/missing:1 y:1')).toBe(false);
    expect(await viewSurvives('ctr snapshots diff v1')).toBe(false);
  });

  it('leave the view where nothing was deleted: a lease made by hand, a create refused before NewContainer', async () => {
    expect(await viewSurvives('ctr leases create --id keep')).toBe(true);
    expect(await viewSurvives('ctr c create docker.io/library/missing:1 c2 true')).toBe(true);
    expect(await viewSurvives('ctr c create --cap-add NET_ADMIN docker.io/library/busybox:latest c3 true')).toBe(true);
  });

  it('make the namespace of a call that then fails, unless it failed before the lease', async () => {
    const s = await session();
    expect((await s.run('ctr -n fresh1 i tag nothing:1 other:1')).stderr).toBe('ctr: image "nothing:1": not found\n');
    await s.run('ctr -n fresh3 c create nothing:1 c9');
    expect((await s.run('ctr ns ls -q')).stdout).toBe('default\nfresh1\n');
  });

  it('snapshots diff mounts a view through a view on it, which a view cannot parent', async () => {
    const s = await session();
    await s.run('ctr snapshots view v6');
    const r = await s.run('ctr snapshots diff v6');
    expect(r.stderr).toMatch(/^ctr: failed to create snapshot: parent "default\/\d+\/v6" is not committed snapshot: invalid argument\n$/);
    expect((await s.run('ctr snapshots ls')).stdout).not.toContain('-view-');
  });
});

describe('ctr images import with a platform no manifest has', () => {
  it('fails as images.WalkNotEmpty does, names no image, and still marks the store dirty', async () => {
    const s = await session();
    await s.run(`docker pull -q ${BB}`);
    expect((await s.run(`docker save -o /tmp/bb.tar ${BB}`)).exitCode).toBe(0);
    await s.run('sleep 1');
    await s.run('ctr -n imp snapshots view v1');
    const r = await s.run('ctr -n imp i import --platform linux/arm64/v8 /tmp/bb.tar');
    expect(r).toEqual({ stdout: '', stderr: 'ctr: image might be filtered out\n', exitCode: 1 });
    expect((await s.run('ctr -n imp i ls -q')).stdout).toBe('');
    await s.run('sleep 1');
    expect((await s.run('ctr -n imp snapshots ls')).stdout).not.toContain('v1 ');
    expect((await s.run('ctr -n imp i import --platform linux/amd64 /tmp/bb.tar')).stdout).toMatch(/^unpacking docker\.io\/library\/busybox:latest /);
  });
});

describe('a ctr command takes its time', () => {
  it('so the collection due after a deletion runs a few commands later without a sleep', async () => {
    const s = await session();
    await s.run('ctr snapshots view v1');
    await s.run('ctr i tag docker.io/library/missing:1 x:1');
    const seen: boolean[] = [];
    for (let i = 0; i < 5; i++) seen.push((await s.run('ctr snapshots ls')).stdout.includes('v1 '));
    expect(seen[0]).toBe(true);
    expect(seen[4]).toBe(false);
  });
});
