// nerdctl's parseTemplate (fmtutil.go:113-124@v0.22.2): docker/cli's templates.Parse with `json`
// as an alias of `{{json .}}`. The Go template engine is simulator/go/template (being built);
// until it is wired here, templates are refused honestly.

import { NotSimulatedError } from '../../../cli/not-simulated';

/** Executes `format` once per object; one output string per object. */
export function executeFormat(format: string, _objects: readonly unknown[]): string[] {
  throw new NotSimulatedError(`nerdctl --format ${JSON.stringify(format)}`, 'https://pkg.go.dev/text/template');
}
