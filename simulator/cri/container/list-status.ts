// ListContainers and ContainerStatus as containerd 1.6.20 answers them (container_list.go,
// container_status.go): the store's records with their config's metadata, image, labels and
// annotations; a status shows the image's first tag and repo digest when the image is still
// there, the times of its state only, the reason Completed/Error for an exit without one, and
// with `verbose` the info JSON (sandboxID, pid, removing, snapshotKey, snapshotter,
// runtimeType, runtimeOptions, config, runtimeSpec) in that key order.

import { wrapf } from '../../errdefs/errdefs';
import type { Container, ContainerConfig, ContainerFilter, ContainerStatus, ImageSpec } from '../api/runtime-v1';
import type { VerboseInfo } from '../api/services';
import type { CriContext } from '../context';
import { runtimeOptionsInfo } from '../config/runtime-options';
import { resolveImage } from '../images/ensure-image';
import { containerConfigGoJson } from '../api/config-go-json';
import { getContainerRecord, listContainerRecords, type CriContainerRecord } from './container-store';
import { toInt64 } from './cri-time';
import { getSandboxRecord } from './sandbox-lookup';

function configOf(record: CriContainerRecord): ContainerConfig {
  return record.config as ContainerConfig;
}

/** The ImageSpec as the config has it, with protobuf-JSON's defaults filled in. */
function imageSpecOf(config: ContainerConfig): ImageSpec {
  return { image: config.image?.image ?? '', annotations: { ...(config.image?.annotations ?? {}) } };
}

/** toCRIContainer. */
function toCriContainer(record: CriContainerRecord): Container {
  const config = configOf(record);
  return {
    id: record.id,
    podSandboxId: record.sandboxId,
    metadata: { name: config.metadata?.name ?? '', attempt: config.metadata?.attempt ?? 0 },
    image: imageSpecOf(config),
    imageRef: record.imageRef,
    state: record.state,
    createdAt: toInt64(record.createdAt),
    labels: { ...(config.labels ?? {}) },
    annotations: { ...(config.annotations ?? {}) },
  };
}

function labelsMatch(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => Object.hasOwn(labels, k) && labels[k] === v);
}

/**
 * A filter's container and sandbox ids as full ids: a unique prefix is resolved through the
 * stores, one that names nothing known is compared as given ('' for an unset filter).
 */
export function filterIds(ctx: CriContext, filter: { id?: string; podSandboxId?: string } | undefined): { id: string; sandboxId: string } {
  let id = filter?.id ?? '';
  let sandboxId = filter?.podSandboxId ?? '';
  try {
    if (id) id = getContainerRecord(ctx, id).id;
  } catch {
    // Not a known prefix: compared as given.
  }
  try {
    if (sandboxId) sandboxId = getSandboxRecord(ctx, sandboxId).id;
  } catch {
    // As above.
  }
  return { id, sandboxId };
}

/** filterCRIContainers, with the id and sandbox id filters normalised through the stores. */
export function listContainers(ctx: CriContext, filter: ContainerFilter | undefined): Container[] {
  const all = listContainerRecords(ctx).map(toCriContainer);
  if (!filter) return all;
  const { id, sandboxId } = filterIds(ctx, filter);
  return all.filter(
    (c) =>
      (id === '' || c.id === id) &&
      (sandboxId === '' || c.podSandboxId === sandboxId) &&
      (!filter.state || filter.state.state === c.state) &&
      (!filter.labelSelector || labelsMatch(filter.labelSelector, c.labels)),
  );
}

/** The image's first tag and first repo digest, when the image is still in k8s.io. */
function imageNow(ctx: CriContext, record: CriContainerRecord): { spec: ImageSpec; imageRef: string } {
  let spec = imageSpecOf(configOf(record));
  let imageRef = record.imageRef;
  try {
    const image = resolveImage(ctx, record.imageRef);
    const names = image.references.filter((r) => !r.startsWith('sha256:'));
    const tags = names.filter((r) => !r.includes('@'));
    const digests = names.filter((r) => r.includes('@'));
    if (tags[0] !== undefined) spec = { image: tags[0], annotations: {} };
    if (digests[0] !== undefined) imageRef = digests[0];
  } catch {
    // Removed since: the status keeps what the container was created with.
  }
  return { spec, imageRef };
}

/** toCRIContainerStatus. */
function toCriStatus(ctx: CriContext, record: CriContainerRecord): ContainerStatus {
  const config = configOf(record);
  let reason = record.reason;
  if (record.state === 'CONTAINER_EXITED' && reason === '') reason = record.exitCode === 0 ? 'Completed' : 'Error';
  const running = record.state === 'CONTAINER_RUNNING';
  const ended = record.state === 'CONTAINER_EXITED' || record.state === 'CONTAINER_UNKNOWN';
  const { spec, imageRef } = imageNow(ctx, record);
  return {
    id: record.id,
    metadata: { name: config.metadata?.name ?? '', attempt: config.metadata?.attempt ?? 0 },
    state: record.state,
    createdAt: toInt64(record.createdAt),
    startedAt: running || ended ? toInt64(record.startedAt) : '0',
    finishedAt: ended ? toInt64(record.finishedAt) : '0',
    exitCode: record.exitCode,
    image: spec,
    imageRef,
    reason,
    message: record.message,
    labels: { ...(config.labels ?? {}) },
    annotations: { ...(config.annotations ?? {}) },
    mounts: (config.mounts ?? []).map((m) => ({ ...m })),
    logPath: record.logPath,
    resources: { linux: { ...(record.resources as object) } },
  };
}

/** toCRIContainerInfo: the verbose info, JSON-encoded under "info". */
function verboseInfo(ctx: CriContext, record: CriContainerRecord): VerboseInfo {
  let info;
  try {
    info = ctx.k8s.containers.loadContainer(record.id).info();
  } catch (err) {
    throw wrapf(err, 'failed to get container runtime spec');
  }
  const runtimeOptions = runtimeOptionsInfo(info);
  return {
    info: JSON.stringify({
      sandboxID: record.sandboxId,
      pid: record.pid,
      removing: record.removing,
      snapshotKey: info.snapshotKey,
      snapshotter: info.snapshotter,
      runtimeType: info.runtime.name,
      runtimeOptions,
      config: containerConfigGoJson(record.config),
      runtimeSpec: info.spec,
    }),
  };
}

export function containerStatus(ctx: CriContext, req: { containerId: string; verbose?: boolean }): { status: ContainerStatus; info: VerboseInfo } {
  let record: CriContainerRecord;
  try {
    record = getContainerRecord(ctx, req.containerId);
  } catch (err) {
    throw wrapf(err, `an error occurred when try to find container ${JSON.stringify(req.containerId)}`);
  }
  const status = toCriStatus(ctx, record);
  let info: VerboseInfo = {};
  if (req.verbose) {
    try {
      info = verboseInfo(ctx, record);
    } catch (err) {
      throw wrapf(err, 'failed to get verbose container info');
    }
  }
  return { status, info };
}
