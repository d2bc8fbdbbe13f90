// docker rmi of an image containers use (moby 20.10 daemon/images/image_delete.go; the outputs
// as a real dockerd 20.10.24 printed them, tests/oracle/docker/scripts/16-image-references.sh):
// -f deletes the image but its containers keep their layers, and run on them; the last one
// removed takes the layers along. A node saved with such retained layers loads again.

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';
import { DockerdStateSchema } from '../../../dockerd/store/schema';

const NOW = Date.UTC(2026, 10, 28, 5, 14, 0);

function session() {
  const s = createSession({ seed: 7, now: () => NOW });
  const run = async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
  return { s, run };
}

describe('docker rmi of an image a container uses', () => {
  it('-f by name: untagged and deleted, no layer lines; the container runs on; rm takes the layers', async () => {
    const { s, run } = session();
    await run('docker pull busybox >/dev/null');
    const id = (await run("docker image inspect --format '{{.Id}}' busybox")).stdout.trim();
    await run('docker create --network none --name c1 busybox echo hi >/dev/null');
    expect((await run('docker rmi busybox')).stderr).toMatch(/^Error response from daemon: conflict: unable to remove repository reference "busybox" \(must force\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12}\n$/);
    const digest = (await run("docker images --format '{{.Digest}}' busybox")).stdout.trim();
    expect(await run('docker rmi -f busybox')).toEqual({ stdout: `Untagged: busybox:latest\nUntagged: busybox@${digest}\nDeleted: ${id}\n`, stderr: '', exitCode: 0 });
    expect((await run('docker images -aq')).stdout).toBe('');
    expect((await run("docker ps -a --format '{{.Image}}'")).stdout).toBe(`${id.slice(7, 19)}\n`);
    const layers = (await run('ls /var/lib/docker/overlay2 | wc -l')).stdout;
    expect(await run('docker start -a c1')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    expect((await run('docker image prune -a -f')).stdout).toBe('Total reclaimed space: 0B\n');
    expect(Object.keys(s.node.state.dockerd.retainedLayers ?? {})).toEqual([id.slice(7)]);
    await run('docker rm c1');
    expect(s.node.state.dockerd.retainedLayers).toEqual({});
    expect(Number((await run('ls /var/lib/docker/overlay2 | wc -l')).stdout)).toBeLessThan(Number(layers));
    expect(s.node.state.dockerd.layers).toEqual({});
  });

  it('by id: a stopped container needs -f, several repositories need -f first; a running one cannot be forced', async () => {
    const { run } = session();
    await run('docker pull busybox >/dev/null; docker tag busybox bb:1');
    const short = (await run('docker images -q busybox')).stdout.trim();
    await run('docker create --network none --name c1 busybox sleep 60 >/dev/null');
    expect((await run(`docker rmi ${short}`)).stderr).toBe(`Error response from daemon: conflict: unable to delete ${short} (must be forced) - image is referenced in multiple repositories\n`);
    await run('docker rmi bb:1');
    expect((await run(`docker rmi ${short}`)).stderr).toMatch(new RegExp(`^Error response from daemon: conflict: unable to delete ${short} \\(must be forced\\) - image is being used by stopped container [0-9a-f]{12}\\n$`));
    await run('docker start c1');
    expect((await run(`docker rmi -f ${short}`)).stderr).toMatch(new RegExp(`^Error response from daemon: conflict: unable to delete ${short} \\(cannot be forced\\) - image is being used by running container [0-9a-f]{12}\\n$`));
    // -f of the last tag with a running container: untagged only, the image stays dangling.
    expect((await run('docker rmi -f busybox')).stdout).toMatch(/^Untagged: busybox:latest\nUntagged: busybox@sha256:[0-9a-f]{64}\n$/);
    expect((await run("docker images -a --format '{{.Repository}} {{.ID}}'")).stdout).toBe(`<none> ${short}\n`);
    await run('docker rm -f c1');
  });

  it('retained layers are optional saved state: a save with them, and one from before, pass the schema', () => {
    const base = { images: {}, references: {}, containers: {} };
    expect(v.safeParse(DockerdStateSchema, base).success).toBe(true);
    expect(v.safeParse(DockerdStateSchema, { ...base, retainedLayers: { ['a'.repeat(64)]: [`sha256:${'b'.repeat(64)}`] } }).success).toBe(true);
    expect(v.safeParse(DockerdStateSchema, { ...base, retainedLayers: { x: ['y'] } }).success).toBe(false);
  });
});
