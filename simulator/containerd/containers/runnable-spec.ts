// A container made from a learner's spec file (`ctr c create --config`) is stored with that spec
// exactly (ContainerRecord.specFile: `c info` prints it, runc validates it). The rest of the node
// reads a spec's process, root, mounts and namespaces without asking whether they exist, so the
// record's `spec` is the same spec with those parts filled in as Go's zero values would read:
// no process is an empty one (runc refuses it before anything runs), no root is path "".

import type { OciSpec } from '../metadata/schema';

type Loose = Record<string, unknown>;

const asObject = (v: unknown): Loose => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : {});
const asString = (v: unknown): string => (typeof v === 'string' ? v : '');
const asStrings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** The linux section as far as the node reads it: cgroupsPath and the namespaces to join. */
function linuxPart(v: unknown): OciSpec['linux'] {
  if (v === undefined) return undefined;
  const linux: Loose = { ...asObject(v) };
  if (typeof linux.cgroupsPath !== 'string') delete linux.cgroupsPath;
  if (Array.isArray(linux.namespaces)) {
    linux.namespaces = linux.namespaces.map((n) => {
      const o = asObject(n);
      return typeof o.path === 'string' ? { type: asString(o.type), path: o.path } : { type: asString(o.type) };
    });
  } else delete linux.namespaces;
  return linux as OciSpec['linux'];
}

/** `file` (as oci/spec-file.ts decoded it) with the parts every reader of a spec expects. */
export function runnableSpec(file: Readonly<Loose>): OciSpec {
  const process = asObject(file.process);
  const user = asObject(process.user);
  const gids = Array.isArray(user.additionalGids) ? { additionalGids: user.additionalGids.filter((g): g is number => typeof g === 'number') } : {};
  const root = asObject(file.root);
  const mounts = (Array.isArray(file.mounts) ? file.mounts : []).map((m) => {
    const o = asObject(m);
    const options = Array.isArray(o.options) ? { options: asStrings(o.options) } : {};
    return { destination: asString(o.destination), type: asString(o.type), source: asString(o.source), ...options };
  });
  const spec: Loose = {
    ...file,
    ociVersion: asString(file.ociVersion),
    process: {
      ...process,
      terminal: process.terminal === true,
      user: { uid: typeof user.uid === 'number' ? user.uid : 0, gid: typeof user.gid === 'number' ? user.gid : 0, ...gids },
      args: asStrings(process.args),
      env: asStrings(process.env),
      cwd: asString(process.cwd),
    },
    root: root.readonly === true ? { path: asString(root.path), readonly: true } : { path: asString(root.path) },
    mounts,
  };
  const linux = linuxPart(file.linux);
  if (linux) spec.linux = linux;
  else delete spec.linux;
  return spec as OciSpec;
}

/** runc's validateProcessSpec (utils_linux.go @v1.1): what it refuses in a spec's process, in its order. */
export function processSpecProblem(file: Readonly<Loose>): string | undefined {
  if (file.process === undefined) return 'process property must not be empty';
  const process = asObject(file.process);
  const cwd = asString(process.cwd);
  if (cwd === '') return 'Cwd property must not be empty';
  if (!cwd.startsWith('/')) return 'Cwd must be an absolute path';
  if (asStrings(process.args).length === 0) return 'args must not be empty';
  return undefined;
}
