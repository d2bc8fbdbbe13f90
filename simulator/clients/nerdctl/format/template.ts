// nerdctl's parseTemplate (fmtutil.go:113-124@v0.22.2): docker/cli's templates.Parse (Go's
// text/template with docker's functions: json, split, join, title, lower, upper, pad,
// truncate) with `json` as an alias of `{{json .}}`. List commands (ps, network ls, volume ls)
// execute it once per row and write each result as it is made; an error ends the command after
// the rows before it (ps.go:233-238, network_ls.go:129-136, volume_ls.go:105-112@v0.22.2).
// They write with fmt.Fprintf(w, b.String()+"\n"), the executed text as the format string, so a
// % in it is a verb without an argument (%!s(MISSING)) and %% one percent sign.

import { dockerTemplateFuncs, type GoTemplate, type MissingKey, parseTemplate, sprintf } from '../../../go/template/index';

/** parseTemplate: the alias first, then templates.Parse; a parse error is the command's error. */
export function parseNerdctlTemplate(format: string, missingKey: MissingKey = 'default'): GoTemplate {
  return parseTemplate(format === 'json' ? '{{json .}}' : format, { name: '', funcs: dockerTemplateFuncs, missingKey });
}

/** fmt.Fprintf(w, text+"\n"): the line as nerdctl's template printers write it. */
export function fprintfLine(text: string): string {
  return sprintf(`${text}\n`, []);
}

/** Executes `format` once per object, writing each line before the next is made. Throws Go's errors. */
export function printFormatRows(write: (text: string) => void, format: string, objects: readonly unknown[]): void {
  const tmpl = parseNerdctlTemplate(format);
  for (const o of objects) write(fprintfLine(tmpl.execute(o)));
}
