// `crictl imagefsinfo` against cmd/crictl/image.go:439-496 of cri-tools v1.26.0 and containerd
// 1.6.20's imagefs_info.go (the overlayfs directory, the usage of k8s.io's snapshots).

import { describe, expect, it } from 'vitest';
import { imagesSession } from './test-support';

const MOUNTPOINT = '/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs';

describe('crictl imagefsinfo', () => {
  it('json by default: {"status": FilesystemUsage} with the fields in .proto order', async () => {
    const run = await imagesSession();
    const { out } = await run('crictl imagefsinfo');
    expect(out).toMatch(
      new RegExp(`^\\{\\n  "status": \\{\\n    "timestamp": "\\d{19}",\\n    "fsId": \\{\\n      "mountpoint": "${MOUNTPOINT}"\\n    \\},\\n    "usedBytes": \\{\\n      "value": "0"\\n    \\},\\n    "inodesUsed": \\{\\n      "value": "0"\\n    \\}\\n  \\}\\n\\}\\n$`),
    );
  });

  it('grows with the snapshots a pull unpacks; -o table prints the wrapper as %s does', async () => {
    const run = await imagesSession();
    await run('crictl pull registry.k8s.io/pause:3.6');
    const table = (await run('crictl imagefsinfo -o table')).out;
    expect(table).toMatch(new RegExp(`^TimeStamp: \\d{19}\\nUsedBytes: &UInt64Value\\{Value:[1-9]\\d*,\\}\\nMountpoint: ${MOUNTPOINT}\\n$`));
  });

  it('-o yaml sorts the keys; an unknown format is refused', async () => {
    const run = await imagesSession();
    expect((await run('crictl imagefsinfo -o yaml')).out).toMatch(
      new RegExp(`^status:\\n  fsId:\\n    mountpoint: ${MOUNTPOINT}\\n  inodesUsed:\\n    value: "0"\\n  timestamp: "\\d{19}"\\n  usedBytes:\\n    value: "0"\\n\\n$`),
    );
    expect((await run('crictl imagefsinfo -o xml')).err).toContain('msg="output option cannot be xml"');
  });
});
