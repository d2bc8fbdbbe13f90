// `docker image inspect` (docker/cli 20.10 cli/command/image/inspect.go over
// cli/command/inspect/inspector.go): every image's JSON in one indented array (4 spaces), or
// --format run per image; the ones not found gathered as `Error: No such image: x` on stderr
// after the output (an empty `[]` when none was found), exit 1.

import type { FlagSpec } from '../../../cli/spec';
import { goJsonMarshalIndent } from '../../../go/json';
import { executeInspectTemplate, parseDockerTemplate } from '../../../go/template/index';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { daemonErrorText } from '../errors';

/** inspector.Inspect: what the lookups found, printed, then the errors; exit 1 on any. */
function inspectAll(c: DockerContext, lookup: (ref: string) => unknown): number {
  const format = c.string('format');
  const template = format === '' ? undefined : parseDockerTemplate(format);
  const found: unknown[] = [];
  const errors: string[] = [];
  for (const ref of c.args) {
    try {
      found.push(lookup(ref));
    } catch (err) {
      const text = daemonErrorText(err, { objectNotFound: true });
      if (text === undefined) throw err;
      errors.push(text);
    }
  }
  if (template) {
    for (const item of found) c.io.stdout(`${executeInspectTemplate(template, item)}\n`);
  } else {
    c.io.stdout(found.length === 0 ? '[]\n' : `${goJsonMarshalIndent(found, '', '    ')}\n`);
  }
  if (errors.length === 0) return 0;
  c.io.stderr(`${errors.join('\n')}\n`);
  return 1;
}

const inspectFlags: FlagSpec[] = [{ names: ['format', 'f'], kind: 'string', usage: 'Format the output using the given Go template' }];

export const imageInspectCommand: DockerCommand = {
  name: 'inspect',
  argsUsage: '[OPTIONS] IMAGE [IMAGE...]',
  usage: 'Display detailed information on one or more images',
  args: { min: 1 },
  flags: inspectFlags,
  action: (c) => {
    const daemon = daemonOf(c);
    return inspectAll(c, (ref) => daemon.images.inspect(ref));
  },
};
