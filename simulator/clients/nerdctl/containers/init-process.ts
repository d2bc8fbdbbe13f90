// `nerdctl run --init` / `--init-binary` (run.go:775-805@v0.22.2): the init binary is found with
// exec.LookPath on nerdctl's side (`init binary "tini" not found` when absent), bind-mounted
// read-only at /sbin/<its base name> as the spec's first mount, and put in front of the
// process's args with `--`, so tini runs as PID 1 and starts the command as its child.

import * as vfs from '../../../host/vfs';
import type { OciSpec } from '../../../containerd/client/index';
import type { NerdctlContext } from '../nerdctl-env';

/** The directories of nerdctl's $PATH on the node (a root login's). */
const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

export interface InitProcess {
  /** Where the binary is bind-mounted in the container: /sbin/<base name>. */
  inContainerPath: string;
  /** Its path on the node, as LookPath found it. */
  binaryPath: string;
}

/** The init to run, or undefined without --init; throws `init binary "x" not found`. */
export function initProcess(c: NerdctlContext): InitProcess | undefined {
  if (!c.bool('init') && !c.isSet('init-binary')) return undefined;
  const binary = c.string('init-binary');
  const files = c.env.node.state.host.files;
  // exec.LookPath: a name with a slash is tried as it is, any other along $PATH.
  const candidates = binary.includes('/') ? [binary] : PATH_DIRS.map((dir) => `${dir}/${binary}`);
  const binaryPath = candidates.find((p) => {
    try {
      const entry = vfs.stat(files, vfs.normalizePath(p, c.io.cwd));
      return entry.kind === 'file' && (entry.mode & 0o111) !== 0;
    } catch {
      return false;
    }
  });
  if (binary === '' || binaryPath === undefined) throw new Error(`init binary ${JSON.stringify(binary)} not found`);
  return { inContainerPath: `/sbin/${binary.slice(binary.lastIndexOf('/') + 1)}`, binaryPath };
}

/** The spec option: the binary's read-only bind mount first, the args behind `<init> --`. */
export function withInitProcess(spec: OciSpec, init: InitProcess | undefined): OciSpec {
  if (!init) return spec;
  const mount = { destination: init.inContainerPath, type: 'bind', source: init.binaryPath, options: ['bind', 'ro'] };
  const process = spec.process ? { ...spec.process, args: [init.inContainerPath, '--', ...(spec.process.args ?? [])] } : spec.process;
  return { ...spec, process, mounts: [mount, ...(spec.mounts ?? [])] } as OciSpec;
}
