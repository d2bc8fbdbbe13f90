// oci.WithSpecFromFile as `ctr run --config FILE ID` and `ctr c create --config FILE ID` apply
// it (containerd@v1.6.20 oci/spec_opts.go): os.ReadFile, then json.Unmarshal into the spec
// (oci/spec-file.ts), which is the spec the container is stored with.

import { plain } from '../../../errdefs/errdefs';
import { isVfsError, normalizePath, readFile, type Files } from '../../../host/vfs';
import { GoJsonSyntaxError, GoUnexpectedEof, scanGoJson } from '../../../go/json-scan';
import type { GoJsonValue } from '../../../go/json-value';
import { SpecTypeError, specFromJson } from '../../../oci/spec-file';

/** runtime-spec's specs.Version as vendored by containerd 1.6.20. */
const SPEC_VERSION = '1.0.2-dev';

/** The spec of a --config FILE (relative to `cwd`); throws ctr's error for one that cannot be read or decoded. */
export function loadSpecConfigFile(files: Files, cwd: string, path: string): Record<string, unknown> {
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
  let value: GoJsonValue;
  try {
    value = scanGoJson(bytes);
  } catch (err) {
    if (err instanceof GoUnexpectedEof) throw failed('unexpected end of JSON input');
    if (err instanceof GoJsonSyntaxError) throw failed(err.message);
    throw err;
  }
  try {
    return specFromJson(value);
  } catch (err) {
    if (err instanceof SpecTypeError) throw failed(err.message);
    throw err;
  }
}
