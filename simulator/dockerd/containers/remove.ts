// DELETE /containers/{id} (moby 20.10 daemon/delete.go ContainerRm): a running or paused
// container is refused unless forced (then killed first); the containerd container in `moby`
// goes with its task, then dockerd's record and its directory under /var/lib/docker/containers.

import { connect } from '../../containerd/client/index';
import { isNotFound } from '../../errdefs/errdefs';
import { exists, rm } from '../../host/vfs';
import type { Node } from '../../node';
import { DOCKER_ROOT } from '../daemon';
import { conflict } from '../errors';
import { findContainer } from './lookup';

const MOBY_NAMESPACE = 'moby';

export function removeContainer(node: Node, typed: string, force: boolean): void {
  const record = findContainer(node, typed);
  const live = record.state.status === 'running' || record.state.status === 'paused' || record.state.status === 'restarting';
  if (live && !force) {
    const verb = record.state.status === 'paused' ? 'paused' : 'running';
    throw conflict(`You cannot remove a ${verb} container ${record.id}. ${verb === 'paused' ? 'Unpause and then stop' : 'Stop'} the container before attempting removal or force remove`);
  }
  const moby = connect(node).withNamespace(MOBY_NAMESPACE);
  const inContainerd = moby.containers.list([`id==${record.id}`]).length > 0;
  if (inContainerd) {
    const container = moby.containers.loadContainer(record.id);
    try {
      // Forced: the task is killed and deleted in one call (the shim's kill-then-delete).
      container.task().delete({ processKill: true });
    } catch (err) {
      // No task: the container had stopped and dockerd deleted it then.
      if (!isNotFound(err)) throw err;
    }
    container.delete();
  }
  delete node.state.dockerd.containers[record.id];
  const dir = `${DOCKER_ROOT}/containers/${record.id}`;
  if (exists(node.state.host.files, dir)) rm(node.state.host.files, dir, { recursive: true });
}
