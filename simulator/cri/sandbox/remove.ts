// RemovePodSandbox as containerd 1.6.20 does it (pkg/cri/server/sandbox_remove.go): an unknown
// id is success; a ready sandbox is forcibly stopped first (no error, unlike crictl's own
// check), every container of the pod is removed, then the pause container with its snapshot,
// then the record, which frees the name.

import { ContainerdError, isNotFound, wrapf } from '../../errdefs/errdefs';
import type { CriCall } from '../api/services';
import type { CriContext } from '../context';
import { removeContainersOfSandbox } from '../container/of-sandbox';
import { removeSandboxFiles } from './sandbox-files';
import { getSandbox, sandboxRecords } from './sandbox-store';
import { stopPodSandbox } from './stop';

export async function removePodSandbox(ctx: CriContext, idOrPrefix: string, call?: CriCall): Promise<void> {
  let record;
  try {
    record = getSandbox(ctx, idOrPrefix);
  } catch (err) {
    if (isNotFound(err)) return;
    throw wrapf(err, `an error occurred when try to find sandbox ${JSON.stringify(idOrPrefix)}`);
  }
  const id = record.id;
  try {
    await stopPodSandbox(ctx, record, call);
  } catch (err) {
    throw wrapf(err, `failed to forcibly stop sandbox ${JSON.stringify(id)}`);
  }
  await removeContainersOfSandbox(ctx, id, call);
  removeSandboxFiles(ctx, id);
  try {
    ctx.k8s.containers.loadContainer(id).delete({ snapshotCleanup: true });
  } catch (err) {
    if (!(err instanceof ContainerdError)) throw err;
    if (!isNotFound(err)) throw wrapf(err, `failed to delete sandbox container ${JSON.stringify(id)}`);
  }
  delete sandboxRecords(ctx)[id];
}
