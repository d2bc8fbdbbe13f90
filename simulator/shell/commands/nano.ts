// `nano`: a minimal GNU nano on the node's files (screen/nano-editor.ts does the editing).

import * as vfs from '../../host/vfs';
import { NanoEditor } from '../screen/nano-editor';
import { attachScreenProgram } from '../screen/screen-program';
import { nodeCommand } from './command-host';
import { readForEdit, writeFor } from './edit-file';

export const nanoCommand = nodeCommand('nano', (args, io, node) => {
  const path = args.find((arg) => !arg.startsWith('-') && !arg.startsWith('+'));
  if (path === undefined) {
    io.stderr('nano: starting without a file name is not simulated here; give the file to edit (nano(1))\n');
    return 1;
  }
  if (!io.terminal) {
    io.stderr('nano: editing without a terminal is not simulated here (nano(1))\n');
    return 1;
  }
  const read = readForEdit(node, vfs.normalizePath(path, io.cwd));
  if (read.error) {
    io.stderr(`nano: "${path}" is a directory\n`);
    return 1;
  }
  attachScreenProgram(io, new NanoEditor(path, read.text, { write: writeFor(node, io.cwd) }));
  return 0;
});
