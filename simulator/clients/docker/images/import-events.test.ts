// docker import with a repository (moby v20.10.24 daemon/images/image_import.go ImportImage):
// TagImageWithReference logs `tag` (the familiar name) before the `import` event, as a real
// dockerd printed for `docker import … imp:1`.

import { describe, expect, it } from 'vitest';
import { sessionWithBusybox as pulled } from '../containers/test-support';

describe('docker import events', () => {
  it('logs tag then import for a named import, import alone without a name', async () => {
    const run = await pulled();
    await run('docker save busybox -o /tmp/bb.tar');
    const id = (await run("docker import -c 'CMD [\"sh\"]' /tmp/bb.tar imp:1")).stdout.trim();
    const anon = (await run('docker import /tmp/bb.tar')).stdout.trim();
    await run('sleep 1');
    expect((await run("docker events --since 1h --until 0s --filter event=tag --filter event=import --format '{{.Action}} {{.Actor.ID}} {{.Actor.Attributes.name}}'")).stdout).toBe(
      `tag ${id} imp:1\nimport ${id} ${id}\nimport ${anon} ${anon}\n`,
    );
  });
});
