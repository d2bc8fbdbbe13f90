// `docker push` / `docker image push` (docker/cli 20.10 cli/command/image/push.go): the
// credentials of the registry from the config file go with the request; the daemon's
// messages are displayed (jsonmessage) and an error in the stream ends it (exit 1). Without a
// tag, `Using default tag: latest`; -q prints only the reference.

import { JsonMessageDisplay } from '../../../cli/progress/json-message-display';
import { parseDockerRef, formatNamed } from '../../../oci/docker-reference';
import { daemonOf, type DockerCommand } from '../docker-env';
import { credentialsFor, DOCKER_HUB_AUTH_KEY } from '../docker-config';

function hasTag(ref: string): boolean {
  return ref.includes('@') || ref.slice(ref.lastIndexOf('/') + 1).includes(':');
}

export const imagePushCommand: DockerCommand = {
  name: 'push',
  argsUsage: '[OPTIONS] NAME[:TAG]',
  usage: 'Push an image or a repository to a registry',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['all-tags', 'a'], kind: 'bool', usage: 'Push all tagged images in the repository' },
    { names: ['disable-content-trust'], kind: 'bool', usage: 'Skip image signing', value: true },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Suppress verbose output' },
  ],
  action: (c) => {
    const typed = c.args[0] ?? '';
    let full: string;
    try {
      full = formatNamed(parseDockerRef(typed));
    } catch (err) {
      throw new Error(err instanceof Error ? err.message : 'invalid reference format');
    }
    const all = c.bool('all-tags');
    if (all && hasTag(typed)) throw new Error('tag can\'t be used with --all-tags/-a');
    const daemon = daemonOf(c);
    const quiet = c.bool('quiet');
    if (!all && !hasTag(typed) && !quiet) c.io.stdout('Using default tag: latest\n');
    const host = full.slice(0, full.indexOf('/'));
    const auth = credentialsFor(c, host === 'docker.io' ? DOCKER_HUB_AUTH_KEY : host);
    const outcome = daemon.images.push(typed, { all, auth });
    if (!quiet) {
      const display = new JsonMessageDisplay((t) => c.io.stdout(t), { isTerminal: c.io.isTTY, width: c.io.columns ?? 80, now: () => c.env.node.nowMs() });
      for (const m of outcome.messages) display.show(m);
    }
    if (outcome.error !== undefined) throw new Error(outcome.error);
    if (quiet) c.io.stdout(`${all ? full.slice(0, full.lastIndexOf(':')) : full}\n`);
  },
};

export const pushCommand: DockerCommand = { ...imagePushCommand };
