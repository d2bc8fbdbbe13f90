// --security-opt as docker/cli 20.10 takes it before the request (cli/command/container/opts.go
// parseSecurityOpts, parseSystemPaths): each value is `key=value`, `key:value` or the bare
// `no-new-privileges`; a seccomp profile other than `unconfined` is a file on the client's
// machine whose JSON goes to the daemon compacted (`seccomp=<json>`); `systempaths=unconfined`
// is not sent but empties the masked and read-only paths. What the keys mean is the daemon's
// (dockerd/containers/security-opts.ts).

import { binaryToText, normalizePath, readFile } from '../../../host/vfs';
import { GoJsonSyntaxError, GoUnexpectedEof, scanGoJson } from '../../../go/json-scan';

export interface SecurityOpts {
  SecurityOpt: string[];
  /** Present (empty) only for systempaths=unconfined. */
  MaskedPaths?: string[];
  ReadonlyPaths?: string[];
}

/** json.Compact: the whitespace between tokens dropped, strings kept as they are. */
function compact(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"|[ \t\r\n]+/g, (m) => (m.startsWith('"') ? m : ''));
}

function seccompFile(files: Parameters<typeof readFile>[0], cwd: string, path: string): string {
  let bytes: string;
  try {
    bytes = readFile(files, normalizePath(path, cwd));
  } catch {
    throw new Error(`opening seccomp profile (${path}) failed: open ${path}: no such file or directory`);
  }
  try {
    // The scanner's syntax errors are Compact's; its end inside the value is Compact's
    // `unexpected end of JSON input`.
    scanGoJson(bytes);
  } catch (err) {
    const why = err instanceof GoUnexpectedEof ? 'unexpected end of JSON input' : err instanceof GoJsonSyntaxError ? err.message : String(err);
    throw new Error(`compacting json for seccomp profile (${path}) failed: ${why}`);
  }
  return compact(binaryToText(bytes));
}

/** The request's SecurityOpt (and paths); an Error whose message is the CLI's for a bad value. */
export function parseSecurityOpts(values: readonly string[], files: Parameters<typeof readFile>[0], cwd: string): SecurityOpts {
  const opts: string[] = [];
  let systemPaths = false;
  for (const opt of values) {
    let key: string;
    let value: string | undefined;
    const eq = opt.indexOf('=');
    if (eq >= 0) [key, value] = [opt.slice(0, eq), opt.slice(eq + 1)];
    else if (opt === 'no-new-privileges') [key, value] = [opt, undefined];
    else if (opt.includes(':')) [key, value] = [opt.slice(0, opt.indexOf(':')), opt.slice(opt.indexOf(':') + 1)];
    else throw new Error(`Invalid --security-opt: ${JSON.stringify(opt)}`);
    if (key === 'seccomp' && value !== 'unconfined') {
      opts.push(`seccomp=${seccompFile(files, cwd, value ?? '')}`);
      continue;
    }
    if (opt === 'systempaths=unconfined') {
      systemPaths = true;
      continue;
    }
    opts.push(opt);
  }
  return { SecurityOpt: opts, ...(systemPaths ? { MaskedPaths: [], ReadonlyPaths: [] } : {}) };
}
