// CreateContainer as containerd 1.6.20 does it (pkg/cri/server/container_create.go): the
// sandbox must exist and have its pause task, the name `<name>_<pod>_<ns>_<uid>_<attempt>` is
// reserved, the image must already be in k8s.io (CRI never pulls here), then a containerd
// container with the CRI labels and a generated spec on a fresh snapshot. State CREATED.

import { pluginSettings } from '../config/plugin-settings';
import { plain, wrapf } from '../../errdefs/errdefs';
import { exists, isVfsError, mkdir } from '../../host/vfs';
import type { ContainerConfig, PodSandboxConfig } from '../api/runtime-v1';
import type { CriContext } from '../context';
import type { CriContainerRecord } from '../store/container-record';
import { containerRecords } from './container-store';
import { containerSpec, generateUserString, resourcesOfSpec } from './container-spec';
import { withCriUser } from './settle-user';
import { newCriId, nowNanoTime } from './cri-time';
import { resolveImage } from '../images/ensure-image';
import { getSandboxRecord, sandboxPid } from './sandbox-lookup';
import { metadataExtension } from './metadata-extension';
import { copyPlain } from '../../schema/copy-plain';

/** pkg/cri/constants: what every CRI container in containerd is labelled with. */
const CONTAINER_KIND_LABEL = 'io.cri-containerd.kind';

/** makeContainerName: the key of the container name index. */
function containerName(config: ContainerConfig, sandboxConfig: PodSandboxConfig | undefined): string {
  const c = config.metadata;
  const s = sandboxConfig?.metadata;
  return [c?.name ?? '', s?.name ?? '', s?.namespace ?? '', s?.uid ?? '', String(c?.attempt ?? 0)].join('_');
}

/** buildLabels: the image config's labels, the config's over them, then the kind. */
function buildLabels(configLabels: Record<string, string>, imageLabels: Record<string, string>): Record<string, string> {
  return { ...imageLabels, ...configLabels, [CONTAINER_KIND_LABEL]: 'container' };
}

export function createContainer(
  ctx: CriContext,
  req: { podSandboxId: string; config: ContainerConfig; sandboxConfig?: PodSandboxConfig },
): { containerId: string } {
  let sandbox;
  try {
    sandbox = getSandboxRecord(ctx, req.podSandboxId);
  } catch (err) {
    throw wrapf(err, `failed to find sandbox id ${JSON.stringify(req.podSandboxId)}`);
  }
  let pid: number;
  try {
    pid = sandboxPid(ctx, sandbox.id);
  } catch (err) {
    throw wrapf(err, 'failed to get sandbox container task');
  }
  const config = req.config ?? {};
  if (!config.metadata) throw plain('container config must include metadata');
  const sandboxConfig = req.sandboxConfig ?? {};
  const name = containerName(config, sandboxConfig);
  const records = containerRecords(ctx);
  const holder = Object.values(records).find((r) => r.name === name);
  if (holder) {
    throw plain(`failed to reserve container name ${JSON.stringify(name)}: name ${JSON.stringify(name)} is reserved for ${JSON.stringify(holder.id)}`);
  }
  const imageName = config.image?.image ?? '';
  let image;
  try {
    image = resolveImage(ctx, imageName);
  } catch (err) {
    throw wrapf(err, `failed to resolve image ${JSON.stringify(imageName)}`);
  }
  const id = newCriId(ctx.node);

  const runConfig = image.imageSpec.config ?? {};
  // containerSpec's first check, before any spec option runs (no "failed to generate spec").
  if (config.linux?.securityContext?.privileged && !sandboxConfig.linux?.securityContext?.privileged) {
    throw plain(`failed to generate container ${JSON.stringify(id)} spec: no privileged container allowed in sandbox`);
  }
  let spec;
  try {
    // runtimeSpec's oci.ApplyOpts: the mounts' host paths are made as the options apply.
    makeMountSources(ctx, config);
    spec = containerSpec({
      id,
      sandboxId: sandbox.id,
      sandboxPid: pid,
      config,
      sandboxConfig,
      image: runConfig,
      imageName: image.record.name,
      nodeHostname: ctx.node.state.host.hostname,
    });
  } catch (err) {
    throw wrapf(wrapf(err, 'failed to generate spec'), `failed to generate container ${JSON.stringify(id)} spec`);
  }
  let userstr;
  try {
    userstr = generateUserString(config);
  } catch (err) {
    throw wrapf(wrapf(err, 'failed to generate user string'), 'failed to get container spec opts');
  }
  const logDirectory = sandboxConfig.logDirectory ?? '';
  const logPath = logDirectory !== '' && (config.logPath ?? '') !== '' ? joinPath(logDirectory, config.logPath ?? '') : '';
  const stopSignal = runConfig.StopSignal ?? '';
  const extensions = metadataExtension({ id, name, sandboxId: sandbox.id, config: config as Record<string, unknown>, imageRef: image.id, logPath, stopSignal });
  ctx.k8s.containers.create({
    id,
    image: image.record.name,
    labels: buildLabels(config.labels ?? {}, runConfig.Labels ?? {}),
    spec,
    extensions,
    specOpts: withCriUser(userstr || runConfig.User || '', config),
    systemdCgroup: pluginSettings(ctx.node).systemdCgroup,
  });
  const record: CriContainerRecord = {
    id,
    sandboxId: sandbox.id,
    name,
    config: copyPlain(config) as Record<string, unknown>,
    imageName,
    imageRef: image.id,
    logPath,
    stopSignal,
    state: 'CONTAINER_CREATED',
    createdAt: nowNanoTime(ctx.node),
    exitCode: 0,
    reason: '',
    message: '',
    pid: 0,
    removing: false,
    resources: resourcesOfSpec(spec) as Record<string, unknown>,
  };
  records[id] = record;
  return { containerId: id };
}

/**
 * WithMounts (pkg/cri/opts/spec_linux.go @v1.6.20): a host path that does not exist is made as
 * a directory (MkdirAll 0755) before it is bound; one that cannot be made fails the spec.
 */
function makeMountSources(ctx: CriContext, config: ContainerConfig): void {
  const files = ctx.node.state.host.files;
  for (const m of config.mounts ?? []) {
    const src = m.hostPath ?? '';
    if (src === '' || exists(files, src)) continue;
    try {
      mkdir(files, src, { parents: true, mode: 0o755, mtimeMs: ctx.node.nowMs() });
    } catch (err) {
      if (!isVfsError(err)) throw err;
      throw plain(`failed to mkdir ${JSON.stringify(src)}: ${err.message}`);
    }
  }
}

/** filepath.Join: one slash between, cleaned. */
function joinPath(dir: string, file: string): string {
  const parts = `${dir}/${file}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return `${dir.startsWith('/') ? '/' : ''}${out.join('/')}`;
}
