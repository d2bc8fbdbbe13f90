// buildkitd on node1: the `buildkit` systemd unit (nerdctl-full's buildkit.service, ExecStart
// /usr/local/bin/buildkitd), listening on /run/buildkit/buildkitd.sock, with the two workers a
// node with runc and containerd gets (cmd/buildkitd/main.go@v0.10.4 newWorkerController): the
// OCI worker (runc, its own content store and overlayfs snapshots under
// /var/lib/buildkit/runc-overlayfs) first and therefore the default, and the containerd worker
// (namespace "buildkit") second. Each keeps its ID in a `workerid` file, written once.

import type { Node } from '../node';
import { isActive } from '../host/systemd';
import * as vfs from '../host/vfs';
import { randomInt } from '../host/random';
import type { Platform } from '../oci/descriptor';

export const BUILDKIT_UNIT = 'buildkit';
export const BUILDKITD_SOCKET = '/run/buildkit/buildkitd.sock';
export const BUILDKIT_VERSION = 'v0.10.4';
/** The release's commit (`buildctl --version`). */
export const BUILDKIT_REVISION = 'a2ba2d8a4c1b4fa4a97ce60c1d7c6bc4a1ddc2df';
const BUILDKIT_ROOT = '/var/lib/buildkit';

interface GcRule {
  all: boolean;
  filter?: string[];
  keepDurationNs?: number;
  keepBytes: number;
}

export interface WorkerInfo {
  id: string;
  labels: Record<string, string>;
  platforms: Platform[];
  gcPolicy: GcRule[];
}

/** Whether buildkitd answers on its socket. */
export function buildkitdRunning(node: Node): boolean {
  return isActive(node, BUILDKIT_UNIT);
}

function workerId(node: Node, dir: string): string {
  const path = `${BUILDKIT_ROOT}/${dir}/workerid`;
  const files = node.state.host.files;
  if (vfs.exists(files, path)) return vfs.readFile(files, path);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let id = '';
  for (let i = 0; i < 25; i++) id += alphabet[randomInt(node.state.random, 0, alphabet.length - 1)];
  vfs.writeFile(files, path, id, { parents: true, mode: 0o644, mtimeMs: node.nowMs() });
  return id;
}

/** Creates the workers' state directories and ids, as buildkitd's start does. */
export function initWorkers(node: Node): void {
  workerId(node, 'runc-overlayfs');
  workerId(node, 'containerd-overlayfs');
}

const PLATFORMS: Platform[] = [
  { architecture: 'amd64', os: 'linux' },
  { architecture: 'amd64', os: 'linux', variant: 'v2' },
  { architecture: 'amd64', os: 'linux', variant: 'v3' },
  { architecture: '386', os: 'linux' },
];

/** 10% of the node's 50 GB disk, buildkitd's default keep-storage. */
const KEEP_BYTES = 5_000_000_000;

const GC_POLICY: GcRule[] = [
  { all: false, filter: ['type==source.local', 'type==exec.cachemount', 'type==source.git.checkout'], keepDurationNs: 48 * 3600e9, keepBytes: 512_000_000 },
  { all: false, keepDurationNs: 1440 * 3600e9, keepBytes: KEEP_BYTES },
  { all: false, keepBytes: KEEP_BYTES },
  { all: true, keepBytes: KEEP_BYTES },
];

/** ListWorkers: the OCI worker first (the default), then the containerd worker. */
export function listWorkers(node: Node, containerdUuid: string | undefined): WorkerInfo[] {
  const common = {
    'org.mobyproject.buildkit.worker.hostname': 'node1',
    'org.mobyproject.buildkit.worker.network': 'host',
    'org.mobyproject.buildkit.worker.selinux.enabled': 'false',
    'org.mobyproject.buildkit.worker.snapshotter': 'overlayfs',
  };
  const workers: WorkerInfo[] = [
    {
      id: workerId(node, 'runc-overlayfs'),
      labels: { ...common, 'org.mobyproject.buildkit.worker.executor': 'oci', 'org.mobyproject.buildkit.worker.oci.process-mode': 'sandbox' },
      platforms: PLATFORMS,
      gcPolicy: GC_POLICY,
    },
  ];
  if (containerdUuid !== undefined) {
    workers.push({
      id: workerId(node, 'containerd-overlayfs'),
      labels: {
        ...common,
        'org.mobyproject.buildkit.worker.containerd.namespace': 'buildkit',
        'org.mobyproject.buildkit.worker.containerd.uuid': containerdUuid,
        'org.mobyproject.buildkit.worker.executor': 'containerd',
      },
      platforms: PLATFORMS,
      gcPolicy: GC_POLICY,
    });
  }
  return workers;
}
