// PodSandboxStatus and ListPodSandbox as containerd 1.6.20 answer them
// (pkg/cri/server/sandbox_status.go, sandbox_list.go): the status with the pod's IP (none for
// host network or once the network namespace is closed) and namespace options, and with
// `verbose` the `info` JSON the plugin marshals from its SandboxInfo struct, keys in that
// struct's order (tests/oracle/cri/fixtures/pod-lifecycle.json).

import { ContainerdError, isNotFound, wrapf } from '../../errdefs/errdefs';
import type { NamespaceMode, PodSandbox, PodSandboxConfig, PodSandboxFilter, PodSandboxMetadata, PodSandboxStatus } from '../api/runtime-v1';
import type { VerboseInfo } from '../api/services';
import type { CriContext } from '../context';
import { runtimeOptionsInfo } from '../config/runtime-options';
import { toInt64 } from '../container/cri-time';
import { goJsonMarshal } from '../container/metadata-extension';
import type { SandboxRecord } from '../store/sandbox-record';
import { sandboxConfigGoJson } from '../api/config-go-json';
import { cniResultOf } from './pod-network';
import { getSandbox, sandboxRecords } from './sandbox-store';

const configOf = (record: SandboxRecord) => record.config as PodSandboxConfig;

/** The config's metadata with protobuf's zero values where a field is unset. */
export function metadataOf(record: SandboxRecord): PodSandboxMetadata {
  const m = configOf(record).metadata;
  return { name: m?.name ?? '', uid: m?.uid ?? '', namespace: m?.namespace ?? '', attempt: m?.attempt ?? 0 };
}

const publicState = (record: SandboxRecord) => (record.state === 'SANDBOX_READY' ? 'SANDBOX_READY' : 'SANDBOX_NOTREADY');

/** toCRISandbox: one item of ListPodSandbox. */
function toCriSandbox(record: SandboxRecord): PodSandbox {
  const config = configOf(record);
  return {
    id: record.id,
    metadata: metadataOf(record),
    state: publicState(record),
    createdAt: toInt64(record.createdAt),
    labels: { ...(config.labels ?? {}) },
    annotations: { ...(config.annotations ?? {}) },
    runtimeHandler: record.runtimeHandler,
  };
}

/** getIPs: no IP for the node's network or a closed namespace. */
function podIp(record: SandboxRecord): string {
  if (configOf(record).linux?.securityContext?.namespaceOptions?.network === 'NODE') return '';
  return record.netnsClosed ? '' : record.ip;
}

function toCriStatus(record: SandboxRecord): PodSandboxStatus {
  const config = configOf(record);
  const ns = config.linux?.securityContext?.namespaceOptions;
  const mode = (m: NamespaceMode | undefined): NamespaceMode => m ?? 'POD';
  return {
    id: record.id,
    metadata: metadataOf(record),
    state: publicState(record),
    createdAt: toInt64(record.createdAt),
    network: { ip: podIp(record), additionalIps: [] },
    linux: { namespaces: { options: { network: mode(ns?.network), pid: mode(ns?.pid), ipc: mode(ns?.ipc), targetId: '' } } },
    labels: { ...(config.labels ?? {}) },
    annotations: { ...(config.annotations ?? {}) },
    runtimeHandler: record.runtimeHandler,
  };
}

/** toCRISandboxInfo: SandboxInfo as JSON. */
function verboseInfo(ctx: CriContext, record: SandboxRecord): VerboseInfo {
  const containers = ctx.k8s.containers;
  let processStatus = 'deleted';
  try {
    processStatus = containers.loadContainer(record.id).task().status().toLowerCase();
  } catch (err) {
    if (!(err instanceof ContainerdError) || !isNotFound(err)) throw err;
  }
  let info;
  try {
    info = containers.loadContainer(record.id).info();
  } catch (err) {
    throw wrapf(err, 'failed to get sandbox container runtime spec');
  }
  const si = {
    pid: record.pid,
    processStatus,
    netNamespaceClosed: record.netnsClosed,
    image: info.image,
    snapshotKey: info.snapshotKey,
    snapshotter: info.snapshotter,
    runtimeHandler: record.runtimeHandler,
    runtimeType: info.runtime.name,
    runtimeOptions: runtimeOptionsInfo(info),
    config: sandboxConfigGoJson(record.config),
    runtimeSpec: info.spec,
    cniResult: cniResultOf(ctx, record),
  };
  return { info: goJsonMarshal(si) };
}

export function podSandboxStatus(ctx: CriContext, idOrPrefix: string, verbose: boolean): { status: PodSandboxStatus; info: VerboseInfo } {
  let record;
  try {
    record = getSandbox(ctx, idOrPrefix);
  } catch (err) {
    throw wrapf(err, 'an error occurred when try to find sandbox');
  }
  const status = toCriStatus(record);
  if (!verbose) return { status, info: {} };
  try {
    return { status, info: verboseInfo(ctx, record) };
  } catch (err) {
    throw wrapf(err, 'failed to get verbose sandbox container info');
  }
}

function matchesLabels(labels: Record<string, string>, selector: Record<string, string> | undefined): boolean {
  for (const [k, v] of Object.entries(selector ?? {})) if (labels[k] !== v) return false;
  return true;
}

export function listPodSandbox(ctx: CriContext, filter: PodSandboxFilter | undefined): PodSandbox[] {
  const items = Object.values(sandboxRecords(ctx)).map(toCriSandbox);
  if (!filter) return items;
  // normalizePodSandboxFilter: a unique prefix stands for the full id.
  let id = filter.id ?? '';
  if (id !== '') {
    try {
      id = getSandbox(ctx, id).id;
    } catch {
      // An id that names nothing (or two) is compared as given.
    }
  }
  return items.filter(
    (s) => (id === '' || s.id === id) && (!filter.state || filter.state.state === s.state) && matchesLabels(s.labels, filter.labelSelector),
  );
}
