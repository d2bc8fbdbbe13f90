import { describe, expect, it } from 'vitest';
import { addTestImage } from '../../../containerd/containers/test-image';
import { makeTestNode } from '../../../containerd/namespaces/test-support';
import { ctr } from '../ctr-test-support';
import { writeFile } from '../../../containerd/snapshots/files';

const BB = 'docker.io/library/busybox:latest';

function setup() {
  const node = makeTestNode();
  addTestImage(node, 'default', BB, { labels: { a: '1', b: '2' } });
  return node;
}

describe('ctr containers', () => {
  it('reads a --seccomp-profile file only while building the spec, after the snapshot took its id', async () => {
    const node = setup();
    const idOfNextSnapshot = async (key: string) => {
      await ctr(node, `snapshots prepare ${key}`);
      return /default\/(\d+)\//.exec((await ctr(node, `snapshots view v-${key} ${key}`)).stderr)?.[1];
    };
    await ctr(node, `containers create ${BB} unpacked`);
    const before = Number(await idOfNextSnapshot('p1'));
    const failed = await ctr(node, `run --rm --seccomp --seccomp-profile /nonexistent.json ${BB} s1 true`);
    expect(failed.stderr).toBe('ctr: cannot load seccomp profile "/nonexistent.json": open /nonexistent.json: no such file or directory\n');
    // p1, the refused view on it (a real node spends an id on it too), s1's snapshot (removed
    // again), then p2.
    expect(Number(await idOfNextSnapshot('p2'))).toBe(before + 3);
    expect((await ctr(node, 'snapshots ls')).stdout).not.toContain('s1');
  });

  it('create errors as ctr 1.6 words them', async () => {
    const node = setup();
    expect(await ctr(node, `containers create ${BB} c1`)).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect((await ctr(node, `containers create ${BB} c1`)).stderr).toBe('ctr: snapshot "c1": already exists\n');
    expect((await ctr(node, 'containers create docker.io/library/missing:latest c2')).stderr).toBe(
      'ctr: image "docker.io/library/missing:latest": not found\n',
    );
    expect((await ctr(node, `containers create ${BB}`)).stderr).toBe('ctr: container id must be provided: invalid argument\n');
    expect((await ctr(node, 'containers create')).stderr).toBe('ctr: image ref must be provided: invalid argument\n');
  });

  it('lists with padding, -q and filters', async () => {
    const node = setup();
    await ctr(node, `c create --label team=web ${BB} web1`);
    await ctr(node, `c create ${BB} c1`);
    expect((await ctr(node, 'containers ls')).stdout).toBe(
      'CONTAINER    IMAGE                               RUNTIME                  \n' +
        'c1           docker.io/library/busybox:latest    io.containerd.runc.v2    \n' +
        'web1         docker.io/library/busybox:latest    io.containerd.runc.v2    \n',
    );
    expect((await ctr(node, 'c ls -q')).stdout).toBe('c1\nweb1\n');
    expect((await ctr(node, 'c ls labels.team==web -q')).stdout).toBe('web1\n');
  });

  it('labels in the recorded order and refuses an empty label set', async () => {
    const node = setup();
    await ctr(node, `c create ${BB} c1`);
    expect((await ctr(node, 'containers label c1 a=b')).stdout).toBe('io.containerd.image.config.stop-signal=SIGTERM,b=2,a=b\n');
    expect((await ctr(node, 'containers label c1')).stderr).toBe('ctr: container.Snapshotter field is immutable: invalid argument\n');
  });

  it('info prints Go JSON with HTML escaping and --spec only the spec', async () => {
    const node = setup();
    await ctr(node, `c create ${BB} c1 -- sh -c "echo <a&b>"`);
    const info = (await ctr(node, 'c info c1')).stdout;
    expect(info).toContain('"echo \\u003ca\\u0026b\\u003e"');
    expect(info).toMatch(/^\{\n {4}"ID": "c1",\n {4}"Labels": \{\n {8}"a": "1",/);
    expect(info).toContain('    "Extensions": null,\n    "Spec": {\n        "ociVersion": "1.0.2-dev",');
    expect((await ctr(node, 'c info --spec c1')).stdout.startsWith('{\n    "ociVersion": "1.0.2-dev",\n')).toBe(true);
    expect((await ctr(node, 'c info')).stderr).toBe('ctr: container id must be provided: invalid argument\n');
  });

  it('rm logs each failure and removes the snapshot', async () => {
    const node = setup();
    await ctr(node, `c create ${BB} c3`);
    expect(await ctr(node, 'c rm c3')).toEqual({ stdout: '', stderr: '', exit: 0 });
    const again = await ctr(node, 'c rm c3');
    expect(again.stderr).toMatch(
      /^time="[^"]+" level=error msg="failed to delete container \\"c3\\"" error="container \\"c3\\" in namespace \\"default\\": not found"\nctr: container "c3" in namespace "default": not found\n$/,
    );
    expect((await ctr(node, 'c rm')).stderr).toBe('ctr: must specify at least one container to delete: invalid argument\n');
    expect((await ctr(node, 'snapshots ls')).stdout).not.toMatch(/^c3 /m);
  });

  it('checkpoints into an image; task checkpoints and restores fail as on the node', async () => {
    const node = setup();
    await ctr(node, `c create ${BB} c1`);
    expect(await ctr(node, 'c checkpoint c1 ckpt1')).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect((await ctr(node, 'images ls -q')).stdout).toContain('ckpt1\n');
    expect((await ctr(node, 'c checkpoint --task c1 ckpt2')).stderr).toBe('ctr: task c1 not found: not found\n');
    expect((await ctr(node, 'c checkpoint missing ckpt3')).stderr).toBe('ctr: container "missing" in namespace "default": not found\n');
    await ctr(node, 'run -d docker.io/library/busybox:latest r1 sleep 100');
    expect((await ctr(node, 't checkpoint r1')).stderr).toBe(
      'ctr: runc did not terminate successfully: exit status 1: criu failed: type DUMP errno 0 path= /run/containerd/io.containerd.runtime.v2.task/default/r1/criu-dump.log: unknown\n',
    );
    expect((await ctr(node, 'c restore c1 ckpt1')).stderr).toBe('ctr: snapshot "c1": already exists\n');
    await ctr(node, 'c rm c1');
    expect((await ctr(node, 'c restore c1 ckpt1')).stderr).toBe('ctr: media type not found\n');
  });

  it('restore resolves a missing checkpoint with the reference parser, wrapped as ctr wraps it', async () => {
    const node = setup();
    expect((await ctr(node, 'c restore c9 ckpt1:v1')).stderr).toBe(
      'ctr: failed to resolve reference "ckpt1:v1": parse "dummy://ckpt1:v1": invalid port ":v1" after host\n',
    );
    expect((await ctr(node, 'c restore c9 ckpt1')).stderr).toBe('ctr: failed to resolve reference "ckpt1": object required\n');
  });

  it('checkpoint pauses the task first: a paused or stopped task fails as runc words it', async () => {
    const node = setup();
    await ctr(node, 'run -d docker.io/library/busybox:latest r1 sleep 100');
    await ctr(node, 't pause r1');
    expect((await ctr(node, 'c checkpoint --task r1 k1')).stderr).toBe('ctr: cannot pause a paused container: unknown\n');
    await ctr(node, 't resume r1');
    expect(await ctr(node, 'c checkpoint r1 k2')).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect((await ctr(node, 't ls')).stdout).toMatch(/^r1 +\d+ +RUNNING\n/m);
    await ctr(node, 't kill -s 9 r1');
    expect((await ctr(node, 'c checkpoint --rw r1 k3')).stderr).toBe('ctr: cannot pause a stopped container: unknown\n');
  });

  it('checkpoint --rw stores the container\'s diff as a real gzip layer', async () => {
    const node = setup();
    await ctr(node, 'run -d docker.io/library/busybox:latest r1 sleep 100');
    // What a process in the container wrote: a file in the container's upper dir.
    writeFile(node, 'default', 'overlayfs', 'r1', '/x', { kind: 'file', content: 'hi\n', mode: 0o644 });
    expect(await ctr(node, 'c checkpoint --rw r1 k1')).toEqual({ stdout: '', stderr: '', exit: 0 });
    const index = JSON.parse((await ctr(node, `content get ${(await ctr(node, 'i ls')).stdout.match(/^k1 +\S+ +(\S+)/m)?.[1] ?? ''}`)).stdout) as {
      manifests: Array<{ digest: string; mediaType: string }>;
    };
    const layer = index.manifests.find((m) => m.mediaType === 'application/vnd.oci.image.layer.v1.tar+gzip');
    expect(layer).toBeDefined();
    const got = await ctr(node, `content get ${layer?.digest ?? ''}`);
    expect(got.exit).toBe(0);
    const bytes = Uint8Array.from(got.stdout, (ch) => ch.charCodeAt(0));
    const { gunzipSync } = await import('fflate');
    const tar = new TextDecoder('latin1').decode(gunzipSync(bytes));
    expect(tar).toContain('x\0');
    expect(tar).toContain('hi\n');
    expect((await ctr(node, 'content ls')).stdout).toContain(`${layer?.digest ?? ''}\t`);
  });
});
