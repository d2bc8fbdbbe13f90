// `nerdctl container inspect` and `nerdctl inspect` (container_inspect.go, inspect.go,
// pkg/inspecttypes/dockercompat@v0.22.2): the dockercompat object in Go field order; without a
// task State and NetworkSettings are null (with inspect's WARN); images found by the top-level
// inspect go to the image inspect; containers win.

import { describe, expect, it } from 'vitest';
import { nerdctlSession } from '../images/test-support';

describe('nerdctl inspect', () => {
  it('a created container: null State and NetworkSettings, the failed-task warning', async () => {
    const run = nerdctlSession();
    const id = (await run('nerdctl create --name made --hostname box alpine true')).out.trim();
    const r = await run('nerdctl container inspect made');
    expect(r.err).toMatch(new RegExp(`level=warning msg="failed to inspect Task" error="no running task found: task ${id} not found: not found" id=${id}\\n$`));
    const [c] = JSON.parse(r.out) as Array<Record<string, unknown>>;
    expect(c).toMatchObject({ Id: id, Path: 'true', Args: null, State: null, Name: 'made', RestartCount: 0, Driver: 'overlayfs', Platform: 'linux', Mounts: null, NetworkSettings: null });
    expect((c?.Config as Record<string, unknown>).Hostname).toBe('box');
    expect(c?.LogPath).toBe(`/var/lib/nerdctl/1935db59/containers/default/${id}/${id}-json.log`);
  });

  it('the top-level inspect takes containers first, then images', async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name alpine alpine sleep 100');
    const asContainer = JSON.parse((await run('nerdctl inspect alpine')).out) as Array<Record<string, unknown>>;
    expect(asContainer[0]?.Name).toBe('alpine');
    const asImage = JSON.parse((await run('nerdctl inspect --type image alpine')).out) as Array<Record<string, unknown>>;
    expect(asImage[0]?.RepoTags).toEqual(['alpine:latest']);
    expect((await run('nerdctl inspect --type volume x')).err).toContain('msg="\\"volume\\" is not a valid value for --type"');
    const both = await run('nerdctl inspect alpine:latest alpine');
    expect(both.out.match(/^\[$/gm)).toHaveLength(2);
  });
});
