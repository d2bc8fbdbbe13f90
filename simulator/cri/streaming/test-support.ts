// A CRI container for the streams' tests without the container service: busybox pulled into
// k8s.io and a container made with ctr (its id a CRI-like 64-hex id), the plugin's record for
// it, and its task started through the client as StartContainer does, with the log attached.

import { createSession } from '../../index';
import { connect } from '../../containerd/client/index';
import type { Node } from '../../node';
import { criContext } from '../context';
import { openContainerLog, startLogging } from '../logs/container-logger';

export const BUSYBOX = 'docker.io/library/busybox:latest';

/** A 64-hex id ending in `n`. */
export const idOf = (n: number): string => `${'ab'.repeat(31)}${String(n).padStart(2, '0')}`;

export async function k8sNode(seed = 7) {
  const s = createSession({ seed });
  const pulled = await s.run(`ctr -n k8s.io i pull ${BUSYBOX}`);
  if (pulled.exitCode !== 0) throw new Error(pulled.stderr);
  return s;
}

export interface FakeCriContainer {
  id: string;
  logPath: string;
}

/**
 * Creates container `n` running `args` (ctr c create), its CRI record RUNNING, and starts its
 * task with the log at `logPath` ("" for none).
 */
export async function runCriContainer(
  s: Awaited<ReturnType<typeof k8sNode>>,
  n: number,
  args: string[],
  options: { logPath?: string; tty?: boolean; attempt?: number; name?: string } = {},
): Promise<FakeCriContainer> {
  const id = idOf(n);
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const made = await s.run(`ctr -n k8s.io c create ${options.tty ? '-t ' : ''}${BUSYBOX} ${id} -- ${quoted}`);
  if (made.exitCode !== 0) throw new Error(made.stderr);
  const node: Node = s.node;
  const logPath = options.logPath ?? `/tmp/c${n}.log`;
  const now = { ms: node.nowMs(), subNanos: 0 };
  node.state.cri.containers[id] = {
    id,
    sandboxId: idOf(99),
    config: { metadata: { name: options.name ?? `c${n}`, attempt: options.attempt ?? 0 }, image: { image: 'busybox' }, logPath: 'x' },
    imageName: 'busybox',
    imageRef: 'sha256:x',
    logPath,
    state: 'CONTAINER_RUNNING',
    createdAt: now,
    startedAt: now,
    exitCode: 0,
    reason: '',
    message: '',
  };
  const ctx = criContext(node);
  if (logPath !== '') openContainerLog(ctx, logPath);
  const { process, out } = connect(node).withNamespace('k8s.io').containers.loadContainer(id).newTask({ stdin: '' });
  startLogging(ctx, id, process, logPath, { out, tty: options.tty });
  return { id, logPath };
}
