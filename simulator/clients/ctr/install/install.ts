// `ctr install <ref>` (cmd/ctr/commands/install, client.Install in containerd 1.6.20's
// install.go): looks the image up by name (client.GetImage, so `image "<ref>": not found`, also
// for a missing ref), then applies the layers of its platform's manifest, in order, onto the
// install path (--path, else the managed opt directory /opt/containerd) through a filter that
// keeps only the entries directly in bin/ (and lib/ with --libs). Without --replace an entry
// already on the node fails the install with `cannot replace bin/X in PATH`, leaving what was
// applied before it. The apply (archive.Apply) makes a missing bin/ or lib/ under the path but
// never the path itself: `mkdir PATH/bin: no such file or directory`. A binary the simulated
// layer keeps only by size is written with no bytes.

import type { CtrCommand, CtrContext } from '../ctr-env';
import { clientOf } from '../ctr-env';
import { plain } from '../../../errdefs/errdefs';
import { exists, isVfsError, mkdir, normalizePath, rm, stat, symlink, textToBinary, writeFile } from '../../../host/vfs';
import type { LayerFile } from '../../../oci/blob';

/** The opt plugin's default path (io.containerd.internal.v1.opt). */
const MANAGED_OPT = '/opt/containerd';

export const installCommand: CtrCommand = {
  name: 'install',
  usage: 'install a new package',
  argsUsage: '<ref>',
  description: 'install a new package',
  flags: [
    { names: ['libs', 'l'], kind: 'bool', usage: 'install libs from the image' },
    { names: ['replace', 'r'], kind: 'bool', usage: 'replace any binaries or libs in the opt directory' },
    { names: ['path'], kind: 'string', usage: 'set an optional install path other than the managed opt directory' },
  ],
  action: (c) => {
    const { images, content } = clientOf(c);
    const image = images.get(c.args[0] ?? '');
    const root = c.string('path') || MANAGED_OPT;
    // The opt plugin made bin/ and lib/ (0711) in its path when containerd started.
    if (root === MANAGED_OPT) {
      const files = c.env.node.state.host.files;
      for (const dir of [MANAGED_OPT, `${MANAGED_OPT}/bin`, `${MANAGED_OPT}/lib`]) mkdir(files, dir, { parents: true, mode: 0o711, mtimeMs: c.env.node.nowMs() });
    }
    const { manifest } = images.manifest(image.target);
    const dirs = c.bool('libs') ? ['bin', 'lib'] : ['bin'];
    for (const layer of manifest.layers) {
      for (const [path, file] of Object.entries(content.read(layer.digest).files ?? {})) {
        if (file === null) continue;
        const name = path.replace(/^\/+/, '');
        const slash = name.lastIndexOf('/');
        if (slash < 0 || !dirs.includes(name.slice(0, slash))) continue;
        applyEntry(c, root, name, file, c.bool('replace'));
      }
    }
  },
};

/** One entry the filter kept: refused when it is there and may not be replaced, else written over what is. */
function applyEntry(c: CtrContext, root: string, name: string, file: LayerFile, replace: boolean): void {
  const files = c.env.node.state.host.files;
  const target = normalizePath(`${root}/${name}`, c.io.cwd);
  const present = (() => {
    try {
      stat(files, target, false);
      return true;
    } catch {
      return false;
    }
  })();
  if (present && !replace) throw plain(`cannot replace ${name} in ${root}`);
  const mtimeMs = file.mtime === undefined ? c.env.node.nowMs() : file.mtime * 1000;
  try {
    const parent = target.slice(0, target.lastIndexOf('/')) || '/';
    if (!exists(files, parent)) mkdir(files, parent, { mode: 0o755, mtimeMs: c.env.node.nowMs() });
    if (present && !(file.kind === 'dir' && stat(files, target, false).kind === 'dir')) rm(files, target, { recursive: true, force: true });
    if (file.kind === 'dir') mkdir(files, target, { parents: true, mode: file.mode, mtimeMs });
    else if (file.kind === 'symlink') symlink(files, file.content ?? '', target, { mtimeMs });
    else writeFile(files, target, file.content === undefined ? '' : textToBinary(file.content), { mode: file.mode, mtimeMs });
    // The entry keeps its header's time; the directory it went into was changed now.
    const dir = files[parent];
    if (dir?.kind === 'dir') dir.mtimeMs = c.env.node.nowMs();
  } catch (err) {
    if (isVfsError(err)) throw plain(err.message);
    throw err;
  }
}
