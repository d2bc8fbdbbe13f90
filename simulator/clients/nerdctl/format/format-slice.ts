// formatSlice (cmd/nerdctl/fmtutil.go:45-111@v0.22.2), the output of every `nerdctl … inspect`:
// without --format the objects as one JSON array indented by four spaces (json.MarshalIndent,
// which escapes <, > and & as Marshal does); `raw`, `table` and `wide` are refused; anything
// else is a Go template executed once per object, each result on its own line. When executing
// fails (an ExecError, e.g. a field the struct does not have), tryRawFormat runs it again on
// the object turned into plain JSON maps with missingkey=error, after whatever the first run
// had already written — and a failure there is `template parsing error: …`. Each result is
// written with fmt.Fprintf (fmtutil.go:85), so a % in it is a verb without an argument.

import { executeInspectTemplate } from '../../../go/template/index';
import type { NerdctlContext } from '../nerdctl-env';
import { goJsonIndent } from './go-json';
import { fprintfLine, parseNerdctlTemplate } from './template';

export function formatSlice(c: NerdctlContext, objects: readonly unknown[]): void {
  const format = c.string('format');
  if (format === '') {
    c.io.stdout(`${goJsonIndent(objects, '    ')}\n`);
    return;
  }
  if (format === 'raw' || format === 'table' || format === 'wide') throw new Error('unsupported format: "raw", "table", and "wide"');
  const tmpl = parseNerdctlTemplate(format);
  for (const object of objects) c.io.stdout(fprintfLine(executeInspectTemplate(tmpl, object, { keepPartial: true })));
}
