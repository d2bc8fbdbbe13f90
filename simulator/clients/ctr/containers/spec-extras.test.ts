// --with-ns, --rdt-class, --gpus, --device and --uidmap/--gidmap as the real ctr 1.6.20 answered
// them in oracle set F (98-learner-set-f.sh): checks before anything is made, failures while the
// spec is built (after the snapshot), and what `c info --spec` then shows.
import { describe, expect, it } from 'vitest';
import { addTestImage } from '../../../containerd/containers/test-image';
import { makeTestNode } from '../../../containerd/namespaces/test-support';
import { ctr } from '../ctr-test-support';
import { subscribeEvents } from '../../../containerd/events/events';

const BB = 'docker.io/library/busybox:latest';

function setup() {
  const node = makeTestNode();
  addTestImage(node, 'default', BB);
  return node;
}

interface Linux {
  namespaces: Array<{ type: string; path?: string }>;
  intelRdt?: unknown;
}
const linuxOf = async (node: ReturnType<typeof setup>, id: string) =>
  (JSON.parse((await ctr(node, `c info --spec ${id}`)).stdout) as { linux: Linux }).linux;

describe('ctr --with-ns and --rdt-class', () => {
  it('refuses a malformed --with-ns or an unknown namespace type before any container', async () => {
    const node = setup();
    expect((await ctr(node, `run --rm --with-ns bogus ${BB} n1 true`)).stderr).toBe(
      "ctr: joining a Linux namespace using --with-ns requires the format 'nstype:path'\n",
    );
    expect((await ctr(node, `c create --with-ns ipc:/a:b ${BB} n1`)).stderr).toBe(
      "ctr: joining a Linux namespace using --with-ns requires the format 'nstype:path'\n",
    );
    expect((await ctr(node, `run --with-ns nosuch:/proc/1/ns/net ${BB} n1 true`)).stderr).toBe(
      'ctr: the Linux namespace type specified in --with-ns is not valid: nosuch\n',
    );
    expect((await ctr(node, 'c ls -q')).stdout).toBe('');
  });

  it('stores the path in place of the default namespace, or appends it (--net-host dropped network)', async () => {
    const node = setup();
    expect(await ctr(node, `c create --with-ns pid:/proc/1/ns/pid ${BB} n5`)).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect((await linuxOf(node, 'n5')).namespaces[0]).toEqual({ type: 'pid', path: '/proc/1/ns/pid' });
    await ctr(node, `c create --with-ns user:/u --with-ns network:/n --net-host ${BB} n6`);
    expect((await linuxOf(node, 'n6')).namespaces.slice(-2)).toEqual([
      { type: 'user', path: '/u' },
      { type: 'network', path: '/n' },
    ]);
  });

  it('says so for a task that would join a namespace', async () => {
    const node = setup();
    const r = await ctr(node, `run --rm --with-ns network:/proc/1/ns/net ${BB} n1 true`);
    expect(r.stderr).toMatch(/--with-ns.*not simulated here/);
    expect(r.exit).toBe(1);
  });

  // 126-fresh-flag-values.sh: `ctr run --rm --with-ns pid: … true` prints nothing and exits 0.
  it('runs a task whose --with-ns path is empty (a new namespace, as by default), stored without a path', async () => {
    const node = setup();
    expect(await ctr(node, `run --rm --with-ns pid: ${BB} n1 true`)).toEqual({ stdout: '', stderr: '', exit: 0 });
    await ctr(node, `c create --with-ns ipc: ${BB} n2`);
    expect((await linuxOf(node, 'n2')).namespaces.find((n) => n.type === 'ipc')).toEqual({ type: 'ipc' });
  });

  it('puts --rdt-class last in linux as intelRdt.closID, and a task still runs', async () => {
    const node = setup();
    await ctr(node, `c create --rdt-class silver ${BB} r1`);
    const linux = await linuxOf(node, 'r1');
    expect(linux.intelRdt).toEqual({ closID: 'silver' });
    expect(Object.keys(linux).at(-1)).toBe('intelRdt');
    expect(await ctr(node, `run --rm --rdt-class gold ${BB} r2 true`)).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
});

describe('ctr --gpus and --device', () => {
  it('fail while the spec is built: after a bad --mount and a taken snapshot id, gpus before devices', async () => {
    const node = setup();
    const run = (flags: string, id = 'd1') => ctr(node, `run --rm ${flags} ${BB} ${id} true`);
    expect((await run('--gpus 0')).stderr).toBe('ctr: exec: "nvidia-container-cli": executable file not found in $PATH\n');
    expect((await run('--mount garbage --gpus 1 --device /nonexistent', 'd2')).stderr).toBe('ctr: invalid mount specification: expected key=val\n');
    expect((await run('--gpus 1 --device /nonexistent', 'd3')).stderr).toBe('ctr: exec: "nvidia-container-cli": executable file not found in $PATH\n');
    expect((await run('--device /nonexistent', 'd4')).stderr).toBe('ctr: error stating device path: stat /nonexistent: no such file or directory\n');
    await ctr(node, `c create ${BB} taken`);
    expect((await run('--gpus 0', 'taken')).stderr).toBe('ctr: snapshot "taken": already exists\n');
    expect((await ctr(node, 'c ls -q')).stdout).toBe('taken\n');
  });
});

describe('ctr run --uidmap and --gidmap', () => {
  it('parses both only when both are given, in the words of parseIDMapping', async () => {
    const node = setup();
    const run = (flags: string) => ctr(node, `run --rm ${flags} ${BB} u1 true`);
    expect((await run('--gidmap x:1:1 --uidmap 0:1000:65536')).stderr).toBe(
      'ctr: invalid container id for user namespace remapping: strconv.ParseUint: parsing "x": invalid syntax\n',
    );
    expect((await run('--uidmap 0:1000:65536 --gidmap 0:0x10000000000:1')).stderr).toBe(
      'ctr: invalid host id for user namespace remapping: strconv.ParseUint: parsing "0x10000000000": value out of range\n',
    );
    expect((await run('--gidmap 1:2 --uidmap 0:1:x')).stderr).toBe(
      'ctr: invalid size for user namespace remapping: strconv.ParseUint: parsing "x": invalid syntax\n',
    );
    // Two good maps pass ctr's checks; the annotation check after them still fails first.
    expect((await run('--uidmap 0:1000:65536 --gidmap 0:1:1 --annotation bad')).stderr).toBe('ctr: invalid key=value format annotation: bad\n');
    expect((await run('--uidmap 0:1000:65536 --gidmap 0:1000:65536')).stderr).toMatch(/not simulated here/);
  });

  it('only warns about a lone map that does not parse, and runs the task', async () => {
    const node = setup();
    const r = await ctr(node, `run --rm --uidmap 0:1000 ${BB} u2 echo ran`);
    expect(r.stdout).toBe('ran\n');
    expect(r.stderr).toMatch(
      /^time="[^"]+" level=warning msg="unable to parse uidmap; defaulting to uid 0 IO ownership" error="user namespace mappings require the format `container-id:host-id:size`"\n$/,
    );
    expect((await ctr(node, `run --rm --gidmap 0:1:2 ${BB} u3 true`)).stderr).toBe('');
  });
});

describe('spec options at creation', () => {
  it('store the container once: one /containers/create event, no update', async () => {
    const node = setup();
    const topics: string[] = [];
    subscribeEvents(node, (e) => topics.push(e.topic), () => true);
    expect((await ctr(node, `c create --rdt-class gold --with-ns ipc:/proc/1/ns/ipc ${BB} x1`)).exit).toBe(0);
    expect(topics.filter((t) => t.startsWith('/containers/'))).toEqual(['/containers/create']);
    expect((await linuxOf(node, 'x1')).intelRdt).toEqual({ closID: 'gold' });
  });
});
