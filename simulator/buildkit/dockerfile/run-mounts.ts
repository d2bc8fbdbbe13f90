// RUN --mount when the frontend converts it and when the step runs (moby/buildkit@v0.10.4
// dockerfile2llb/convert_runmount.go, convert_secrets.go, convert_ssh.go; the mounts at run
// time: solver/llbsolver/mounts/mount.go). Converting gives each mount its target and what it
// adds to the step's cache key: a bind mount's source files (their content), a cache, tmpfs,
// secret or ssh mount only its options — a new secret value finds the step CACHED. Running
// makes each mount's tree: a copy of the bind source (a rw bind's writes are dropped with it),
// the cache directory kept by buildkitd, an empty tmpfs, the secret's file (from the client's
// session), the forwarded agent's socket.

import type { LayerFile } from '../../oci/blob';
import type { RunMount } from './run-mount';
import { MapFs, type StepMount } from './mounted-fs';
import { normalizePath } from '../../host/vfs';

/** A tree to read a bind mount's source from (the context or a stage's files). */
export interface SourceTree {
  lookup(path: string): LayerFile | undefined;
  list(path: string): string[];
}

/** What the client's session offers: undefined when it attached no provider of that kind. */
export interface SessionAttachables {
  secrets?: ReadonlyMap<string, string>;
  ssh?: readonly string[];
}

export interface ConvertedMount {
  mount: RunMount;
  /** Where it shows in the step's root (absolute, clean). */
  target: string;
  /** The secret's or socket's id. */
  id: string;
}

/** A failure while mounting: the step's vertex fails with it. */
export class MountError extends Error {}

function base(p: string): string {
  const c = normalizePath(p);
  return c === '/' ? '/' : c.slice(c.lastIndexOf('/') + 1);
}

/** dispatchRunMounts' targets, secret ids and ssh ids (throws the frontend's words). */
export function convertMounts(mounts: readonly RunMount[], workdir: string): ConvertedMount[] {
  let sshIndex = 0;
  return mounts.map((mount) => {
    if (mount.type === 'secret') {
      let id = mount.source !== '' ? mount.source : mount.id;
      if (id === '') id = base(mount.target);
      return { mount, id, target: mount.target !== '' ? normalizePath(mount.target) : `/run/secrets/${base(id)}` };
    }
    if (mount.type === 'ssh') {
      if (mount.source !== '') throw new Error('ssh does not support source');
      // client/llb: an ssh mount without a target gets /run/buildkit/ssh_agent.<n>.
      const target = mount.target !== '' ? normalizePath(mount.target) : `/run/buildkit/ssh_agent.${sshIndex}`;
      sshIndex++;
      return { mount, id: mount.id, target };
    }
    const target = mount.target.startsWith('/') ? normalizePath(mount.target) : normalizePath(`${workdir}/${mount.target}`);
    if (target === '/') throw new Error(`invalid mount target ${JSON.stringify(target)}`);
    return { mount, id: mount.id, target };
  });
}

/** A copy of `tree` below `source`, rooted at `/`. */
function copySubtree(tree: SourceTree, source: string): Map<string, LayerFile> | undefined {
  const top = tree.lookup(source);
  if (!top) return undefined;
  const out = new Map<string, LayerFile>([['/', { ...top }]]);
  if (top.kind !== 'dir') return out;
  const walk = (dir: string, rel: string): void => {
    for (const name of tree.list(dir)) {
      const abs = dir === '/' ? `/${name}` : `${dir}/${name}`;
      const r = rel === '/' ? `/${name}` : `${rel}/${name}`;
      const f = tree.lookup(abs);
      if (!f) continue;
      out.set(r, { ...f });
      if (f.kind === 'dir') walk(abs, r);
    }
  };
  walk(source, '/');
  return out;
}

export interface MountInputs {
  /** The build context (a bind without from=). */
  context: () => SourceTree;
  /** The stage or image a from= names, solved. */
  from: (name: string) => SourceTree;
  cacheMounts: Map<string, Map<string, LayerFile>>;
  /** BUILDKIT_CACHE_MOUNT_NS: the namespace of cache ids. */
  cacheNamespace: string;
  session: SessionAttachables;
  nowSeconds: number;
  /** The error of a required secret the session lacks (buildkit 0.8 words it otherwise). */
  secretNotFound?: (id: string) => string;
}

/** The mounts as the step's process sees them; a missing required secret or agent fails. */
export function mountForRun(converted: readonly ConvertedMount[], inputs: MountInputs): StepMount[] {
  const out: StepMount[] = [];
  for (const { mount, target, id } of converted) {
    switch (mount.type) {
      case 'secret': {
        const value = inputs.session.secrets?.get(id);
        if (value === undefined) {
          if (mount.required) throw new MountError(inputs.secretNotFound?.(id) ?? `secret ${id}: not found`);
          continue;
        }
        const mode = mount.mode ?? 0o400;
        out.push({ target, readOnly: true, fs: new MapFs(new Map([['/', { kind: 'file', mode, size: value.length, content: value, mtime: inputs.nowSeconds }]])) });
        continue;
      }
      case 'ssh': {
        if (inputs.session.ssh === undefined) {
          if (mount.required) throw new MountError(`no SSH key ${JSON.stringify(id)} forwarded from the client`);
          continue;
        }
        if (!inputs.session.ssh.includes(id === '' ? 'default' : id)) {
          if (mount.required) throw new MountError(`unset ssh forward key ${id === '' ? 'default' : id}`);
          continue;
        }
        // The agent's socket (a plain file here: the node's files have no socket kind).
        out.push({ target, readOnly: true, fs: new MapFs(new Map([['/', { kind: 'file', mode: (mount.mode ?? 0o600) & 0o777, size: 0, content: '', mtime: inputs.nowSeconds }]])) });
        continue;
      }
      case 'tmpfs':
        out.push({ target, readOnly: mount.readOnly, fs: new MapFs(new Map([['/', { kind: 'dir', mode: 0o1777, mtime: inputs.nowSeconds }]])) });
        continue;
      case 'cache': {
        const key = `${inputs.cacheNamespace}/${mount.id !== '' ? mount.id : normalizePath(mount.target)}`;
        let files = inputs.cacheMounts.get(key);
        if (!files) {
          // A new cache starts from from=/source= when given, else as an empty directory.
          const seeded = mount.from !== '' ? copySubtree(inputs.from(mount.from), normalizePath(`/${mount.source}`)) : undefined;
          files = seeded ?? new Map<string, LayerFile>([['/', { kind: 'dir', mode: mount.mode ?? 0o755, mtime: inputs.nowSeconds }]]);
          inputs.cacheMounts.set(key, files);
        }
        out.push({ target, readOnly: mount.readOnly, fs: new MapFs(files) });
        continue;
      }
      case 'bind': {
        const tree = mount.from !== '' ? inputs.from(mount.from) : inputs.context();
        const source = normalizePath(`/${mount.source}`);
        const files = copySubtree(tree, source);
        if (!files) throw new MountError(`failed to mount ${target}: lstat ${source}: no such file or directory`);
        out.push({ target, readOnly: mount.readOnly, fs: new MapFs(files) });
        continue;
      }
    }
  }
  return out;
}

/** What the mounts add to the step's cache key (their options; a bind's source by content). */
export function mountsKey(converted: readonly ConvertedMount[], sourceKey: (m: RunMount) => unknown): unknown[] {
  return converted.map(({ mount, target, id }) => ({
    type: mount.type,
    target,
    id,
    readOnly: mount.readOnly,
    ...(mount.type === 'bind' || (mount.type === 'cache' && mount.from !== '') ? { source: sourceKey(mount) } : {}),
    ...(mount.type === 'tmpfs' ? { size: mount.sizeLimit } : {}),
    ...(mount.type === 'cache' ? { sharing: mount.sharing || 'shared', mode: mount.mode, uid: mount.uid, gid: mount.gid } : {}),
    ...(mount.type === 'secret' || mount.type === 'ssh' ? { required: mount.required, mode: mount.mode, uid: mount.uid, gid: mount.gid } : {}),
  }));
}
