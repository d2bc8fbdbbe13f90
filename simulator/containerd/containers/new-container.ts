// client.NewContainer as ctr 1.6's run and `containers create` call it: load the image,
// unpack it if needed, prepare the container's snapshot on the image's chain ID FIRST (which
// is why a duplicate id fails with `snapshot "c1": already exists`), build the spec from the
// image config and the flags, then store the container. On a failure after the snapshot was
// prepared, the snapshot is removed again, as the client's lease would.

import type { Node } from '../../node';
import { getImage } from '../images/image-store';
import { defaultMatcher, onlyPlatforms, parsePlatform } from '../../oci/platform';
import { isUnpacked, resolveTarget, unpackImage } from '../images/unpack';
import type { ContainerRecord, OciSpec } from '../metadata/schema';
import { validateRequestNamespace } from '../namespaces/namespaces';
import { DEFAULT_SNAPSHOTTER, prepare, remove, snapshotFileLookup } from '../snapshots/snapshots';
import { createContainer, DEFAULT_RUNTIME, RUNC_OPTIONS_TYPE } from './containers';
import { DEFAULT_PATH_ENV, generateSpec, mergeEnv, type SpecFlags, type SpecOptions } from './default-spec';
import { userInSnapshot } from './with-user';
import type { ProcessUser } from '../../programs/program';
import { binaryToText } from '../../host/vfs';

export const STOP_SIGNAL_LABEL = 'io.containerd.image.config.stop-signal';

/** The container to make; the SpecFlags go into its spec unchanged. */
export interface NewContainerOptions extends SpecFlags {
  ref: string;
  id: string;
  /** "" for the default (overlayfs). */
  snapshotter: string;
  snapshotterLabels: Record<string, string>;
  /** --label values. */
  labels: Record<string, string>;
  /** --annotation values. */
  annotations: Record<string, string>;
  /** --env entries (merged after the image's env and the env file's). */
  env: string[];
  /** --env-file lines, merged on their own before --env. */
  envFile?: string[];
  /** The command given after the id; empty takes the image's Entrypoint + Cmd. */
  args: string[];
  cwd: string;
  /** --user: "uid[:gid]" or a name from the image's /etc/passwd; "" keeps the image's. */
  user: string;
  runtime: string;
  platform: string;
  /**
   * The caller's own oci.SpecOpts, applied in order after the spec is built from the fields
   * above, with the container's final labels: the container is stored once, with that spec
   * (one /containers/create, as NewContainer WithSpec sends it). A throw fails the creation.
   * `snapshot.user` resolves a user or group in the prepared snapshot's files, as an
   * oci.SpecOpts that mounts the container's snapshot does (WithAppendAdditionalGroups).
   */
  specOpts?: Array<(spec: OciSpec, labels: Readonly<Record<string, string>>, snapshot: SnapshotView) => OciSpec>;
  /** The stop-signal label when the caller sets it (nerdctl's withStop); else the image's or SIGTERM. */
  stopSignal?: string;
  /**
   * ctr's --rootfs: the absolute path of a directory on the node that is the container's root
   * (oci.WithRootFSPath). No image, no snapshot, only the --label labels (run_unix.go).
   */
  rootfs?: string;
}

/** What a spec option may read of the container's prepared snapshot. */
export interface SnapshotView {
  /** oci.WithUser's lookup of `userstr` in the snapshot's /etc/passwd and /etc/group. */
  user(userstr: string): ProcessUser;
}

/** The view a spec option gets of snapshot `key`: read on demand, never copied. */
export function snapshotView(node: Node, ns: string, snapshotter: string, key: string): SnapshotView {
  return { user: (userstr) => userInSnapshot(node, snapshotFileLookup(node, ns, snapshotter, key), userstr) };
}

/** uid/gid for a user spec, looked up in the container's /etc/passwd when not numeric. */
function resolveUser(lookup: () => (path: string) => { content?: string } | undefined, user: string): { uid: number; gid: number } {
  if (user === '') return { uid: 0, gid: 0 };
  const files = { '/etc/passwd': lookup()('/etc/passwd') };
  const [name = '', group] = user.split(':');
  const passwd = (files['/etc/passwd']?.content ?? '').split('\n').map((l) => l.split(':'));
  const entry = /^\d+$/.test(name) ? passwd.find((f) => f[2] === name) : passwd.find((f) => f[0] === name);
  const uid = /^\d+$/.test(name) ? Number(name) : Number(entry?.[2] ?? 0);
  const gid = group !== undefined && /^\d+$/.test(group) ? Number(group) : Number(entry?.[3] ?? 0);
  return { uid, gid };
}

export function newContainer(node: Node, ns: string, o: NewContainerOptions): ContainerRecord {
  validateRequestNamespace(ns);
  if (o.rootfs !== undefined) return newRootfsContainer(node, ns, o, o.rootfs);
  const snapshotter = o.snapshotter || DEFAULT_SNAPSHOTTER;
  const image = getImage(node, ns, o.ref);
  const matcher = o.platform ? onlyPlatforms([parsePlatform(o.platform)]) : defaultMatcher;
  const resolved = isUnpacked(node, ns, image, snapshotter, matcher)
    ? resolveTarget(node, ns, image, matcher)
    : unpackImage(node, ns, image, snapshotter, matcher);
  prepare(node, ns, snapshotter, o.id, resolved.chainId, o.snapshotterLabels);
  try {
    const config = resolved.config.config ?? {};
    // Only a named user needs the image's /etc/passwd: read one path, never copy the tree.
    const { uid, gid } = resolveUser(() => snapshotFileLookup(node, ns, snapshotter, o.id), o.user || config.User || '');
    const labels = { ...image.labels, ...o.labels, [STOP_SIGNAL_LABEL]: o.stopSignal ?? (config.StopSignal || 'SIGTERM') };
    let spec = generateSpec(specFields(node, ns, o, {
      // run_unix.go's order: WithImageConfig, then WithEnvFile, then WithEnv, each a merge of
      // its own (replaceOrAppendEnvValues indexes only what it is given as the base).
      env: mergeEnv(mergeEnv(mergeEnv([DEFAULT_PATH_ENV], config.Env ?? []), o.envFile ?? []), o.env),
      args: o.args.length > 0 ? o.args : [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])],
      cwd: o.cwd || config.WorkingDir || '/',
      uid,
      gid,
    }));
    const view = snapshotView(node, ns, snapshotter, o.id);
    for (const opt of o.specOpts ?? []) spec = opt(spec, labels, view);
    return createContainer(node, ns, {
      id: o.id,
      labels,
      image: image.name,
      runtime: runtimeOf(o),
      snapshotKey: o.id,
      snapshotter,
      spec,
    });
  } catch (err) {
    remove(node, ns, snapshotter, o.id);
    throw err;
  }
}

function runtimeOf(o: NewContainerOptions): ContainerRecord['runtime'] {
  const runtime = o.runtime || DEFAULT_RUNTIME;
  return runtime === DEFAULT_RUNTIME ? { name: runtime, options: { type_url: RUNC_OPTIONS_TYPE } } : { name: runtime };
}

/** The spec fields every container takes from the flags, around what its image (or rootfs) decides. */
function specFields(node: Node, ns: string, o: NewContainerOptions, own: Pick<SpecOptions, 'env' | 'args' | 'cwd' | 'uid' | 'gid'>): SpecOptions {
  return {
    namespace: ns,
    id: o.id,
    ...own,
    terminal: o.terminal,
    netHost: o.netHost,
    hostHostname: node.state.host.hostname,
    mounts: o.mounts,
    // ctr applies WithAnnotations(--annotation) first and WithAnnotations(--label) last:
    // a label wins over an annotation of the same key (run_unix.go NewContainer).
    annotations: sortedCopy({ ...o.annotations, ...o.labels }),
    readOnly: o.readOnly,
    allowNewPrivileges: o.allowNewPrivileges,
    capAdd: o.capAdd,
    capDrop: o.capDrop,
    dropAllCaps: o.dropAllCaps,
    addAllCaps: o.addAllCaps,
    privileged: o.privileged,
    seccomp: o.seccomp,
    apparmor: o.apparmor,
    rootfsPropagation: o.rootfsPropagation,
    cpuShares: o.cpuShares,
    cpus: o.cpus,
    memoryLimit: o.memoryLimit,
    cpuQuota: o.cpuQuota,
    cpuPeriod: o.cpuPeriod,
    cgroupsPath: o.cgroupsPath,
  };
}

/**
 * `ctr run --rootfs DIR`: the spec's root is DIR on the node, read (and written) there when the
 * task runs; a user name is looked up in DIR's /etc/passwd. Nothing is unpacked or prepared, so
 * the container has no image (`c ls` shows `-`), no snapshotter and no snapshot key.
 */
function newRootfsContainer(node: Node, ns: string, o: NewContainerOptions, rootfs: string): ContainerRecord {
  const files = node.state.host.files;
  const lookup = (path: string) => {
    const e = files[`${rootfs === '/' ? '' : rootfs}${path}`];
    return e && e.kind !== 'dir' ? { kind: e.kind, mode: e.mode, content: e.content !== undefined ? binaryToText(e.content) : undefined } : undefined;
  };
  const { uid, gid } = resolveUser(() => lookup, o.user);
  const env = mergeEnv(mergeEnv([DEFAULT_PATH_ENV], o.envFile ?? []), o.env);
  let spec = generateSpec(specFields(node, ns, o, { env, args: o.args, cwd: o.cwd || '/', uid, gid }));
  spec = { ...spec, root: { ...spec.root, path: rootfs } };
  const view: SnapshotView = { user: (userstr) => userInSnapshot(node, lookup, userstr) };
  for (const opt of o.specOpts ?? []) spec = opt(spec, o.labels, view);
  return createContainer(node, ns, { id: o.id, labels: { ...o.labels }, image: '', runtime: runtimeOf(o), snapshotKey: '', snapshotter: '', spec });
}

function sortedCopy(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
