// `docker pull` (docker/cli 20.10 cli/command/image/pull.go): `Using default tag: latest` when
// the name has none, the daemon's progress messages (jsonmessage: `<layer>: <status>` lines off
// a terminal), then the pulled reference in full; -a pulls every tag of a repository.

import { CliError } from '../../../cli/cli-error';
import type { FlagSpec } from '../../../cli/spec';
import { formatNamed, parseDockerRef } from '../../../oci/docker-reference';
import { checkPlatform } from '../containers/platform-opt';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';

/**
 * runPull's checks before any request (docker/cli 20.10 cli/command/image/pull.go): the name
 * must parse (ParseNormalizedNamed's own text, no daemon prefix, exit 1); -a takes a bare
 * repository only; without -a a bare name gets `:latest`, announced unless -q.
 */
function checkedRef(c: DockerContext, ref: string): string {
  let named;
  try {
    named = parseDockerRef(ref);
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err), 1);
  }
  const nameOnly = !hasTagOrDigest(ref);
  if (c.bool('all-tags')) {
    if (!nameOnly) throw new CliError("tag can't be used with --all-tags/-a", 1);
    return named.name;
  }
  if (nameOnly && !c.bool('quiet')) c.io.stdout('Using default tag: latest\n');
  return formatNamed(named);
}

/** Does the name carry a tag or digest (after any registry host:port)? */
function hasTagOrDigest(ref: string): boolean {
  return ref.includes('@') || ref.slice(ref.lastIndexOf('/') + 1).includes(':');
}

async function action(c: DockerContext): Promise<void> {
  const full = checkedRef(c, c.args[0] ?? '');
  const daemon = daemonOf(c);
  checkPlatform(c.string('platform'), 'docker pull');
  // -q: the progress goes to a discarded stream (trust.go imagePullPrivileged); the name stays.
  for (const m of daemon.images.pull(full, { allTags: c.bool('all-tags') })) {
    if (!c.bool('quiet')) c.io.stdout(m.id !== undefined ? `${m.id}: ${m.status}\n` : `${m.status}\n`);
  }
  c.io.stdout(`${full}\n`);
}

const pullFlags: FlagSpec[] = [
  { names: ['all-tags', 'a'], kind: 'bool', usage: 'Download all tagged images in the repository' },
  { names: ['disable-content-trust'], kind: 'bool', usage: 'Skip image verification', value: true },
  { names: ['platform'], kind: 'string', usage: 'Set platform if server is multi-platform capable' },
  { names: ['quiet', 'q'], kind: 'bool', usage: 'Suppress verbose output' },
];

export const imagePullCommand: DockerCommand = {
  name: 'pull',
  argsUsage: '[OPTIONS] NAME[:TAG|@DIGEST]',
  usage: 'Pull an image or a repository from a registry',
  args: { min: 1, max: 1 },
  flags: pullFlags,
  action,
};

export const pullCommand: DockerCommand = { ...imagePullCommand };
