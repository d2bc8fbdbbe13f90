// `docker network inspect` (docker/cli 20.10 cli/command/network/inspect.go over
// inspect/inspector.go): every network's JSON in one indented array, or --format per network;
// one not found is the client's objectNotFoundError (`Error: No such network: x`), printed
// after the output (`[]` when none was found), exit 1. --verbose is for swarm services only.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { isDockerdError } from '../../../dockerd/index';
import { goJsonMarshalIndent, goNil, withMarshalJSON } from '../../../go/json';
import { executeInspectTemplate, goMap, goSlice, goStruct, parseDockerTemplate } from '../../../go/template/index';
import type { NetworkResource, VolumeResource } from '../../../dockerd/index';
import { daemonOf, type DockerCommand } from '../docker-env';
import { daemonErrorText } from '../errors';

/** The client's wording of a failed lookup of `kind` `ref` (client/errors.go wrapResponseError). */
export function lookupErrorText(err: unknown, kind: 'network' | 'volume', ref: string): string | undefined {
  if (isDockerdError(err) && err.status === 404) return `Error: No such ${kind}: ${ref}`;
  return daemonErrorText(err);
}

/**
 * network.IPAMConfig: its string fields are there for a template even when empty (`{{.IPRange}}`
 * prints nothing), but json leaves them out (omitempty), so the empty ones are not enumerable.
 */
function ipamConfig(c: Record<string, unknown>): unknown {
  const out = goStruct({ ...c }, 'network.IPAMConfig');
  for (const field of ['Subnet', 'IPRange', 'Gateway']) {
    if (!Object.hasOwn(out, field)) Object.defineProperty(out, field, { value: '', enumerable: false });
  }
  return out;
}

/**
 * types.NetworkResource as the template sees it: Go maps (Options, Labels, IPAM.Options,
 * Containers) print as `map[…]`, structs as `{…}` (a real 20.10.24: `{{.Options}}` is `map[]`).
 */
export function typedNetwork(n: NetworkResource): unknown {
  const containers: Record<string, unknown> = {};
  for (const [id, ep] of Object.entries(n.Containers)) containers[id] = goStruct({ ...ep }, 'types.EndpointResource');
  return goStruct(
    {
      ...n,
      IPAM: goStruct({ ...n.IPAM, Options: n.IPAM.Options === null ? null : goMap({ ...n.IPAM.Options }, 'map[string]string'), Config: goSlice(n.IPAM.Config.map(ipamConfig), '[]network.IPAMConfig') }, 'network.IPAM'),
      ConfigFrom: goStruct({ ...n.ConfigFrom }, 'network.ConfigReference'),
      Containers: goMap(containers, 'map[string]types.EndpointResource'),
      Options: goMap({ ...n.Options }, 'map[string]string'),
      Labels: goMap({ ...n.Labels }, 'map[string]string'),
    },
    'types.NetworkResource',
  );
}

/**
 * types.Volume for templates: Labels and Options are Go maps, and the omitempty Status and
 * UsageData, absent from the JSON, are the struct's nil map and nil pointer (`map[] <nil>`).
 */
export function typedVolume(v: VolumeResource): unknown {
  const shown = goStruct(
    { ...v, Labels: v.Labels === null ? null : goMap({ ...v.Labels }, 'map[string]string'), Options: v.Options === null ? null : goMap({ ...v.Options }, 'map[string]string') },
    'types.Volume',
  );
  const typed = goStruct({ ...shown, Status: goNil('map[string]interface {}'), UsageData: goNil('*types.VolumeUsageData') }, 'types.Volume');
  return withMarshalJSON(typed, () => shown);
}

/** inspector.Inspect: what the lookups found, printed, then the errors; exit 1 on any. */
export function inspectAll(c: Parameters<NonNullable<DockerCommand['action']>>[0], kind: 'network' | 'volume', lookup: (ref: string) => unknown): number {
  const format = c.string('format');
  const template = format === '' ? undefined : parseDockerTemplate(format);
  const found: unknown[] = [];
  const errors: string[] = [];
  for (const ref of c.args) {
    try {
      found.push(lookup(ref));
    } catch (err) {
      const text = lookupErrorText(err, kind, ref);
      if (text === undefined) throw err;
      errors.push(text);
    }
  }
  if (template) for (const item of found) c.io.stdout(`${executeInspectTemplate(template, item)}\n`);
  else c.io.stdout(found.length === 0 ? '[]\n' : `${goJsonMarshalIndent(found, '', '    ')}\n`);
  if (errors.length === 0) return 0;
  c.io.stderr(`${errors.join('\n')}\n`);
  return 1;
}

export const networkInspectCommand: DockerCommand = {
  name: 'inspect',
  argsUsage: '[OPTIONS] NETWORK [NETWORK...]',
  usage: 'Display detailed information on one or more networks',
  args: { min: 1 },
  flags: [
    { names: ['format', 'f'], kind: 'string', usage: 'Format the output using the given Go template' },
    { names: ['verbose', 'v'], kind: 'bool', usage: 'Verbose output for diagnostics' },
  ],
  action: (c) => {
    if (c.bool('verbose')) throw new NotSimulatedError('docker network inspect --verbose (swarm services)', 'https://docs.docker.com/engine/reference/commandline/network_inspect/');
    const daemon = daemonOf(c);
    return inspectAll(c, 'network', (ref) => typedNetwork(daemon.networks.inspect(ref)));
  },
};
