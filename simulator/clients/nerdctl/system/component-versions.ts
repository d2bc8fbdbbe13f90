// The components `nerdctl version` reports (pkg/infoutil/infoutil.go@v0.22.2): buildctl, found
// as exec.LookPath("buildctl") finds it and asked `buildctl --version`; containerd's Version
// RPC; runc as `runc --version` on the PATH answers. nerdctl's own Go version and platform.

import { CONTAINERD_PACKAGE, RUNC_PACKAGE } from '../../../host/installed-versions';
import { apparentSize, buildctlVersionBySize, standInProgram } from '../../../host/releases/index';
import * as vfs from '../../../host/vfs';
import type { NerdctlContext } from '../nerdctl-env';

export interface ComponentVersion {
  Name: string;
  Version: string;
  Details?: Record<string, string>;
}

/** The Go nerdctl 0.22.2's release was built with (golang:1.18-alpine on Aug 1 2022). */
export const NERDCTL_GO_VERSION = 'go1.18.4';

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** exec.LookPath(name) over the environment's PATH: the first executable regular file. */
function lookPath(c: NerdctlContext, name: string): string | undefined {
  const files = c.env.node.state.host.files;
  for (const dir of (c.io.environ.PATH ?? DEFAULT_PATH).split(':')) {
    if (dir === '') continue;
    const path = vfs.normalizePath(`${dir}/${name}`, c.io.cwd);
    try {
      const entry = vfs.stat(files, path);
      if (entry.kind === 'file' && (entry.mode & 0o111) !== 0) return path;
    } catch {
      // not there: the next directory
    }
  }
  return undefined;
}

/** buildctlVersion: a missing buildctl warns and is reported as "builctl" (sic, infoutil.go:161). */
export function buildctlVersion(c: NerdctlContext): ComponentVersion {
  const path = lookPath(c, 'buildctl');
  if (path === undefined) {
    c.env.log.warn('unable to determine buildctl version: exec: "buildctl": executable file not found in $PATH');
    return { Name: 'builctl', Version: '' };
  }
  const entry = vfs.stat(c.env.node.state.host.files, path);
  const known = standInProgram(entry.content) === 'buildctl' ? buildctlVersionBySize(apparentSize(entry)) : undefined;
  if (!known) {
    // Something else sits there: it does not answer --version as buildctl does.
    c.env.log.warn(`unable to determine buildctl version: fork/exec ${path}: exec format error`);
    return { Name: 'buildctl', Version: '' };
  }
  return { Name: 'buildctl', Version: known.version, Details: { GitCommit: known.revision } };
}

/** ServerVersion: containerd's Version RPC, then runc --version. */
export function serverComponents(): ComponentVersion[] {
  return [
    { Name: 'containerd', Version: CONTAINERD_PACKAGE.version, Details: { GitCommit: CONTAINERD_PACKAGE.revision } },
    { Name: 'runc', Version: RUNC_PACKAGE.version, Details: { GitCommit: RUNC_PACKAGE.commit } },
  ];
}
