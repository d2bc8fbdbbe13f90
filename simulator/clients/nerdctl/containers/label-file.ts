// readKVStringsMapfFromLabel (cmd/nerdctl/run.go@v0.22.2): docker's opts.ReadKVStrings over the
// --label-file files, then the --label values, into a map. A file's lines lose their leading
// white space; blank and `#` lines are skipped; a line without `=` is dropped (no lookup
// function is given), a name holding white space or an empty name is refused.

import { convertKvStringsToMap } from '../../kv-strings';
import * as vfs from '../../../host/vfs';
import type { NerdctlContext } from '../nerdctl-env';
import { dedupe } from './idgen-env';

function readKvFile(c: NerdctlContext, path: string): string[] {
  let text: string;
  try {
    text = vfs.binaryToText(vfs.readFile(c.env.node.state.host.files, vfs.normalizePath(path, c.io.cwd)));
  } catch (err) {
    const why = vfs.isVfsError(err, 'EISDIR') ? 'is a directory' : 'no such file or directory';
    throw new Error(why === 'is a directory' ? `read ${path}: is a directory` : `open ${path}: ${why}`);
  }
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const name = (eq < 0 ? line : line.slice(0, eq)).replace(/^[ \t]+/, '');
    if (/[ \t]/.test(name)) throw new Error(`poorly formatted environment: variable '${name}' contains whitespaces`);
    if (name === '') throw new Error(`poorly formatted environment: no variable name on line '${line}'`);
    if (eq >= 0) lines.push(`${name}=${line.slice(eq + 1)}`);
  }
  return lines;
}

/** The container's user labels: the files' lines, then --label (a bare `k` is `k=`). */
export function labelMap(c: NerdctlContext): Record<string, string> {
  const lines = [...dedupe(c.stringSlice('label-file')).flatMap((f) => readKvFile(c, f)), ...dedupe(c.stringSlice('label'))];
  return convertKvStringsToMap(lines);
}
