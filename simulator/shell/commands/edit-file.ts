// Reading and writing the node's file for the editors (vi.ts, nano.ts).

import * as vfs from '../../host/vfs';
import type { Node } from '../../node';

/** The file's text, undefined when it does not exist yet; an error line when it cannot be edited. */
export function readForEdit(node: Node, path: string): { text?: string; error?: string } {
  try {
    return { text: vfs.binaryToText(vfs.readFile(node.state.host.files, path)) };
  } catch (err) {
    if (vfs.isVfsError(err, 'ENOENT')) return {};
    if (vfs.isVfsError(err, 'EISDIR')) return { error: 'is a directory' };
    throw err;
  }
}

export function writeFor(node: Node, cwd: string) {
  return (path: string, text: string): string | undefined => {
    try {
      vfs.writeFile(node.state.host.files, vfs.normalizePath(path, cwd), vfs.textToBinary(text), { mtimeMs: node.nowMs() });
      return undefined;
    } catch {
      // vim's message when the file cannot be opened for writing (errors.h E212).
      return `"${path}" E212: Can't open file for writing`;
    }
  };
}
