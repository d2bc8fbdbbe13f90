// `docker inspect` (docker/cli@v20.10.24 cli/command/system/inspect.go): any object by name or
// id — a container first, then an image, a network, a volume — or only the --type given. A
// name that is none of them is `Error: No such object: x`; with --type the type's own
// not-found (`Error: No such volume: b1`); a type docker does not know, `"foo" is not a valid
// value for --type`. -s sizes containers. Printing is inspect.Inspect (format/inspect.ts).

import { CliError } from '../../cli/cli-error';
import type { FlagSpec } from '../../cli/spec';
import { goQuote } from '../../go/quote';
import { isDockerdError, type DockerdApi } from '../../dockerd/index';
import { inspectErrorText } from './containers/inspect';
import { daemonOf, type DockerCommand, type DockerContext } from './docker-env';
import { printInspect } from './format/inspect';
import { typedContainer, typedImage } from './format/typed-slices';
import { typedNetwork, typedVolume } from './network/inspect';

/** inspect.go's type list; the swarm ones exist but find nothing on a node outside a swarm. */
const TYPES = ['config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'];

type Finder = (ref: string) => unknown;

/** The inspect call of each object type, in the order a name is tried (inspect.go inspectAll). */
function finders(c: DockerContext, daemon: DockerdApi, size: boolean): Record<string, Finder> {
  // inspect.go: -s means something for containers only; any other object found warns on stderr.
  const sizeIgnored = (type: string, found: unknown): unknown => {
    if (size) c.io.stderr(`WARNING: --size ignored for ${type}\n`);
    return found;
  };
  return {
    container: (ref) => typedContainer(daemon.containers.inspect(ref, { size })),
    image: (ref) => sizeIgnored('image', typedImage(daemon.images.inspect(ref))),
    // The client's NetworkInspectWithRaw and VolumeInspectWithRaw decode into types.NetworkResource
    // and types.Volume: their Go maps print as map[…] in a template, as `docker network inspect` does.
    network: (ref) => sizeIgnored('network', typedNetwork(daemon.networks.inspect(ref))),
    volume: (ref) => sizeIgnored('volume', typedVolume(daemon.volumes.inspect(ref))),
  };
}

function isNotFound(err: unknown): boolean {
  return isDockerdError(err) && err.status === 404;
}

/** isErrSkippable (inspect.go), without --type: a 404, or a name that is no image reference. */
function isSkippable(err: unknown): boolean {
  return isNotFound(err) || (isDockerdError(err) && err.message.includes('invalid reference format'));
}

function action(c: DockerContext): number {
  const type = c.string('type');
  if (type !== '' && !TYPES.includes(type)) throw new CliError(`${goQuote(type)} is not a valid value for --type`, 1);
  const daemon = daemonOf(c);
  const all = finders(c, daemon, c.bool('size'));
  if (type !== '') {
    const find = all[type];
    // The client wraps each type's 404 as objectNotFoundError (`Error: No such volume: b1`); a
    // type with nothing simulated behind it (swarm objects, plugins) finds nothing.
    const one: Finder = (ref) => {
      try {
        if (find) return find(ref);
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
      throw new CliError(`Error: No such ${type}: ${ref}`, 1);
    };
    return printInspect(c, c.args, one, describe);
  }
  const any: Finder = (ref) => {
    for (const find of Object.values(all)) {
      try {
        return find(ref);
      } catch (err) {
        if (!isSkippable(err)) throw err;
      }
    }
    throw new CliError(`Error: No such object: ${ref}`, 1);
  };
  return printInspect(c, c.args, any, describe);
}

function describe(err: unknown): string {
  if (err instanceof CliError) return err.message;
  return inspectErrorText(err);
}

const flags: FlagSpec[] = [
  { names: ['format', 'f'], kind: 'string', usage: 'Format the output using the given Go template' },
  { names: ['size', 's'], kind: 'bool', usage: 'Display total file sizes if the type is container' },
  { names: ['type'], kind: 'string', usage: 'Return JSON for specified type' },
];

export const inspectCommand: DockerCommand = {
  name: 'inspect',
  argsUsage: '[OPTIONS] NAME|ID [NAME|ID...]',
  usage: 'Return low-level information on Docker objects',
  args: { min: 1 },
  flags,
  action,
};
