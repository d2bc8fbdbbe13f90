// oci.WithSpecFromFile as `ctr run --config FILE ID` and `ctr c create --config FILE ID` apply
// it (containerd@v1.6.20 oci/spec_opts.go): os.ReadFile, then json.Unmarshal into the spec.
// The refusals of an unreadable or malformed file are modelled; a container built from a spec
// the learner wrote is not (the caller says so).

import { plain } from '../../../errdefs/errdefs';
import { isVfsError, normalizePath, readFile, type Files } from '../../../host/vfs';
import { GoJsonSyntaxError, GoUnexpectedEof, scanGoJson } from '../../../go/json-scan';

/** runtime-spec's specs.Version as vendored by containerd 1.6.20. */
const SPEC_VERSION = '1.0.2-dev';

/** Throws ctr's error for a --config FILE (relative to `cwd`) that cannot be read or parsed. */
export function checkSpecConfigFile(files: Files, cwd: string, path: string): void {
  let bytes: string;
  try {
    bytes = readFile(files, normalizePath(path, cwd));
  } catch (err) {
    // os.ReadFile opens a directory fine; the read fails.
    const why = isVfsError(err, 'EISDIR') ? 'read' : 'open';
    const what = why === 'read' ? 'is a directory' : isVfsError(err, 'ENOTDIR') ? 'not a directory' : 'no such file or directory';
    throw plain(`cannot load spec config file: ${why} ${path}: ${what}`);
  }
  const failed = (why: string) => plain(`decoding spec config file failed, current supported OCI runtime-spec : v${SPEC_VERSION}: ${why}`);
  let kind: string;
  try {
    kind = scanGoJson(bytes).kind;
  } catch (err) {
    if (err instanceof GoUnexpectedEof) throw failed('unexpected end of JSON input');
    if (err instanceof GoJsonSyntaxError) throw failed(err.message);
    throw err;
  }
  // oci.Spec is an alias of the runtime-spec struct, which Go names by its own package.
  if (kind !== 'object' && kind !== 'null') throw failed(`json: cannot unmarshal ${kind} into Go value of type specs.Spec`);
}
