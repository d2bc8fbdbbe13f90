// docker image prune -a over an image a container uses (moby v20.10.24 image_prune.go): every
// reference goes through ImageDelete(ref, force=false, prune=true) in the reference store's
// lexical order, so all but the last are untagged and the last is refused and passed over; the
// image stays. A real dockerd untagged busybox:latest and kept spare:1 (oracle 54-learner-fresh-i).

import { describe, expect, it } from 'vitest';
import { sessionWithBusybox as pulled } from '../containers/test-support';

describe('docker image prune -a with an image in use', () => {
  it('untags all its references but the last, and keeps the image', async () => {
    const run = await pulled();
    await run('docker rmi busybox@$(docker images --digests --format "{{.Digest}}" busybox) >/dev/null 2>&1');
    await run('docker run -d --name u1 busybox sleep 1000');
    await run('docker tag busybox spare:1');
    const pruned = await run('docker image prune -a -f');
    expect(pruned.stdout).toContain('untagged: busybox:latest\n');
    expect(pruned.stdout).not.toContain('spare:1');
    expect((await run("docker images --format '{{.Repository}}:{{.Tag}}'")).stdout).toBe('spare:1\n');
    expect((await run("docker inspect -f '{{.State.Running}}' u1")).stdout).toBe('true\n');
  });
});

describe('docker image prune -a events', () => {
  it('logs untag per reference and delete per image, as docker rmi does', async () => {
    const run = await pulled();
    await run('docker tag busybox other:1');
    await run('docker image prune -a -f');
    await run('sleep 1');
    expect((await run("docker events --since 1h --until 0s --filter type=image --format '{{.Action}}' | sort | uniq -c")).stdout).toBe(
      '      1 delete\n      1 prune\n      1 pull\n      1 tag\n      3 untag\n',
    );
  });
});
