// `less` and `more` on node1. On a terminal they page (screen/less-pager.ts, more-pager.ts);
// when stdout is not a terminal they copy their input through, as both real pagers do
// (less: "if the standard output is not a terminal, less behaves like cat").

import * as vfs from '../../host/vfs';
import type { CommandIO } from '../../cli/spec';
import type { Node } from '../../node';
import { LessPager } from '../screen/less-pager';
import { MorePager } from '../screen/more-pager';
import { attachScreenProgram } from '../screen/screen-program';
import { nodeCommand, type ShellCommandFactory } from './command-host';

interface Input {
  text: string;
  name: string | null;
}

/** The named files' text (or stdin); a file that cannot be read is reported as less/more do. */
function readInputs(name: string, args: readonly string[], io: CommandIO, node: Node): { inputs: Input[]; failed: boolean } {
  const paths = args.filter((arg) => !arg.startsWith('-') || arg === '-');
  if (paths.length === 0) return { inputs: [{ text: io.stdin, name: null }], failed: false };
  const inputs: Input[] = [];
  let failed = false;
  for (const path of paths) {
    if (path === '-') {
      inputs.push({ text: io.stdin, name: null });
      continue;
    }
    try {
      inputs.push({ text: vfs.binaryToText(vfs.readFile(node.state.host.files, vfs.normalizePath(path, io.cwd))), name: path });
    } catch (err) {
      failed = true;
      const reason = vfs.isVfsError(err, 'EISDIR') ? 'is a directory' : 'No such file or directory';
      // less: "x: No such file or directory"; more: "more: cannot open x: No such file or directory".
      io.stderr(name === 'less' ? `${path}: ${reason}\n` : `more: cannot open ${path}: ${reason}\n`);
    }
  }
  return { inputs, failed };
}

function pagerCommand(name: 'less' | 'more'): ShellCommandFactory {
  return nodeCommand(name, (args, io, node) => {
    const { inputs, failed } = readInputs(name, args, io, node);
    const text = inputs.map((input) => input.text).join('');
    if (inputs.length === 0) return 1;
    const first = inputs[0];
    if (!io.isTTY || !io.terminal || inputs.length > 1) {
      // Not a terminal: like cat. Several files on a terminal are paged one after the other by
      // the real pagers (:n); here they are printed through.
      io.stdout(text);
      return failed ? 1 : 0;
    }
    if (name === 'more') {
      const pager = new MorePager(text, first?.name !== null);
      if (pager.fits()) {
        io.stdout(text);
        return 0;
      }
      attachScreenProgram(io, pager);
      return 0;
    }
    attachScreenProgram(io, new LessPager(text, first?.name ?? null));
    return 0;
  });
}

export const lessCommand = pagerCommand('less');
export const moreCommand = pagerCommand('more');
