// Small helpers nerdctl's container commands share: idgen.GenerateID (pkg/idgen@v0.22.2),
// strutil.DedupeStrSlice and run.go's parseEnvVars (--env-file, --label-file).

import { nextUint32 } from '../../../host/random';
import * as vfs from '../../../host/vfs';
import type { NerdctlContext } from '../nerdctl-env';

/** idgen.GenerateID: 32 random bytes as hex (the node's seeded random). */
export function generateId(c: NerdctlContext): string {
  let out = '';
  while (out.length < 64) out += nextUint32(c.env.node.state.random).toString(16).padStart(8, '0');
  return out;
}

/** strutil.DedupeStrSlice: first occurrences, in order. */
export function dedupe(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** parseEnvVars (run.go:1111-1131): trimmed lines, `#` comments skipped. */
export function readEnvFiles(c: NerdctlContext, paths: readonly string[]): string[] {
  const files = c.env.node.state.host.files;
  const vars: string[] = [];
  for (const path of paths) {
    const abs = vfs.normalizePath(path, c.io.cwd);
    let text: string;
    try {
      text = vfs.binaryToText(vfs.readFile(files, abs));
    } catch {
      throw new Error(`failed to open env file ${path}: open ${path}: no such file or directory`);
    }
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (line.startsWith('#') || (line === '' && raw === text.split('\n').at(-1))) continue;
      vars.push(line);
    }
  }
  return vars;
}

