// RunPodSandbox as containerd 1.6.20 does it (pkg/cri/server/sandbox_run.go): a config
// without metadata is refused, the name <name>_<namespace>_<uid>_<attempt> is reserved, the
// sandbox image (config.toml's sandbox_image, registry.k8s.io/pause:3.6 by default) is pulled if missing, the pause container is
// created in k8s.io with the config's labels, io.cri-containerd.kind=sandbox and the sandbox
// metadata extension, the sandbox files written, the pod network set up unless the pod uses
// the node's (pod-network.ts), and the pause task started: the sandbox is READY.
//
// A failure after the container exists removes it, the files and the name again, except when
// the network cannot be set up: the real plugin's cleanup then fails to tear the network down
// too, so it keeps the sandbox (UNKNOWN, shown NOTREADY), its container and its name, which is
// what the recorded node does without CNI (configs-streams-stats.json).

import { ContainerdError, plain, wrapf } from '../../errdefs/errdefs';
import type { PodSandboxConfig } from '../api/runtime-v1';
import type { CriCall } from '../api/services';
import type { CriContext } from '../context';
import { fromRfc3339, newCriId } from '../container/cri-time';
import { pluginSettings, runtimeOptionsProblem } from '../config/plugin-settings';
import { ensureImage } from '../images/ensure-image';
import type { SandboxRecord } from '../store/sandbox-record';
import { sandboxMetadataExtension } from './metadata-extension';
import { pauseSpec } from './pause-spec';
import { refuseHostnameWithoutUts } from './hostname-namespace';
import { allocatePodIp, cniNotReady, isHostNetwork, newNetnsPath } from './pod-network';
import { removeSandboxFiles, setupSandboxFiles } from './sandbox-files';
import { handleSandboxExit } from './sandbox-exit';
import { reserveSandboxName, sandboxName, sandboxRecords } from './sandbox-store';

/** The runtimes of containerd's default CRI config: only runc, also the default handler. */
const RUNTIME_HANDLERS = new Set(['', 'runc']);
const CONTAINER_KIND_LABEL = 'io.cri-containerd.kind';
/** time.Time{}.UnixNano(): the CreatedAt of a sandbox whose pause task never started. */
const GO_ZERO_TIME = { ms: -6_795_364_578_872, subNanos: 654_848 };

export async function runPodSandbox(ctx: CriContext, config: PodSandboxConfig, runtimeHandler: string, call?: CriCall): Promise<string> {
  const id = newCriId(ctx.node);
  const metadata = config.metadata;
  if (!metadata) throw plain('sandbox config must include metadata');
  const name = sandboxName(metadata);
  reserveSandboxName(ctx, name);

  const { sandboxImage, systemdCgroup } = pluginSettings(ctx.node);
  let image;
  try {
    image = await ensureImage(ctx, sandboxImage, call, config);
  } catch (err) {
    throw wrapf(err, `failed to get sandbox image ${JSON.stringify(sandboxImage)}`);
  }
  if (!RUNTIME_HANDLERS.has(runtimeHandler)) {
    throw plain(`failed to get sandbox runtime: no runtime for ${JSON.stringify(runtimeHandler)} is configured`);
  }

  const hostNetwork = isHostNetwork(config);
  const netnsPath = hostNetwork ? '' : newNetnsPath(ctx);
  const networkError = hostNetwork ? undefined : cniNotReady(ctx);
  const ip = hostNetwork || networkError !== undefined ? '' : allocatePodIp(ctx);
  const record: SandboxRecord = {
    id,
    name,
    config: config as Record<string, unknown>,
    runtimeHandler,
    state: 'SANDBOX_UNKNOWN',
    createdAt: GO_ZERO_TIME,
    pid: 0,
    ip,
    netnsPath,
    netnsClosed: false,
  };
  const run = image.imageSpec.config ?? {};
  const spec = pauseSpec(
    id,
    config,
    { user: run.User ?? '', env: run.Env ?? [], entrypoint: run.Entrypoint ?? [], cmd: run.Cmd ?? [], workingDir: run.WorkingDir ?? '' },
    netnsPath,
  );
  // buildLabels: the image's labels, the config's over them, the kind last.
  const labels = { ...(run.Labels ?? {}), ...(config.labels ?? {}), [CONTAINER_KIND_LABEL]: 'sandbox' };
  const optionsProblem = runtimeOptionsProblem(pluginSettings(ctx.node));
  if (optionsProblem) throw plain(optionsProblem);

  let container;
  try {
    container = ctx.k8s.containers.create({ id, image: image.record.name, labels, spec, extensions: sandboxMetadataExtension(ctx, record), systemdCgroup });
  } catch (err) {
    throw wrapf(err, 'failed to create containerd container');
  }
  try {
    setupSandboxFiles(ctx, id, config);
    if (networkError !== undefined) {
      // The deferred teardown fails as the setup did: the sandbox stays, with its name.
      sandboxRecords(ctx)[id] = record;
      throw new NetworkSetupError(plain(`failed to setup network for sandbox ${JSON.stringify(id)}: ${networkError}`));
    }
    let started;
    try {
      refuseHostnameWithoutUts(spec);
      started = container.newTask({ stdin: undefined });
    } catch (err) {
      throw wrapf(err, 'failed to create containerd task');
    }
    record.state = 'SANDBOX_READY';
    record.pid = started.process.pid();
    record.createdAt = fromRfc3339(ctx.node, container.info().createdAt);
    sandboxRecords(ctx)[id] = record;
    // The exit monitor starts only now, with the exit channel it took before the start: a
    // pause process that already ended is handled at once (the sandbox comes back NOTREADY).
    if (started.process.status() === 'STOPPED') handleSandboxExit(ctx, record);
    return id;
  } catch (err) {
    if (err instanceof NetworkSetupError) throw err.cause;
    if (!(err instanceof ContainerdError)) throw err;
    removeSandboxFiles(ctx, id);
    try {
      container.delete({ snapshotCleanup: true });
    } catch {
      // The real plugin logs a failed cleanup and keeps the sandbox as UNKNOWN; nothing to log here.
    }
    throw err;
  }
}

/** Carries the network failure past the generic cleanup, which must not run for it. */
class NetworkSetupError extends Error {
  constructor(override readonly cause: ContainerdError) {
    super(cause.message);
  }
}
