// docker image prune --filter as dockerd 20.10.24's ImagesPrune takes it (image_prune.go:
// imagesAcceptedFilters, matchLabels; checked on a real one, oracle 16-image-references.sh):
// label keeps images that have every label, label! drops those that have them, an unknown
// filter is refused; until keeps images created after it (GetTimestamp: a duration or a time).

import { describe, expect, it } from 'vitest';
import { sessionWithBusybox as pulled } from '../containers/test-support';

describe('docker image prune --filter', () => {
  it('label=x keeps an image without it; label!=x prunes it', async () => {
    const run = await pulled();
    expect((await run('docker image prune -a -f --filter label=x')).stdout).toBe('Total reclaimed space: 0B\n');
    const pruned = await run('docker image prune -a -f --filter label!=x');
    expect(pruned.stdout).toMatch(/^Deleted Images:\nuntagged: busybox:latest\nuntagged: busybox@sha256:[0-9a-f]{64}\ndeleted: sha256:[0-9a-f]{64}\n/);
    expect((await run('docker images -q')).stdout).toBe('');
  });

  it('an unknown filter, a bad or a second until: the daemon’s errors', async () => {
    const run = await pulled();
    expect(await run('docker image prune -f --filter nosuch=1')).toEqual({ stdout: '', stderr: "Error response from daemon: Invalid filter 'nosuch'\n", exitCode: 1 });
    expect(await run('docker image prune -f --filter until=bad')).toEqual({ stdout: '', stderr: 'Error response from daemon: failed to parse value as time or duration: "bad"\n', exitCode: 1 });
    expect((await run('docker image prune -a -f --filter until=1h --filter until=2h')).stderr).toBe('Error response from daemon: more than one until filter specified\n');
  });

  it('until: images created after the moment (a duration back from now, or a time) stay', async () => {
    const run = await pulled();
    // busybox's config says 2024-09-26T21:31:42Z.
    expect((await run('docker image prune -a -f --filter until=2024-09-26T00:00:00Z')).stdout).toBe('Total reclaimed space: 0B\n');
    expect((await run('docker image prune -a -f --filter until=24h')).stdout).toMatch(/^Deleted Images:\nuntagged: busybox:latest\n/);
    expect((await run('docker images -q')).stdout).toBe('');
  });
});
