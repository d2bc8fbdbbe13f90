// formatSlice (cmd/nerdctl/fmtutil.go:45-90@v0.22.2), the output of every `nerdctl … inspect`:
// without --format the objects as one JSON array indented by four spaces (json.MarshalIndent,
// which escapes <, > and & as Marshal does); `raw`, `table` and `wide` are refused; anything
// else is a Go template (docker/cli's templates.Parse, with `json` as an alias of
// `{{json .}}`) executed once per object, each result on its own line.

import type { NerdctlContext } from '../nerdctl-env';
import { goJsonIndent } from './go-json';
import { executeFormat } from './template';

export function formatSlice(c: NerdctlContext, objects: readonly unknown[]): void {
  const format = c.string('format');
  if (format === '') {
    c.io.stdout(`${goJsonIndent(objects, '    ')}\n`);
    return;
  }
  if (format === 'raw' || format === 'table' || format === 'wide') throw new Error('unsupported format: "raw", "table", and "wide"');
  const lines = executeFormat(format, objects);
  c.io.stdout(lines.map((l) => `${l}\n`).join(''));
}
