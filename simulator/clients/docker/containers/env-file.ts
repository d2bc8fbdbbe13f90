// --env-file as docker/cli v20.10.24 reads it for run, create and exec (opts/envfile.go
// ParseEnvFile → opts/file.go parseKeyValueFile): line by line (bufio's ScanLines drops a CR
// before the newline), leading white space trimmed, blank lines and `#` comments skipped. A name
// (before the first `=`) holding a space or tab, or none at all, is ErrBadKey's "poorly formatted
// environment"; `NAME=VALUE` passes as written, a bare `NAME` takes the CLI's own value and is
// dropped when the CLI has none. A --label-file is read the same way (ReadKVStrings), with no
// lookup: a bare name is dropped.

import { binaryToText, normalizePath, readFile } from '../../../host/vfs';
import type { DockerContext } from '../docker-env';

/** What ParseEnvFile returned as its error, with the CLI's words. */
export class EnvFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvFileError';
  }
}

/**
 * The `NAME=VALUE` entries of the file at `path` (as given), in order; `lookup` (an env file)
 * fills a bare name from the CLI's environment.
 */
export function readEnvFile(c: DockerContext, path: string, lookup = true): string[] {
  let text: string;
  try {
    text = binaryToText(readFile(c.env.node.state.host.files, normalizePath(path, c.io.cwd)));
  } catch {
    throw new EnvFileError(`open ${path}: no such file or directory`);
  }
  const out: string[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const scanned of lines) {
    const line = scanned.replace(/\r$/, '').replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const variable = (eq < 0 ? line : line.slice(0, eq)).replace(/^[ \t]+/, '');
    if (/[ \t]/.test(variable)) throw new EnvFileError(`poorly formatted environment: variable '${variable}' contains whitespaces`);
    if (variable === '') throw new EnvFileError(`poorly formatted environment: no variable name on line '${line}'`);
    if (eq >= 0) {
      out.push(`${variable}=${line.slice(eq + 1)}`);
      continue;
    }
    const value = lookup && Object.hasOwn(c.io.environ, line) ? c.io.environ[line] : undefined;
    if (value !== undefined) out.push(`${line.trim()}=${value}`);
  }
  return out;
}
