// What the node's daemons do as systemd starts and stops them (host/systemd.ts owns the units'
// state; these are the hooks). Imported once where sessions are made, like node-daemons.ts,
// so that a unit started on a restored node finds its daemon.
//
// Whether containerd runs is the unit's state alone (containerd/daemon.ts reads it for the
// client's dial and the collector); the hooks add only what starting or stopping does besides.

import { BUILDKIT_UNIT, initWorkers } from './buildkit/index';
import { CONTAINERD_UNIT } from './containerd/daemon';
import { collectAfterStartup } from './containerd/gc/dirty';
import { loadCriConfigAtStart } from './cri/registry/load-at-start';
import { DOCKER_UNIT, loadDockerDaemonConfig, restoreDockerContainers, shutdownDockerContainers } from './dockerd/index';
import { isActive, registerDaemon, stopUnit } from './host/systemd';
import { kubeletDaemon } from './kubelet/kubelet-daemon';

registerDaemon(CONTAINERD_UNIT, {
  started(node) {
    // config.toml is read once, at start: a broken one makes the daemon exit at once.
    const exited = loadCriConfigAtStart(node, node.state.host.units[CONTAINERD_UNIT]?.mainPid ?? 0);
    if (exited !== undefined) return { exited };
    // A starting containerd's gc scheduler collects once, startup_delay (100 ms) later.
    collectAfterStartup(node);
    return undefined;
  },
  stopped(node) {
    // Its shims and containers keep running, as they do on a real node. dockerd goes down with
    // it: Debian's docker.service Requires=containerd.service.
    if (isActive(node, DOCKER_UNIT)) stopUnit(node, DOCKER_UNIT);
  },
});

// The kubelet: started, it reads /etc/kubernetes/manifests and syncs its pods every second.
registerDaemon('kubelet', kubeletDaemon);

// buildkitd: started, it sets up its workers (their workerid files under /var/lib/buildkit); its
// cache stays when it stops, as /var/lib/buildkit does.
registerDaemon(BUILDKIT_UNIT, {
  started(node) {
    initWorkers(node);
  },
  stopped() {},
});

// dockerd: its records are its data root's; stopping it stops its containers (live-restore off),
// starting it restores them and applies their restart policies (dockerd/runtime/daemon-lifecycle.ts).
registerDaemon(DOCKER_UNIT, {
  started(node) {
    // daemon.json is read once, at start: settings dockerd refuses make it exit at once.
    const exited = loadDockerDaemonConfig(node, node.state.host.units[DOCKER_UNIT]?.mainPid ?? 0);
    if (exited !== undefined) return { exited };
    restoreDockerContainers(node);
    return undefined;
  },
  stopped(node) {
    shutdownDockerContainers(node);
  },
});
