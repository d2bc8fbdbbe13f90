// The kubelet as a daemon of node1: what `systemctl start kubelet` and `stop` do beyond the
// unit's state (host/systemd.ts), and its loop on the node's scheduler. Registered once where
// sessions are made (node-units.ts, node-daemons.ts), so a kubelet running in a restored save
// finds its loop.

import { criServices, type CriServices } from '../cri/index';
import { CONTAINERD_PACKAGE, KUBELET_VERSION } from '../host/installed-versions';
import { appendJournal } from '../host/journal';
import { registerPeriodicKind, startPeriodic, stopPeriodic } from '../host/scheduler';
import { isActive, unitDefinition, type DaemonHooks } from '../host/systemd';
import type { Node } from '../node';
import { MANIFEST_DIR } from './file-source';
import { KUBELET_UNIT, klog, writeLine } from './klog';
import { freshMemory, memoryOf } from './kubelet-memory';
import { kubeletTurn, RELIST_PERIOD_MS } from './kubelet-loop';

const KUBELET_LOOP = 'kubelet-loop';

/** How the kubelet reaches CRI; tests may hand it a fake runtime. */
let services: (node: Node) => CriServices = criServices;

export function useCriServicesForKubelet(factory: (node: Node) => CriServices): () => void {
  const before = services;
  services = factory;
  return () => {
    services = before;
  };
}

/** Nodes whose kubelet is in the middle of a turn (never saved: a turn ends within its line). */
const busy = new WeakSet<Node>();

registerPeriodicKind(KUBELET_LOOP, RELIST_PERIOD_MS, (node, timer) => {
  // Turns that fall due while one still runs (a clock caught up after the page sat idle) are
  // skipped, as a busy kubelet's loops are: two turns never work on the same memory at once.
  if (!isActive(node, KUBELET_UNIT) || busy.has(node)) return undefined;
  const data = timer.data ?? {};
  const memory = memoryOf(data);
  // The next turn's timer holds this same data object: what this turn learns, it keeps.
  data.memory = memory;
  busy.add(node);
  return kubeletTurn(node, memory, services).finally(() => busy.delete(node));
});

const DEPRECATED_FLAG =
  "has been deprecated, This parameter should be set via the config file specified by the Kubelet's --config flag. " +
  'See https://kubernetes.io/docs/tasks/administer-cluster/kubelet-config-file/ for more information.';

function systemdLine(node: Node, text: string): void {
  appendJournal(node, KUBELET_UNIT, 'systemd', 1, text);
}

const description = () => unitDefinition(KUBELET_UNIT)?.description ?? 'kubelet';

export const kubeletDaemon: DaemonHooks = {
  started(node) {
    systemdLine(node, `Started kubelet.service - ${description()}.`);
    writeLine(node, undefined, '', `Flag --container-runtime-endpoint ${DEPRECATED_FLAG}`);
    writeLine(node, undefined, '', `Flag --pod-manifest-path ${DEPRECATED_FLAG}`);
    klog(node, 'I', 'server.go:412', 'Kubelet version', [['kubeletVersion', KUBELET_VERSION]]);
    klog(node, 'I', 'server.go:414', 'Golang settings', [['GOGC', ''], ['GOMAXPROCS', ''], ['GOTRACEBACK', '']]);
    klog(node, 'I', 'server.go:659', 'Standalone mode, no API client');
    klog(node, 'I', 'kubelet.go:398', 'Adding static pod path', [['path', MANIFEST_DIR]]);
    if (isActive(node, 'containerd')) {
      klog(node, 'I', 'kuberuntime_manager.go:244', 'Container runtime initialized', [
        ['containerRuntime', 'containerd'],
        ['version', CONTAINERD_PACKAGE.version],
        ['apiVersion', 'v1'],
      ]);
    }
    klog(node, 'I', 'kubelet.go:2113', 'Starting kubelet main sync loop');
    startPeriodic(node, KUBELET_LOOP, { memory: freshMemory() });
  },
  stopped(node) {
    stopPeriodic(node, KUBELET_LOOP);
    systemdLine(node, `Stopping kubelet.service - ${description()}...`);
    systemdLine(node, 'kubelet.service: Deactivated successfully.');
    systemdLine(node, `Stopped kubelet.service - ${description()}.`);
  },
};
