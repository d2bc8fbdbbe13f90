// The client's containers calls: containerd's Go client NewContainer, LoadContainer,
// Containers and Restore, and the Container handle (container.go). The containers service
// checks the namespace, ids and labels itself and throws errdefs errors worded as the
// daemon's; the handle reads the service on every call.

import { holdTaskResources } from '../tasks/cgroup-resources';
import { failedPrecondition, isNotFound, plain } from '../../errdefs/errdefs';
import { RegistryError } from '../../registry/remote';
import { transferApi } from './transfer';
import { checkpointContainer, restoreContainer, type CheckpointOptions } from '../containers/checkpoint';
import {
  createContainer,
  DEFAULT_RUNTIME as RUNC_V2,
  deleteContainerRecord,
  getContainer,
  listContainers,
  RUNC_OPTIONS_TYPE,
  runcOptions,
  updateContainerLabels,
  updateContainerSpec,
} from '../containers/containers';
import { containerFilter } from '../containers/container-filter';
import { newContainer, snapshotView, type NewContainerOptions, type SnapshotView } from '../containers/new-container';
import type { ContainerRecord, OciSpec } from '../metadata/schema';
import { getImage } from '../images/image-store';
import { isUnpacked, resolveTarget, unpackImage } from '../images/unpack';
import { defaultMatcher } from '../../oci/platform';
import { DEFAULT_SNAPSHOTTER, prepare, remove as removeSnapshot } from '../snapshots/snapshots';
import { findTask, loadTask, startNewTask, type TaskIO } from '../tasks/tasks';
import type { ClientContext } from './context';
import { defaultUnixSpec } from '../containers/default-spec';
import { withUser } from '../containers/with-user';
import type { ProcessUser } from '../../programs/program';
import { validateRequestNamespace } from '../namespaces/identifier';
import type { Started, Task } from './tasks';
import { taskHandle } from './tasks-handles';
import { copyPlain } from '../../schema/copy-plain';
import { runnableSpec } from '../containers/runnable-spec';

export { DEFAULT_RUNTIME, usesSystemdCgroup } from '../containers/containers';
export { STOP_SIGNAL_LABEL, type NewContainerOptions, type SnapshotView } from '../containers/new-container';
export type { SpecMount } from '../containers/default-spec';
export { withLinuxDevice, withLinuxField } from '../containers/linux-device';
// containerd's oci package, part of the client library in Go.
export { DEFAULT_MASKED_PATHS, DEFAULT_READONLY_PATHS, DEFAULT_UNIX_CAPS, mergeEnv } from '../containers/default-spec';

/**
 * oci.GenerateSpec(ctx, nil, &containers.Container{}): the client library's default spec for
 * the context's namespace, made without the daemon. Throws failedPrecondition `namespace is
 * required` / invalidArgument for a bad namespace (namespaces.NamespaceRequired).
 */
export function generateDefaultSpec(namespace: string): Record<string, unknown> {
  validateRequestNamespace(namespace);
  return defaultUnixSpec(namespace, '');
}
export type { CheckpointOptions } from '../containers/checkpoint';
export type { TaskIO } from '../tasks/tasks';
export type { OciSpec } from '../metadata/schema';

/** Where the client's own log lines go (log.G(ctx) in Go): the caller's logrus output. */
export type ClientLog = (level: 'info' | 'warning', message: string, fields: Record<string, string>) => void;

/** containers.Container: the stored record, read-only on the client's side. */
export type ContainerInfo = Readonly<ContainerRecord>;

/** A container (the Go client's Container interface). */
export interface Container {
  readonly id: string;
  /** Info(ctx): the record. notFound `container "x" in namespace "y": not found`. */
  info(): ContainerInfo;
  /**
   * SetLabels(ctx, labels): an empty value removes a label; returns the resulting labels.
   * ctr 1.6 sends no field paths when no label is given, which the store refuses
   * (invalidArgument `container.Snapshotter field is immutable`).
   */
  setLabels(labels: Readonly<Record<string, string>>): Readonly<Record<string, string>>;
  /** Update(ctx, WithSpec) with field path "spec": replaces the spec. notFound. */
  updateSpec(spec: OciSpec): void;
  /**
   * Delete(ctx[, WithSnapshotCleanup]): refused with failedPrecondition while a task exists;
   * the snapshot goes first (one already gone is fine), then the record. notFound.
   */
  delete(opts?: { snapshotCleanup?: boolean }): void;
  /**
   * Checkpoint(ctx, ref, WithCheckpointTask/Image/RW): an index image named `ref`. A live task
   * is paused meanwhile; the task part needs CRIU and fails as on the recorded node.
   */
  checkpoint(ref: string, opts: CheckpointOptions): void;
  /**
   * NewTask(ctx, cio) then Start(ctx): ctr always does both in a row, and the simulated shim
   * starts the process as it creates it. Returns the task and what it printed at start-up.
   * notFound (container, its snapshot), alreadyExists `task x`, runc's unknown errors.
   */
  newTask(io: TaskIO): Started<Task>;
  /** Task(ctx, nil): notFound `no running task found: task x not found`. */
  task(): Task;
  /**
   * oci.WithUser(user) against the container's snapshot, as `ctr tasks exec --user` runs it:
   * the process user it gives (containers/with-user.ts). Throws `invalid USER value …` and
   * `mount callback failed on …: no users found` / `no groups found`.
   */
  user(userstr: string): ProcessUser;
}

function containerHandle(ctx: ClientContext, id: string): Container {
  const { node, namespace: ns } = ctx;
  // Methods, not arrow properties: the same closures, but a transpiler that keeps function
  // names (tsx, vitest) wraps every arrow in a name-setting call on each handle made.
  return {
    id,
    info() {
      return getContainer(node, ns, id);
    },
    setLabels(labels) {
      return { ...updateContainerLabels(node, ns, id, { ...labels }).labels };
    },
    updateSpec(spec) {
      // The containers service keeps records only: a live task's cgroup keeps what it holds.
      holdTaskResources(node, ns, id);
      updateContainerSpec(node, ns, id, spec);
    },
    delete(opts = {}) {
      const record = getContainer(node, ns, id);
      if (findTask(node, ns, id)) throw failedPrecondition(`cannot delete running task ${id}`);
      if (opts.snapshotCleanup && record.snapshotter && record.snapshotKey) {
        try {
          removeSnapshot(node, ns, record.snapshotter, record.snapshotKey);
        } catch (err) {
          if (!isNotFound(err)) throw err;
        }
      }
      deleteContainerRecord(node, ns, id);
    },
    checkpoint(ref, opts) {
      return checkpointContainer(node, ns, id, ref, opts);
    },
    newTask(io) {
      const { out } = startNewTask(node, ns, id, io);
      return { process: taskHandle(ctx, id), out };
    },
    task() {
      loadTask(node, ns, id);
      return taskHandle(ctx, id);
    },
    user(userstr) {
      return withUser(node, ns, id, userstr);
    },
  };
}

export function containersApi(ctx: ClientContext) {
  const { node, namespace: ns } = ctx;
  return {
    /**
     * NewContainer(ctx, id, WithImage, WithNewSnapshot, WithNewSpec…) as ctr's run and
     * `containers create` call it: the snapshot is prepared first (a duplicate id fails with
     * `snapshot "c1": already exists`), and removed again if the container cannot be stored.
     * notFound for the image, invalidArgument for a bad id or platform.
     */
    newContainer(options: NewContainerOptions): Container {
      newContainer(node, ns, options);
      return containerHandle(ctx, options.id);
    },
    /**
     * NewContainer(ctx, id, WithImage(image), WithSnapshotter, WithNewSnapshot(id, image),
     * WithSpec(spec), WithContainerLabels(labels), WithRuntime(runc v2), WithContainerExtension) as the CRI plugin
     * calls it: the spec and labels are the caller's, nothing from the image is added. The
     * image is unpacked if needed and the snapshot prepared on its chain first; it is removed
     * again if the container cannot be stored. notFound (image), alreadyExists.
     */
    create(input: {
      id: string;
      image: string;
      labels: Record<string, string>;
      spec: OciSpec;
      snapshotter?: string;
      /** WithContainerExtension: name → Any (type_url, base64 value). */
      extensions?: Record<string, { type_url: string; value: string }>;
      /** runc's options of the CRI runtime (config.toml's SystemdCgroup). */
      systemdCgroup?: boolean;
      /**
       * oci.SpecOpts applied to `spec` once the snapshot is prepared (the CRI plugin's WithUser
       * and WithAdditionalGIDs read its /etc/passwd and /etc/group): a throw fails the
       * creation and removes the snapshot, and the container is stored once, with the result.
       */
      specOpts?: Array<(spec: OciSpec, snapshot: SnapshotView) => OciSpec>;
    }): Container {
      const snapshotter = input.snapshotter || DEFAULT_SNAPSHOTTER;
      const image = getImage(node, ns, input.image);
      const resolved = isUnpacked(node, ns, image, snapshotter, defaultMatcher)
        ? resolveTarget(node, ns, image, defaultMatcher)
        : unpackImage(node, ns, image, snapshotter, defaultMatcher);
      prepare(node, ns, snapshotter, input.id, resolved.chainId, {});
      try {
        const view = snapshotView(node, ns, snapshotter, input.id);
        const spec = (input.specOpts ?? []).reduce((s, opt) => opt(s, view), input.spec);
        createContainer(node, ns, {
          id: input.id,
          labels: { ...input.labels },
          image: image.name,
          runtime: { name: RUNC_V2, options: runcOptions({ systemdCgroup: input.systemdCgroup ?? false }) },
          snapshotKey: input.id,
          snapshotter,
          spec,
          ...(input.extensions ? { extensions: copyPlain(input.extensions) } : {}),
        });
      } catch (err) {
        removeSnapshot(node, ns, snapshotter, input.id);
        throw err;
      }
      return containerHandle(ctx, input.id);
    },
    /**
     * NewContainer(ctx, id, WithSpec(spec), WithRuntime(runc v2, options), WithContainerLabels)
     * as dockerd 20.10's libcontainerd calls it (libcontainerd/remote/client.go Create): no
     * image and no snapshot — the caller mounted the root filesystem at spec.root.path itself.
     * alreadyExists `container "x"`, invalidArgument for a bad id.
     */
    newContainerWithSpec(input: { id: string; labels: Record<string, string>; spec: OciSpec }): Container {
      createContainer(node, ns, {
        id: input.id,
        labels: { ...input.labels },
        image: '',
        runtime: { name: RUNC_V2, options: { type_url: RUNC_OPTIONS_TYPE } },
        snapshotKey: '',
        snapshotter: '',
        spec: input.spec,
      });
      return containerHandle(ctx, input.id);
    },
    /**
     * NewContainer(ctx, id, WithContainerLabels, WithRuntime(runtime, opts), WithSpec(&s,
     * WithSpecFromFile, WithAnnotations)) as `ctr c create --config FILE ID` calls it: no image and
     * no snapshot; the spec is the file's as decoded (its root path, if relative, is the bundle's
     * empty rootfs). Runtime options are runc's only for io.containerd.runc.v2, else null.
     */
    newContainerFromSpecFile(input: { id: string; labels: Record<string, string>; runtime: string; spec: Record<string, unknown> }): Container {
      const specFile = copyPlain(input.spec);
      createContainer(node, ns, {
        id: input.id,
        labels: { ...input.labels },
        image: '',
        runtime: input.runtime === RUNC_V2 ? { name: RUNC_V2, options: { type_url: RUNC_OPTIONS_TYPE } } : { name: input.runtime },
        snapshotKey: '',
        snapshotter: '',
        spec: runnableSpec(specFile),
        specFile,
      });
      return containerHandle(ctx, input.id);
    },
    /** LoadContainer(ctx, id). notFound `container "x" in namespace "y": not found`. */
    loadContainer(id: string): Container {
      getContainer(node, ns, id);
      return containerHandle(ctx, id);
    },
    /**
     * Containers(ctx, filters...): sorted by id, filtered on id, image, runtime.name,
     * snapshotter and labels.<key>. invalidArgument for a malformed filter.
     */
    list(filters: readonly string[] = []): ContainerInfo[] {
      const keep = containerFilter(filters);
      return listContainers(node, ns).filter(keep);
    },
    /**
     * ctr's restore: GetImage(ref), else Fetch(ref), then Restore(ctx, id, image). A
     * checkpoint that is not here is resolved remotely: a failure is `failed to resolve
     * reference "<ref>": …` (the resolver's `trying next host` goes to `log`). Then
     * alreadyExists for a taken snapshot key, else `media type not found`: only a task
     * checkpoint carries the spec, and that needs CRIU.
     */
    restore(id: string, ref: string, log: ClientLog = () => undefined): never {
      try {
        return restoreContainer(node, ns, id, ref);
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
      try {
        // Fetch's first step, the resolver; restore fails after it whatever it finds.
        transferApi(ctx).resolve(ref);
      } catch (remote) {
        // client.Fetch wraps whatever the resolver returns, a reference parse error included.
        if (!(remote instanceof Error)) throw remote;
        const next = remote instanceof RegistryError ? remote.tryNextHost : undefined;
        if (next) log('info', 'trying next host', { error: next.error, host: next.host });
        throw plain(`failed to resolve reference ${JSON.stringify(ref)}: ${remote.message}`);
      }
      throw plain('media type not found');
    },
  };
}

export type ContainersApi = ReturnType<typeof containersApi>;
