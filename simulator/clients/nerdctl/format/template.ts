// nerdctl's parseTemplate (fmtutil.go:113-124@v0.22.2): docker/cli's templates.Parse (Go's
// text/template with docker's functions: json, split, join, title, lower, upper, pad,
// truncate) with `json` as an alias of `{{json .}}`. List commands (ps, images, network ls…)
// execute it once per row and print each result on its own line; an error ends the command.

import { dockerTemplateFuncs, type GoTemplate, type MissingKey, parseTemplate } from '../../../go/template/index';

/** parseTemplate: the alias first, then templates.Parse; a parse error is the command's error. */
export function parseNerdctlTemplate(format: string, missingKey: MissingKey = 'default'): GoTemplate {
  return parseTemplate(format === 'json' ? '{{json .}}' : format, { name: '', funcs: dockerTemplateFuncs, missingKey });
}

/** Executes `format` once per object; one output string per object. Throws Go's errors. */
export function executeFormat(format: string, objects: readonly unknown[]): string[] {
  const tmpl = parseNerdctlTemplate(format);
  return objects.map((o) => tmpl.execute(o));
}
