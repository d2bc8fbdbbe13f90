// `docker pull` (docker/cli 20.10 cli/command/image/pull.go): `Using default tag: latest` when
// the name has none, the daemon's progress messages (jsonmessage: `<layer>: <status>` lines off
// a terminal), then the pulled reference in full.

import { NotSimulatedError } from '../../../cli/not-simulated';
import type { FlagSpec } from '../../../cli/spec';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';

/** Does the name carry a tag or digest (after any registry host:port)? */
function hasTagOrDigest(ref: string): boolean {
  return ref.includes('@') || ref.slice(ref.lastIndexOf('/') + 1).includes(':');
}

/** reference.ParseNormalizedNamed's full form, as the CLI prints it last. */
function fullName(ref: string): string {
  const slash = ref.indexOf('/');
  const first = slash < 0 ? '' : ref.slice(0, slash);
  const hasDomain = first !== '' && (/[.:]/.test(first) || first === 'localhost');
  let full = hasDomain ? ref : `docker.io/${ref.includes('/') ? ref : `library/${ref}`}`;
  if (!hasTagOrDigest(ref)) full += ':latest';
  return full;
}

async function action(c: DockerContext): Promise<void> {
  if (c.bool('all-tags')) throw new NotSimulatedError('docker pull --all-tags', 'https://docs.docker.com/engine/reference/commandline/pull/');
  const ref = c.args[0] ?? '';
  const daemon = daemonOf(c);
  if (!hasTagOrDigest(ref)) c.io.stdout('Using default tag: latest\n');
  const messages = daemon.images.pull(ref);
  for (const m of messages) {
    if (!c.bool('quiet')) c.io.stdout(m.id !== undefined ? `${m.id}: ${m.status}\n` : `${m.status}\n`);
  }
  c.io.stdout(`${fullName(ref)}\n`);
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
