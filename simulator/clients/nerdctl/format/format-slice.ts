// formatSlice (cmd/nerdctl/fmtutil.go:45-111@v0.22.2), the output of every `nerdctl … inspect`:
// without --format the objects as one JSON array indented by four spaces (json.MarshalIndent,
// which escapes <, > and & as Marshal does); `raw`, `table` and `wide` are refused; anything
// else is a Go template executed once per object, each result on its own line. When executing
// fails (an ExecError, e.g. a field the struct does not have), tryRawFormat runs it again on
// the object turned into plain JSON maps with missingkey=error, after whatever the first run
// had already written — and a failure there is `template parsing error: …`.

import { GoTemplateError, goMap } from '../../../go/template/index';
import type { NerdctlContext } from '../nerdctl-env';
import { goJsonIndent } from './go-json';
import { parseNerdctlTemplate } from './template';

export function formatSlice(c: NerdctlContext, objects: readonly unknown[]): void {
  const format = c.string('format');
  if (format === '') {
    c.io.stdout(`${goJsonIndent(objects, '    ')}\n`);
    return;
  }
  if (format === 'raw' || format === 'table' || format === 'wide') throw new Error('unsupported format: "raw", "table", and "wide"');
  const tmpl = parseNerdctlTemplate(format);
  for (const object of objects) {
    let out: string;
    try {
      out = tmpl.execute(object);
    } catch (err) {
      if (!(err instanceof GoTemplateError)) throw err;
      out = tmpl.executePartial(object);
      const raw = decoded(JSON.parse(goJsonIndent(object, '    ')));
      try {
        out += parseNerdctlTemplate(format, 'error').execute(raw);
      } catch (rawErr) {
        if (!(rawErr instanceof GoTemplateError)) throw rawErr;
        throw new Error(`template parsing error: ${rawErr.message}`);
      }
    }
    c.io.stdout(`${out}\n`);
  }
}

/** What json.Decoder gives for an interface{}: objects are map[string]interface {}. */
function decoded(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decoded);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = decoded(v);
    return goMap(out);
  }
  return value;
}
