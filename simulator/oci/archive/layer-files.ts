// A real layer tar turned into the file list a snapshot shows (path → LayerFile), as the
// applier would extract it: directories, symlinks with their targets, regular files with mode
// and size. Small text files keep their text (scripts, /etc files, web pages); binaries keep
// only their size, which is all the runtime needs to find and start them.

import type { LayerFile } from '../blob';
import type { TarEntry } from '../../host/tar';

/** Files above this size are not kept as text, whatever they hold. */
const MAX_TEXT = 64 * 1024;

function layerPath(name: string): string {
  return `/${name.split('/').filter((p) => p !== '' && p !== '.').join('/')}`;
}

/** The text of a file's bytes, or undefined for a binary (NUL bytes, invalid UTF-8, too big). */
function textOfFile(bytes: string): string | undefined {
  if (bytes.length > MAX_TEXT || bytes.includes('\0')) return undefined;
  const raw = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) raw[i] = bytes.charCodeAt(i) & 0xff;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return undefined;
  }
}

/** `.wh.<name>` marks `<name>` deleted; `.wh..wh..opq` marks a directory opaque (OCI layer.md). */
const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';

/**
 * The files of a layer tar's entries. `declaredSize` gives a file's size when its bytes are a
 * stand-in (the simulator's own layer archives). Whiteouts and device nodes are not kept: the
 * files a layer adds, for callers that copy them somewhere (COPY from an archive, import).
 */
export function layerFilesOf(
  entries: readonly TarEntry[],
  declaredSize: (e: TarEntry) => number | undefined = () => undefined,
  keepTimes = true,
): Record<string, LayerFile> {
  const files: Record<string, LayerFile> = {};
  for (const [path, file] of Object.entries(layerChangesOf(entries, declaredSize, keepTimes))) if (file) files[path] = file;
  return files;
}

/**
 * What a layer changes, as the applier applies it over the layers below: the files it adds,
 * and null for each path a whiteout deletes (so a file removed by a build step stays removed
 * once the image is unpacked). An opaque directory's marker is not kept: the directory entry
 * itself is, and nothing here writes one (buildkit's exporter writes plain whiteouts).
 */
export function layerChangesOf(
  entries: readonly TarEntry[],
  declaredSize: (e: TarEntry) => number | undefined = () => undefined,
  keepTimes = true,
): Record<string, LayerFile | null> {
  const files: Record<string, LayerFile | null> = {};
  for (const e of entries) {
    const path = layerPath(e.name);
    if (path === '/') continue;
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (base.startsWith(WHITEOUT)) {
      if (base !== OPAQUE && base.length > WHITEOUT.length) {
        const dir = path.slice(0, path.lastIndexOf('/'));
        files[`${dir}/${base.slice(WHITEOUT.length)}`] = null;
      }
      continue;
    }
    let file: LayerFile | undefined;
    if (e.kind === 'dir') file = { kind: 'dir', mode: e.mode };
    else if (e.kind === 'symlink') file = { kind: 'symlink', content: e.linkname ?? '', mode: e.mode };
    else if (e.kind === 'hardlink') {
      const target = files[layerPath(e.linkname ?? '')];
      if (target) file = { ...target };
    } else if (e.kind === 'file') {
      const bytes = e.content ?? '';
      file = { kind: 'file', mode: e.mode, size: declaredSize(e) ?? bytes.length };
      const text = textOfFile(bytes);
      if (text !== undefined) file.content = text;
    }
    if (!file) continue;
    if (keepTimes && e.mtime !== undefined && e.kind !== 'hardlink') file.mtime = e.mtime;
    files[path] = file;
  }
  return files;
}
