// inspect.Inspect (docker/cli@v20.10.24 cli/command/inspect/inspector.go): what every
// `docker … inspect` prints. Without --format: the objects found as one JSON array indented
// by 4 spaces (`[]` when none); with one: the template per object, each followed by a newline
// (typed first, then the raw JSON with missingkey=error — go/template inspect-fallback.ts),
// a blank line when nothing was written. A lookup or template failure does not stop the
// others: the messages follow the output on stderr, exit 1; a template that does not parse
// is `template parsing error: …`, exit 64. Checked on a private real dockerd 20.10.24
// (`docker inspect -f '{{.Foo}}' b1` prints an empty line, then the error).

import { CliError } from '../../../cli/cli-error';
import { goJsonMarshalIndent } from '../../../go/json';
import { executeInspectTemplate, GoTemplateError, parseDockerTemplate, type GoTemplate } from '../../../go/template/index';
import type { DockerContext } from '../docker-env';

/** Finds one object: its JSON-ready value, or throws (the message is what is printed). */
export type InspectLookup = (ref: string) => unknown;

/** Prints the objects `refs` name; returns the exit code. `describeError` words a failure or rethrows. */
export function printInspect(c: DockerContext, refs: readonly string[], lookup: InspectLookup, describeError: (err: unknown) => string): number {
  const format = c.string('format');
  let template: GoTemplate | undefined;
  if (format !== '') {
    try {
      template = parseDockerTemplate(format);
    } catch (e) {
      if (e instanceof GoTemplateError) throw new CliError(`template parsing error: ${e.message}`, 64);
      throw e;
    }
  }
  const errors: string[] = [];
  const found: unknown[] = [];
  let written = '';
  for (const ref of refs) {
    let element: unknown;
    try {
      element = lookup(ref);
    } catch (err) {
      errors.push(describeError(err));
      continue;
    }
    if (!template) {
      found.push(element);
      continue;
    }
    try {
      written += `${executeInspectTemplate(template, element)}\n`;
    } catch (e) {
      if (!(e instanceof GoTemplateError)) throw e;
      errors.push(e.message);
    }
  }
  if (template) c.io.stdout(written === '' ? '\n' : written);
  else c.io.stdout(found.length === 0 ? '[]\n' : `${goJsonMarshalIndent(found, '', '    ')}\n`);
  if (errors.length === 0) return 0;
  c.io.stderr(`${errors.join('\n')}\n`);
  return 1;
}
