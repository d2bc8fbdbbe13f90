// `runc spec` and `runc features` (runc 1.1.5 spec.go, features.go): the starter config.json
// written into the working directory (or the --bundle one), refused when one is there already;
// the runtime's features document.

import * as vfs from '../../host/vfs';
import { RUNC_FEATURES } from './runc-features-text';
import { checkArgs, type RuncContext } from './runc-env';
import { RUNC_ROOTLESS_SPEC, RUNC_SPEC } from './runc-spec-texts';

export function runcSpec(c: RuncContext): void {
  checkArgs(c, 0, 'exactly');
  const { files } = c.env.node.state.host;
  const bundle = c.string('bundle');
  let dir = c.io.cwd;
  if (bundle !== '') {
    // os.Chdir's *PathError names the directory as given.
    dir = vfs.normalizePath(bundle, c.io.cwd);
    if (!vfs.exists(files, dir)) throw new Error(`chdir ${bundle}: no such file or directory`);
    if (vfs.stat(files, dir).kind !== 'dir') throw new Error(`chdir ${bundle}: not a directory`);
  }
  const target = `${dir === '/' ? '' : dir}/config.json`;
  if (vfs.exists(files, target)) throw new Error('File config.json exists. Remove it first');
  vfs.writeFile(files, target, c.bool('rootless') ? RUNC_ROOTLESS_SPEC : RUNC_SPEC, { mode: 0o644, mtimeMs: c.env.node.nowMs() });
}

export function runcFeatures(c: RuncContext): void {
  checkArgs(c, 0, 'exactly');
  c.io.stdout(RUNC_FEATURES);
}
