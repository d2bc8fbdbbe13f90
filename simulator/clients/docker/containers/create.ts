// `docker create` / `docker container create` (docker/cli 20.10 cli/command/container/create.go
// createContainer): ContainerCreate; an image the daemon does not have (404 No such image) is
// pulled — `Unable to find image 'x:latest' locally`, the pull's progress, all on stderr — and
// the create asked again; then the new id on stdout. runCreate words only the client's own
// refusals `docker: <msg>.` with the help hint (exit 125); what the daemon answers (a pull
// that failed, a name in use) it returns to main: `Error response from daemon: …`, exit 1.
// Its Config attaches stdout and stderr (and stdin with -i) as parse sets them: only run -d
// clears them.

import type { FlagSpec } from '../../../cli/spec';
import { isDockerdError, type CreateRequest } from '../../../dockerd/index';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { parseAnyReference } from '../../../oci/docker-reference';
import { daemonErrorText } from '../errors';
import { createFlags } from './container-flags';
import { checkCidFile, removeCidFile, writeCidFile } from './cid-file';
import { containerRequest, PlatformParseError, RunOptionError } from './container-request';

/** reference.FamiliarString(TagNameOnly(ref)): `busybox:latest`, `localhost:5000/x:1`. */
function familiarWithTag(ref: string): string {
  const name = ref.replace(/^docker\.io\/(library\/)?/, '');
  return name.includes('@') || name.slice(name.lastIndexOf('/') + 1).includes(':') ? name : `${name}:latest`;
}

/** pflag's refusal of a flag's value: cobra's flag error func prints it bare, no `docker:`, no period. */
const FLAG_VALUE_ERROR = /^invalid argument ".*" for ".*" flag: /s;

/** The failure as run and create print it: `docker: <msg>.` (+ the help hint), exit 125. */
export function reportError(c: DockerContext, command: string, message: string, withHelp = true): void {
  if (FLAG_VALUE_ERROR.test(message)) {
    c.io.stderr(`${message}\nSee 'docker ${command} --help'.\n`);
    return;
  }
  const text = message.endsWith('.') ? message : `${message}.`;
  c.io.stderr(`docker: ${text}\n${withHelp ? `See 'docker ${command} --help'.\n` : ''}`);
}

/** The text of an error of run/create (daemon answers, client refusals); undefined for others. */
export function runErrorText(err: unknown): string | undefined {
  if (err instanceof RunOptionError || err instanceof PlatformParseError || err instanceof CreateClientError) return err.message;
  return daemonErrorText(err);
}

/** ContainerCreate's answer: its warnings on stderr (`WARNING: …`), then the new id. */
function created(c: DockerContext, response: { Id: string; Warnings: string[] }): string {
  for (const warning of response.Warnings) c.io.stderr(`WARNING: ${warning}\n`);
  return response.Id;
}

/** ContainerCreate, pulling the image the first time it is missing; returns the new id. */
export function createWithPull(c: DockerContext, request: CreateRequest): string {
  const cidFile = checkCidFile(c);
  // createContainer: the client's own warning before the request, the daemon's follows.
  const host = request.hostConfig as { OomKillDisable?: boolean; Memory?: number };
  if (host.OomKillDisable && !host.Memory) c.io.stderr("WARNING: Disabling the OOM killer on containers without setting a '-m/--memory' limit may be dangerous.\n");
  let id: string;
  try {
    id = createPulling(c, request);
  } catch (err) {
    removeCidFile(c, cidFile);
    throw err;
  }
  writeCidFile(c, cidFile, id);
  return id;
}

/**
 * A refusal of createContainer before it asks the daemon (reference.ParseAnyReference of the
 * image): run words it `docker: <msg>.` (exit 125), create returns it to main bare (exit 1).
 */
class CreateClientError extends Error {}

function createPulling(c: DockerContext, request: CreateRequest): string {
  const daemon = daemonOf(c);
  let named = false;
  try {
    named = parseAnyReference(request.config.Image).kind === 'named';
  } catch (err) {
    throw new CreateClientError(err instanceof Error ? err.message : String(err));
  }
  const pull = c.string('pull');
  const pullImage = () => {
    for (const m of daemon.images.pull(familiarWithTag(request.config.Image))) {
      if (!c.bool('quiet')) c.io.stderr(m.id !== undefined ? `${m.id}: ${m.status}\n` : `${m.status}\n`);
    }
  };
  if (pull === 'always' && named) pullImage();
  try {
    return created(c, daemon.containers.create(request));
  } catch (err) {
    // Pulled only for a name (not an image id) and with --pull missing, the default.
    if (!(isDockerdError(err) && err.status === 404 && err.message.startsWith('No such image:') && named && pull === 'missing')) throw err;
  }
  c.io.stderr(`Unable to find image '${familiarWithTag(request.config.Image)}' locally\n`);
  pullImage();
  return created(c, daemon.containers.create(request));
}

export const containerCreateCommand: DockerCommand = {
  name: 'create',
  argsUsage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  usage: 'Create a new container',
  args: { min: 1 },
  skipArgReorder: true,
  flags: createFlags as FlagSpec[],
  action: (c) => {
    try {
      const id = createWithPull(c, containerRequest(c, c.args, { detach: false }));
      c.io.stdout(`${id}\n`);
      return 0;
    } catch (err) {
      if (err instanceof PlatformParseError || err instanceof CreateClientError) {
        c.io.stderr(`${err.message}\n`);
        return 1;
      }
      if (err instanceof RunOptionError) {
        reportError(c, 'create', err.message);
        return 125;
      }
      const text = daemonErrorText(err);
      if (text === undefined) throw err;
      c.io.stderr(`${text}\n`);
      return 1;
    }
  },
};

export const createCommand: DockerCommand = { ...containerCreateCommand };
