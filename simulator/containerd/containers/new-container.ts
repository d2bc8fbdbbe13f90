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
import { generateSpec, type SpecFlags } from './default-spec';
import { userInSnapshot } from './with-user';
import type { ProcessUser } from '../../programs/program';

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
  /** --env-file entries, then --env entries. */
  env: string[];
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
    let spec = generateSpec({
      namespace: ns,
      id: o.id,
      env: [...(config.Env ?? []), ...o.env],
      args: o.args.length > 0 ? o.args : [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])],
      cwd: o.cwd || config.WorkingDir || '/',
      uid,
      gid,
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
    });
    const view = snapshotView(node, ns, snapshotter, o.id);
    for (const opt of o.specOpts ?? []) spec = opt(spec, labels, view);
    const runtime = o.runtime || DEFAULT_RUNTIME;
    return createContainer(node, ns, {
      id: o.id,
      labels,
      image: image.name,
      runtime: runtime === DEFAULT_RUNTIME ? { name: runtime, options: { type_url: RUNC_OPTIONS_TYPE } } : { name: runtime },
      snapshotKey: o.id,
      snapshotter,
      spec,
    });
  } catch (err) {
    remove(node, ns, snapshotter, o.id);
    throw err;
  }
}

function sortedCopy(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
