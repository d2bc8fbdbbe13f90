// docker ps's look at a custom --format before it asks the daemon (docker/cli@v20.10.24
// cli/command/container/list.go buildContainerListOptions): the template is parsed and run
// once on an empty row, to learn whether it uses .Size (then sizes are asked for, so `{{json
// .}}` shows them). Its failures are worded `failed to parse template: …` and `failed to
// execute template: …` (checked on a real 20.10.24: `docker ps --format '{{.ID'`,
// `--format '{{.Foo}}'`).

import { CliError } from '../../../cli/cli-error';
import { GoTemplateError, parseDockerTemplate, type GoTemplate } from '../../../go/template/index';
import { emptyContainerContext } from './container';

/** Whether the custom format `format` uses .Size; CliError (exit 1) when it fails. */
export function psFormatUsesSize(format: string): boolean {
  let tmpl: GoTemplate;
  try {
    tmpl = parseDockerTemplate(format);
  } catch (e) {
    if (e instanceof GoTemplateError) throw new CliError(`failed to parse template: ${e.message}`, 1);
    throw e;
  }
  const probe = { sizeUsed: false };
  try {
    tmpl.execute(emptyContainerContext(probe));
  } catch (e) {
    if (e instanceof GoTemplateError) throw new CliError(`failed to execute template: ${e.message}`, 1);
    throw e;
  }
  return probe.sizeUsed;
}
