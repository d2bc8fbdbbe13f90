// `docker container inspect` (docker/cli@v20.10.24 cli/command/container/inspect.go): each
// container's types.ContainerJSON through inspect.Inspect (format/inspect.ts); -s asks for
// SizeRw and SizeRootFs. A missing one is `Error: No such container: x` (real 20.10.24).

import type { FlagSpec } from '../../../cli/spec';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { daemonErrorText } from '../errors';
import { printInspect } from '../format/inspect';
import { typedContainer } from '../format/typed-slices';

/** The client's objectNotFoundError wording, or the daemon's; anything else rethrown. */
export function inspectErrorText(err: unknown): string {
  const text = daemonErrorText(err, { objectNotFound: true });
  if (text === undefined) throw err;
  return text;
}

function action(c: DockerContext): number {
  const daemon = daemonOf(c);
  return printInspect(c, c.args, (ref) => typedContainer(daemon.containers.inspect(ref, { size: c.bool('size') })), inspectErrorText);
}

const flags: FlagSpec[] = [
  { names: ['format', 'f'], kind: 'string', usage: 'Format the output using the given Go template' },
  { names: ['size', 's'], kind: 'bool', usage: 'Display total file sizes' },
];

export const containerInspectCommand: DockerCommand = {
  name: 'inspect',
  argsUsage: '[OPTIONS] CONTAINER [CONTAINER...]',
  usage: 'Display detailed information on one or more containers',
  args: { min: 1 },
  flags,
  action,
};
