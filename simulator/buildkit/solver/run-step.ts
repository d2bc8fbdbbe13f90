// A RUN step as the OCI worker's runc executor runs it: the process starts in the step's
// rootfs (the merged parent layers under a writable upper layer) as `buildkitsandbox`, with
// no stdin, the working directory created if missing; its writes become the step's diff.
// The program is the image's own (busybox sh for alpine): the simulator's programs run
// against the overlay exactly as they do in a container.

import type { LayerFile } from '../../oci/blob';
import { HOST_NETNS, httpGet } from '../../host/network/index';
import { execFormatErrorLine, runsNatively } from '../../host/native-architectures';
import type { Node } from '../../node';
import { resolveExecutable, runResolved } from '../../programs/launch';
import type { ProgramContext } from '../../programs/program';
import { findProgram } from '../../programs/registry';
import { MountedFs, type StepMount } from '../dockerfile/mounted-fs';
import { OverlayFs, type StepDiff } from '../fs/overlay-fs';
import { parentOf, type MergedView } from '../fs/rootfs';

export interface RunOutcome {
  /** Exit status; undefined when the process never ends on its own. */
  exitCode?: number;
  /** Why the process could not start (runc's error), if it could not. */
  startError?: string;
  output: Array<{ atMs: number; text: string }>;
  durationMs: number;
  diff: StepDiff;
}

/** What runc needs before the process runs: its start-up time on the node. */
const CONTAINER_START_MS = 120;

function mkdirAll(fs: OverlayFs | MountedFs, path: string, seconds: number): void {
  const missing: string[] = [];
  for (let p = path; p !== '/' && fs.lookup(p) === undefined; p = parentOf(p)) missing.unshift(p);
  for (const p of missing) fs.write(p, { kind: 'dir', mode: 0o755, mtime: seconds } as LayerFile);
}

/**
 * The RUN container's network: the OCI worker's default on a node without its CNI config is
 * the host's (`org.mobyproject.buildkit.worker.network: host`), with buildkitd's own /etc/hosts
 * (localhost and buildkitsandbox). The only HTTP client in the images is busybox wget.
 */
function hostHttp(node: Node): ProgramContext['http'] {
  return (port, path, host = '127.0.0.1') => {
    const outcome = httpGet(node, HOST_NETNS, host, port, path, { userAgent: 'Wget', hostsText: '127.0.0.1\tlocalhost buildkitsandbox\n::1\tlocalhost ip6-localhost ip6-loopback\n' });
    return outcome.kind === 'reply' ? outcome.reply : { failure: outcome.failure };
  };
}

/**
 * RUN --network=none: a namespace with only its loopback, where nothing listens. A name finds
 * no DNS server (busybox: bad address), another address has no route.
 */
const noNetwork: ProgramContext['http'] = (_port, _path, host = '127.0.0.1') => {
  if (host === 'localhost' || host === 'buildkitsandbox' || host.startsWith('127.')) return { failure: 'refused' };
  return { failure: /^\d+\.\d+\.\d+\.\d+$/.test(host) ? 'network-unreachable' : 'bad-address' };
};

export interface RunStepOptions {
  /** RUN --mount mounts over the step's root. */
  mounts?: readonly StepMount[];
  /** RUN --network (host needs the network.host entitlement: dispatch refuses it before). */
  network?: string;
}

export function runStep(node: Node, view: MergedView, argv: readonly string[], env: readonly string[], cwd: string, nowMs: number, architecture = 'amd64', options: RunStepOptions = {}): RunOutcome {
  const root = new OverlayFs(view);
  const fs = options.mounts?.length ? new MountedFs(root, options.mounts, Math.floor(nowMs / 1000)) : root;
  mkdirAll(fs, cwd, Math.floor(nowMs / 1000));
  if (!runsNatively(architecture)) {
    return { exitCode: 1, output: [{ atMs: CONTAINER_START_MS, text: execFormatErrorLine(argv[0] ?? '') }], durationMs: CONTAINER_START_MS + 10, diff: root.diff() };
  }
  let nextPid = 1;
  const ctx: ProgramContext = {
    argv: [...argv],
    env: [...env],
    cwd,
    hostname: 'buildkitsandbox',
    terminal: false,
    stdin: '',
    fs,
    pid: nextPid,
    nextPid: () => ++nextPid,
    processes: () => [{ pid: 1, user: 'root', args: [...argv] }],
    http: options.network === 'none' ? noNetwork : hostHttp(node),
    nowMs: nowMs + CONTAINER_START_MS,
    columns: 80,
    findProgram,
  };
  const resolution = resolveExecutable(ctx, argv[0] ?? '');
  if (resolution.kind !== 'found') {
    const name = argv[0] ?? '';
    const why =
      resolution.kind === 'not-in-path'
        ? `exec: "${name}": executable file not found in $PATH`
        : resolution.kind === 'is-directory'
          ? `exec: "${name}": is a directory`
          : resolution.kind === 'not-executable'
            ? `exec: "${name}": permission denied`
            : `exec: "${name}": stat ${name}: no such file or directory`;
    return { startError: `runc run failed: unable to start container process: ${why}`, output: [], durationMs: CONTAINER_START_MS, diff: root.diff() };
  }
  const run = runResolved(ctx, resolution.program, resolution);
  const output = run.out.map((c) => ({ atMs: CONTAINER_START_MS + (c.atMs ?? 0), text: c.text }));
  if (!run.exit) return { output, durationMs: CONTAINER_START_MS, diff: root.diff() };
  return { exitCode: run.exit.code, output, durationMs: CONTAINER_START_MS + run.exit.afterMs + 30, diff: root.diff() };
}
