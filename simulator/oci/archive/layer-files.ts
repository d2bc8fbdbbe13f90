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

/**
 * The files of a layer tar's entries. `declaredSize` gives a file's size when its bytes are a
 * stand-in (the simulator's own layer archives). Whiteouts (.wh.*) and device nodes are not
 * kept: an image layer here only adds files.
 */
export function layerFilesOf(
  entries: readonly TarEntry[],
  declaredSize: (e: TarEntry) => number | undefined = () => undefined,
  keepTimes = true,
): Record<string, LayerFile> {
  const files: Record<string, LayerFile> = {};
  for (const e of entries) {
    const path = layerPath(e.name);
    if (path === '/' || path.slice(path.lastIndexOf('/') + 1).startsWith('.wh.')) continue;
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
