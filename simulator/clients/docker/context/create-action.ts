// `docker context create` and `update` (docker/cli 20.10 cli/command/context/create.go,
// update.go, options.go): the name checked first, then the docker endpoint from --docker's
// key=value list (host and skip-tls-verify; TLS files and Kubernetes endpoints are not simulated
// here), from --from, or, with neither, from the current context.

import { CliError } from '../../../cli/cli-error';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { readConfig } from '../docker-config';
import type { DockerContext } from '../docker-env';
import { CONTEXT_NAME, type ContextMeta, currentContextName, DEFAULT_CONTEXT, loadContext, saveContext } from './context-store';

/** The endpoint options both `context create` and `context update` explain (docker/cli's longCreateDescription/longUpdateDescription build the same tables). */
export const ENDPOINT_CONFIG_HELP = 'Docker endpoint config:\n\nNAME                DESCRIPTION\nfrom                Copy named context\'s Docker endpoint configuration\nhost                Docker endpoint on which to connect\nca                  Trust certs signed only by this CA\ncert                Path to TLS certificate file\nkey                 Path to TLS key file\nskip-tls-verify     Skip TLS certificate validation\n\nKubernetes endpoint config:\n\nNAME                 DESCRIPTION\nfrom                 Copy named context\'s Kubernetes endpoint configuration\nconfig-file          Path to a Kubernetes config file\ncontext-override     Overrides the context set in the kubernetes config file\nnamespace-override   Overrides the namespace set in the kubernetes config file';

const DOCS = 'https://docs.docker.com/engine/context/working-with-contexts/';
/** options.go's allowedDockerConfigKeys. */
const DOCKER_KEYS = new Set(['from', 'host', 'ca', 'cert', 'key', 'skip-tls-verify']);

/** validateContextName (cli/command/context/create.go): empty, reserved, or off the pattern. */
export function checkName(name: string): void {
  if (name === '') throw new CliError('context name cannot be empty', 1);
  if (name === DEFAULT_CONTEXT) throw new CliError(`"${name}" is a reserved context name`, 1);
  if (!CONTEXT_NAME.test(name)) throw new CliError(`context name ${JSON.stringify(name)} is invalid, names are validated against regexp "^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$"`, 1);
}

function existing(c: DockerContext, name: string): ContextMeta {
  const meta = loadContext(c, name);
  if (!meta) throw new CliError(`context "${name}" does not exist`, 1);
  return meta;
}

/** --docker's endpoint, or undefined when the flag is not given. */
function dockerEndpoint(c: DockerContext, verb: string): ContextMeta['Endpoints']['docker'] | undefined {
  const items = c.stringSlice('docker');
  if (items.length === 0) return undefined;
  const config: Record<string, string> = {};
  for (const item of items.flatMap((i) => i.split(','))) {
    const at = item.indexOf('=');
    const key = at < 0 ? item : item.slice(0, at);
    if (!DOCKER_KEYS.has(key)) throw new CliError(`unable to ${verb} docker endpoint config: ${key}: unrecognized config key`, 1);
    config[key] = at < 0 ? '' : item.slice(at + 1);
  }
  if (config.ca !== undefined || config.cert !== undefined || config.key !== undefined) throw new NotSimulatedError('docker context with TLS files', DOCS);
  if (config.from !== undefined) return existing(c, config.from).Endpoints.docker;
  return { Host: config.host ?? '', SkipTLSVerify: config['skip-tls-verify'] === 'true' };
}

function kubernetesRefused(c: DockerContext): void {
  if (c.stringSlice('kubernetes').length > 0) throw new NotSimulatedError('docker context --kubernetes', DOCS);
}

export function contextCreate(c: DockerContext): void {
  const name = c.args[0] ?? '';
  checkName(name);
  if (loadContext(c, name)) throw new CliError(`context "${name}" already exists`, 1);
  kubernetesRefused(c);
  const docker = dockerEndpoint(c, 'create');
  const description = c.string('description');
  const orchestrator = c.string('default-stack-orchestrator');
  let meta: ContextMeta;
  if (docker) {
    meta = { Name: name, Metadata: { Description: description, StackOrchestrator: orchestrator }, Endpoints: { docker } };
  } else {
    // --from, or the current context: its endpoints and orchestrator, this description.
    const from = existing(c, c.string('from') || currentContextName(c, readConfig(c)));
    meta = { Name: name, Metadata: { Description: description || from.Metadata.Description, StackOrchestrator: orchestrator || from.Metadata.StackOrchestrator }, Endpoints: from.Endpoints };
  }
  saveContext(c, meta);
  c.io.stdout(`${name}\n`);
  c.io.stderr(`Successfully created context "${name}"\n`);
}

export function contextUpdate(c: DockerContext): void {
  const name = c.args[0] ?? '';
  if (name === DEFAULT_CONTEXT) throw new CliError(`context "${name}" cannot be updated`, 1);
  const meta = existing(c, name);
  kubernetesRefused(c);
  const docker = dockerEndpoint(c, 'retrieve');
  const next: ContextMeta = {
    Name: name,
    Metadata: {
      Description: c.isSet('description') ? c.string('description') : meta.Metadata.Description,
      StackOrchestrator: c.isSet('default-stack-orchestrator') ? c.string('default-stack-orchestrator') : meta.Metadata.StackOrchestrator,
    },
    Endpoints: docker ? { ...meta.Endpoints, docker } : meta.Endpoints,
  };
  saveContext(c, next);
  c.io.stdout(`${name}\n`);
  c.io.stderr(`Successfully updated context "${name}"\n`);
}
