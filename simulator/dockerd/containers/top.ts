// GET /containers/{id}/top (moby 20.10 daemon/top_unix.go ContainerTop): the host's `ps -ef`
// for the PIDs of the container's task in containerd's `moby` namespace — Titles and one row of
// fields per process. ps's default -ef, and its other formats (top-format.ts). A container that is not running is
// 409 `Container <id> is not running` (a paused one may be listed, as the real one does).

import { connect, type TaskProcess } from '../../containerd/client/index';
import { containerUid, hostUser, psEfCells } from '../../host/procps-ef';
import type { Node } from '../../node';
import { conflict } from '../errors';
import { findContainer } from './lookup';
import { logContainerEvent } from '../events/event-log';
import { formattedTop } from './top-format';
import { overlayAt } from '../../host/overlay';
import { overlayView } from '../../host/overlay-view';
import { withMountedRootfs } from '../runtime/mounted-rootfs';
import type { DockerContainerRecord } from '../store/container-record';

export interface ContainerTop {
  Titles: string[];
  Processes: string[][];
}

/** Whether a process of the container runs its /bin/busybox (an applet linked to it, or busybox itself). */
function busyboxTest(node: Node, record: DockerContainerRecord): (p: TaskProcess) => boolean {
  return (p) =>
    withMountedRootfs(node, record, (root) => {
      const dirs = overlayAt(node, root);
      if (!dirs) return false;
      const view = overlayView(node.state.host.files, dirs);
      const box = view.get('/bin/busybox');
      if (!box || box.kind !== 'file') return false;
      const cmd = p.args[0] ?? '';
      const paths = cmd.includes('/') ? [cmd] : ['/usr/sbin', '/usr/bin', '/sbin', '/bin'].map((d) => `${d}/${cmd}`);
      const found = paths.map((path) => view.get(path)).find((f) => f !== undefined);
      if (!found) return false;
      return found.kind === 'symlink' ? /(^|\/)busybox$/.test(found.content ?? '') : found.kind === 'file' && found.size === box.size && found.content === box.content;
    });
}

/** `ps -ef` of the container's processes, or ps's user-defined formats (top-format.ts). */
export function topContainer(node: Node, ref: string, psArgs: readonly string[] = []): ContainerTop {
  const record = findContainer(node, ref);
  const live = record.state.status === 'running' || record.state.status === 'paused';
  if (!live) throw conflict(`Container ${record.id} is not running`);
  const task = connect(node).withNamespace('moby').containers.loadContainer(record.id).task();
  const processes = task.processes();
  const isBusybox = busyboxTest(node, record);
  const top =
    psArgs.length === 0 || psArgs.join(' ') === '-ef' || psArgs.join(' ') === '-f'
      ? ((cells) => ({ Titles: cells[0] ?? [], Processes: cells.slice(1) }))(psEfCells(node.state.host.files, processes, node.nowMs()))
      : formattedTop(
          psArgs,
          processes.map((p) => ({
            p,
            user: hostUser(node.state.host.files, p.user),
            uid: containerUid(p.user),
            nowMs: node.nowMs(),
            leader: !processes.some((q) => q.pid === p.ppid),
            frozen: record.state.status === 'paused',
            busybox: isBusybox(p),
          })),
        );
  logContainerEvent(node, record, 'top');
  return top;
}
