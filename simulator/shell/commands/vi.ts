// `vi`, `vim`: a minimal vim on the node's files (the notes edit /etc/crictl.yaml and
// /etc/profile that way). The editing is screen/vi-editor.ts; this reads and writes the file.

import * as vfs from '../../host/vfs';
import { attachScreenProgram } from '../screen/screen-program';
import { ViEditor } from '../screen/vi-editor';
import { nodeCommand, type ShellCommandFactory } from './command-host';
import { readForEdit, writeFor } from './edit-file';

export function viCommand(name: string): ShellCommandFactory {
  return nodeCommand(name, (args, io, node) => {
    const files = args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('+'));
    const path = files[0];
    if (path === undefined) {
      io.stderr(`${name}: starting without a file name is not simulated here; give the file to edit (vim's :help starting)\n`);
      return 1;
    }
    if (!io.terminal) {
      io.stderr(`${name}: editing without a terminal is not simulated here (vim's :help -es)\n`);
      return 1;
    }
    const read = readForEdit(node, vfs.normalizePath(path, io.cwd));
    if (read.error) {
      io.stderr(`${name}: "${path}" ${read.error}: opening a directory (netrw) is not simulated here\n`);
      return 1;
    }
    attachScreenProgram(io, new ViEditor(path, read.text, { write: writeFor(node, io.cwd) }));
    return 0;
  });
}
