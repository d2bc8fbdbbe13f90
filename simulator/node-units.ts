// What the node's daemons do as systemd starts and stops them (host/systemd.ts owns the units'
// state; these are the hooks), and the plugins that follow containerd's events for them. Loaded
// on its own (node-plugins.ts loadNodeDaemons), before a session's first line runs, so that a
// unit started on a restored node finds its daemon; its timers' kinds (the kubelet's loop,
// dockerd's restarts, the CRI's logs) come with it.
//
// Whether containerd runs is the unit's state alone (containerd/daemon.ts reads it for the
// client's dial and the collector); the hooks add only what starting or stopping does besides.

import { BUILDKIT_UNIT, initWorkers } from './buildkit/index';
import { CONTAINERD_UNIT } from './containerd/daemon';
import { collectAfterStartup } from './containerd/gc/dirty';
import { loadCriConfigAtStart } from './cri/registry/load-at-start';
import { DOCKER_UNIT, loadDockerDaemonConfig, restoreDockerContainers, shutdownDockerContainers } from './dockerd/index';
import { connect } from './containerd/client/index';
import { startCriEventMonitor } from './cri/events/event-monitor';
import { startCriImageBookkeeping } from './cri/managed-images';
import { startSandboxExitMonitor } from './cri/sandbox/sandbox-exit';
import { startDockerdExitMonitor } from './dockerd/index';
import { isActive, registerDaemon, stopUnit } from './host/systemd';
import { kubeletDaemon } from './kubelet/kubelet-daemon';
import type { Node } from './node';
import { provideDaemonPlugins } from './node-daemon-registry';

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

// The CRI plugin and dockerd follow containerd's events on every node, in this order.
provideDaemonPlugins((node: Node) => {
  startCriImageBookkeeping(connect(node));
  startSandboxExitMonitor(node);
  startCriEventMonitor(node);
  // dockerd follows its containers' exits in namespace moby (json logs, restart policies, --rm).
  startDockerdExitMonitor(node);
});
