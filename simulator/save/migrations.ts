// Every earlier form of a saved node tree, brought to the current one step by step, so no
// learner loses a session to an upgrade. A step takes a tree of its version as that version's
// code wrote it and returns the next version's; the checks (shell/saved-state-check.ts) then
// judge the result as they would a save of today. fixtures/ holds saves made by the old code
// itself (fixtures/README.md says how), and migrations.test.ts restores each of them.
//
//   1   2026-11-28 … 2026-12-04: the whole tree inline, fields added over time as optional
//   2   the same records, checked by one schema; large strings may be saved as chunks
//       (chunked-tree.ts), which storage resolves before the tree reaches these steps
//   3   the mount table is the host's (host.mounts, was containerd.imageMounts), and whether
//       containerd runs is its systemd unit's state alone (containerd.running is gone)
//   4   the CRI plugin's own records (cri.sandboxes, cri.containers), empty before it existed;
//       the node gains what a node for pods has: a CNI config, the kubelet's package and unit
//   5   dockerd's own records (dockerd.images, .references, .containers), empty before it
//       existed; the node gains Debian's docker.io: its unit, installed, enabled and running,
//       and what the notes install: nerdctl-full 0.22.2 and BuildKit 0.10.4, buildkit running
//   6   docker and crictl are files the shell runs them through (tools/tool.ts fileBacked), and
//       the node records its Debian packages (/var/lib/dpkg, apt's sources and lists): the
//       node gains docker.io's files and dpkg records, and crictl in /usr/bin, as node1 has them

import { initialFiles } from '../host/node-files';
import { hostPackageFiles } from '../programs/apt/apt-host-files';
import { installedCrictl, installedReleaseFiles } from '../host/releases/index';
import { STATE_VERSION } from '../node';

type Tree = Record<string, unknown>;

/** version → the step from it to the next one. */
const STEPS: Record<number, (tree: Tree) => Tree> = {
  // Version 2 changed how a tree is stored, not its records: every field version 1 code wrote
  // (the optional ones added later are still optional) reads the same.
  1: (tree) => ({ ...tree, version: 2 }),
  2: hostOwnsMountsAndUnit,
  3: nodeForPods,
  4: nodeWithDocker,
  5: nodeWithPackageFiles,
};

function objectOrUndefined(value: unknown): Tree | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Tree) : undefined;
}

/**
 * 2 → 3: `containerd.imageMounts` becomes `host.mounts` as it is, and `containerd.running`
 * goes. Where an old tree's flag and containerd's unit disagree, the flag decides: it is what
 * ctr's dial obeyed. A part that is not an object is left for the checks to refuse.
 */
function hostOwnsMountsAndUnit(tree: Tree): Tree {
  const next: Tree = { ...tree, version: 3 };
  const oldContainerd = objectOrUndefined(tree.containerd);
  const oldHost = objectOrUndefined(tree.host);
  if (!oldContainerd || !oldHost) return next;
  const { running, imageMounts, ...containerd } = oldContainerd;
  const host: Tree = { ...oldHost };
  if (imageMounts !== undefined) host.mounts = imageMounts;
  const units = objectOrUndefined(host.units);
  const unit = objectOrUndefined(units?.containerd);
  if (units && unit && typeof running === 'boolean' && unit.active !== running) {
    const decided: Tree = { ...unit, active: running };
    // A stopped unit has no main process; a started one without its own shows boot's.
    if (!running) delete decided.mainPid;
    host.units = { ...units, containerd: decided };
  }
  next.host = host;
  next.containerd = containerd;
  return next;
}

/** What version 4's node1 has that an older one lacks: the pod network and the kubelet's package. */
const POD_NODE_PATHS = /^\/(?:etc\/cni|opt\/cni|etc\/kubernetes|var\/lib\/kubelet|etc\/systemd|usr\/lib|lib$)/;

/**
 * 3 → 4: no node before had a CRI plugin, so its records start empty. The learner's node is
 * upgraded as a package install would: the CNI config and plugins, the kubelet's files and its
 * unit (installed, disabled, stopped) are added where missing; nothing present is replaced.
 */
function nodeForPods(tree: Tree): Tree {
  const next: Tree = { ...tree, version: 4, cri: { sandboxes: {}, containers: {} } };
  const host = objectOrUndefined(tree.host);
  const files = objectOrUndefined(host?.files);
  const units = objectOrUndefined(host?.units);
  if (!host || !files || !units) return next;
  const stamp = objectOrUndefined(files['/etc'])?.mtimeMs;
  const added: Tree = { ...files };
  for (const [path, entry] of Object.entries(initialFiles(typeof stamp === 'number' ? stamp : 0))) {
    if (POD_NODE_PATHS.test(path) && !Object.hasOwn(added, path)) added[path] = entry;
  }
  const kubelet = objectOrUndefined(units.kubelet);
  const newUnits = kubelet?.installed === true ? units : { ...units, kubelet: { installed: true, enabled: false, active: false } };
  next.host = { ...host, files: added, units: newUnits };
  return next;
}

/** The docker unit as a fresh node1 has it (host/systemd.ts): Debian's docker.io enables and starts it. */
const DOCKER_UNIT_AT_BOOT = { installed: true, enabled: true, active: true, mainPid: 790 };

/**
 * 4 → 5: no node before had a Docker Engine, so its records start empty, and the package is
 * installed as `apt-get install docker.io` would: the unit enabled and started (left stopped where
 * containerd is). A docker unit the save already has (never installed there) is replaced.
 */
function nodeWithDocker(tree: Tree): Tree {
  const next: Tree = { ...tree, version: 5, dockerd: { images: {}, references: {}, containers: {} } };
  const host = objectOrUndefined(tree.host);
  const units = objectOrUndefined(host?.units);
  if (!host || !units) return next;
  // Installed on a node whose containerd is down, it could not start (Requires=containerd).
  const containerdUp = objectOrUndefined(units.containerd)?.active === true;
  const docker = containerdUp ? { ...DOCKER_UNIT_AT_BOOT } : { installed: true, enabled: true, active: false };
  next.host = { ...host, units: { ...withBuildkit(units), docker } };
  const files = objectOrUndefined(host.files);
  if (files) (next.host as Tree).files = withNerdctlBundle(files);
  return next;
}

/** buildkit as the notes leave it (host/systemd.ts): enabled and running, unless the save has it. */
const BUILDKIT_UNIT_AT_BOOT = { installed: true, enabled: true, active: true, mainPid: 735 };

function withBuildkit(units: Tree): Tree {
  return objectOrUndefined(units.buildkit)?.installed === true ? units : { ...units, buildkit: { ...BUILDKIT_UNIT_AT_BOOT } };
}

/**
 * The same step installs what a version-5 node1 starts with and an older one lacks: nerdctl-full
 * 0.22.2 and BuildKit 0.10.4 under /usr/local and the notes' buildkit units (host/releases), as
 * the notes' install steps would. Nothing present is replaced, so a learner's own files win.
 */
function withNerdctlBundle(files: Tree): Tree {
  const stamp = objectOrUndefined(files['/etc'])?.mtimeMs;
  const added: Tree = { ...files };
  for (const [path, entry] of Object.entries(installedReleaseFiles(typeof stamp === 'number' ? stamp : 0))) {
    if (!Object.hasOwn(added, path)) added[path] = entry;
  }
  return added;
}

/**
 * 5 → 6: every node before had docker (Debian's docker.io) and crictl, which the shell ran
 * without a file. Now it runs them only through their files, so the node gains what a fresh
 * one has: docker.io's files with dpkg's records of the node's packages, apt's sources and
 * lists, and crictl in /usr/bin. Nothing present is replaced, so a learner's own files win.
 */
function nodeWithPackageFiles(tree: Tree): Tree {
  const next: Tree = { ...tree, version: 6 };
  const host = objectOrUndefined(tree.host);
  const files = objectOrUndefined(host?.files);
  if (!host || !files) return next;
  const stamp = objectOrUndefined(files['/etc'])?.mtimeMs;
  const added: Tree = { ...files };
  for (const [path, entry] of Object.entries({ ...hostPackageFiles(typeof stamp === 'number' ? stamp : 0), ...installedCrictl() })) {
    if (!Object.hasOwn(added, path)) added[path] = entry;
  }
  next.host = { ...host, files: added };
  return next;
}

/**
 * `tree` brought to STATE_VERSION, or returned as it is when it is not a versioned tree, is of a
 * version no step starts from (a newer ctrlab's, or junk), or is current already.
 */
export function migrateNodeTree(tree: unknown): unknown {
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return tree;
  let current = tree as Tree;
  while (typeof current.version === 'number' && current.version < STATE_VERSION) {
    const step = Object.hasOwn(STEPS, current.version) ? STEPS[current.version] : undefined;
    if (!step) return current;
    current = step(current);
  }
  return current;
}
