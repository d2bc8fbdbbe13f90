// Container and image records as dockerd keeps them, for the client tests of ps, inspect and
// the rest: the three containers made on a private real dockerd 20.10.24 to record what these
// tests expect (`docker run -d --name b1 busybox sleep 3600`, `docker run --name e1 busybox sh
// -c 'exit 3'`, `docker create --name c1 -l com.example.vendor=acme busybox`, busybox from
// `docker import` of busybox-static, 1,984,172 bytes).

import { createSession } from '../../../shell/session';
import type { DockerContainerRecord } from '../../../dockerd/store/container-record';

const NOW = Date.UTC(2026, 11, 5, 4, 18, 10);
export const IMAGE_ID = 'c4593973a1c1d4cbcb062a4ca4baa01706c3f9193d66006f53ed523989e0086b';
export const B1 = '9ebeccbcdd63827f58a26ec77f49e9fc73fa2fef4ab96e0752c66e4388e4fc6a';
export const E1 = '8890fa921071e3c0beb5eae480fcc93187516d7f93c57be1217b1b9d87e7b72f';
const C1 = '734b8d80040d83bda56b78b52f1712826b6a8bd6329267391b72b11ecd5b602e';

const LAYER_DIFF_ID = 'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef';
const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function record(id: string, name: string, created: string, cmd: string[], state: DockerContainerRecord['state'], labels: Record<string, string> = {}): DockerContainerRecord {
  const [path = '', ...args] = cmd;
  return {
    id,
    name,
    image: 'busybox',
    imageId: IMAGE_ID,
    created,
    path,
    args,
    config: { Hostname: id.slice(0, 12), Env: [PATH_ENV], Cmd: cmd, Image: 'busybox', Labels: labels },
    hostConfig: { NetworkMode: 'default' },
    state,
    ipAddress: '',
    restartCount: 0,
  };
}

const RECORDS: DockerContainerRecord[] = [
  record(B1, 'b1', '2026-12-05T04:15:08.500Z', ['sleep', '3600'], { status: 'running', pid: 5571, exitCode: 0, startedAt: '2026-12-05T04:15:09.013Z' }),
  record(E1, 'e1', '2026-12-05T04:15:09.100Z', ['sh', '-c', 'exit 3'], { status: 'exited', pid: 0, exitCode: 3, startedAt: '2026-12-05T04:15:09.300Z', finishedAt: '2026-12-05T04:15:09.400Z' }),
  record(C1, 'c1', '2026-12-05T04:15:09.600Z', ['sh'], { status: 'created', pid: 0, exitCode: 0 }, { 'com.example.vendor': 'acme' }),
];

/** A session whose dockerd has the busybox image and the three containers. */
export function sessionWithContainers(now = NOW) {
  const s = createSession({ seed: 5, now: () => now });
  const dockerd = s.node.state.dockerd;
  dockerd.images[IMAGE_ID] = {
    id: IMAGE_ID,
    config: { architecture: 'amd64', os: 'linux', config: { Env: [PATH_ENV], Cmd: ['sh'] }, rootfs: { type: 'layers', diff_ids: [] } },
    created: '2026-12-05T04:15:06Z',
    size: 1984172,
    diffIds: [LAYER_DIFF_ID],
    repoDigests: [],
  };
  dockerd.layers = { [LAYER_DIFF_ID]: { diffId: LAYER_DIFF_ID, size: 1984172, cacheId: 'cab2cbc924a4cc5a3a9479f493ee97cba2f7764b7d41fe1591e8e156974fd090', files: {} } };
  dockerd.references['docker.io/library/busybox:latest'] = IMAGE_ID;
  for (const r of RECORDS) dockerd.containers[r.id] = structuredClone(r);
  const run = async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
  return { session: s, run };
}

/** A fresh session with busybox pulled; its run gives each line's stdout, stderr and exit code. */
export async function sessionWithBusybox() {
  const s = createSession({ seed: 7, now: () => Date.UTC(2026, 10, 28, 5, 14, 0) });
  await s.run('docker pull busybox >/dev/null');
  return async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
}
