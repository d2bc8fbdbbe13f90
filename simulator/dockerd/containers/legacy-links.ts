// --link on the default bridge, the legacy links of moby v20.10.24: at create
// (daemon/daemon_unix.go registerLinks) each `name[:alias]` must name a container (`could not get
// container for x: No such container: x`) and is kept as `/child:/parent/alias`; at the start
// the child must run (daemon/container_operations.go), its address goes into /etc/hosts as
// `ip\talias hostname [name]`, and links.Link ToEnv gives the environment: <ALIAS>_PORT… for
// its exposed ports, <ALIAS>_NAME, <ALIAS>_ENV_… for its Env (HOME and PATH aside). On a
// user-defined network a link is an alias in the embedded DNS, which is not simulated here.

import type { Node } from '../../node';
import { invalidParameter, systemError } from '../errors';
import type { DockerContainerRecord } from '../store/container-record';
import { findContainer } from './lookup';

const DOCS = 'https://docs.docker.com/network/links/';

/** The network modes whose containers take legacy links: the default bridge. */
const BRIDGE_MODES = new Set(['', 'default', 'bridge']);

/** registerLinks: the links as HostConfig keeps them; refuses a link to no container. */
export function registerLinks(node: Node, links: readonly string[] | undefined, networkMode: string, parentName: string): string[] | undefined {
  if (!links || links.length === 0) return undefined;
  if (!BRIDGE_MODES.has(networkMode)) throw systemError(`docker run --link on the network ${networkMode} (links as embedded DNS aliases) is not simulated here; see ${DOCS}`);
  return links.map((link) => {
    const [name = '', alias = name] = link.split(':');
    let child;
    try {
      child = findContainer(node, name);
    } catch (err) {
      throw invalidParameter(`could not get container for ${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
    return `/${child.name}:/${parentName}/${alias}`;
  });
}

interface Linked {
  child: DockerContainerRecord;
  /** `/parent/alias`. */
  linkName: string;
  alias: string;
}

/** The running children of the container's links; a stopped one fails the start. */
function linkedChildren(node: Node, record: DockerContainerRecord): Linked[] {
  const links = (record.hostConfig as { Links?: string[] | null }).Links ?? [];
  return links.map((link) => {
    const colon = link.indexOf(':');
    const childName = link.slice(0, colon);
    const linkName = link.slice(colon + 1);
    const child = findContainer(node, childName);
    if (child.state.status !== 'running') throw invalidParameter(`Cannot link to a non running container: ${childName} AS ${linkName}`);
    return { child, linkName, alias: linkName.slice(linkName.lastIndexOf('/') + 1) };
  });
}

/** OptionExtraHost per link: `ip\talias hostname [name]`, the name only where the alias differs. */
export function linkHostEntries(node: Node, record: DockerContainerRecord): string[] {
  return linkedChildren(node, record).map(({ child, alias }) => {
    const hostname = String(child.config.Hostname ?? child.id.slice(0, 12));
    return `${child.ipAddress}\t${alias} ${hostname}${alias !== child.name ? ` ${child.name}` : ''}\n`;
  });
}

type Port = { port: number; proto: string };

/** nat.Sort with TCP first at one number. */
function sortedPorts(exposed: Record<string, unknown> | undefined): Port[] {
  const ports = Object.keys(exposed ?? {}).map((p) => {
    const [port = '0', proto = 'tcp'] = p.split('/');
    return { port: Number(port), proto };
  });
  return ports.sort((a, b) => a.port - b.port || (a.proto === 'tcp' ? -1 : b.proto === 'tcp' ? 1 : 0));
}

/** links.Link ToEnv for one child. */
function linkEnv(l: Linked): string[] {
  const alias = l.alias.toUpperCase().replaceAll('-', '_');
  const ip = l.child.ipAddress;
  const ports = sortedPorts(l.child.config.ExposedPorts as Record<string, unknown> | undefined);
  const env: string[] = [];
  const first = ports[0];
  if (first) env.push(`${alias}_PORT=${first.proto}://${ip}:${first.port}`);
  for (let i = 0; i < ports.length; ) {
    // nextContiguous: the run of consecutive numbers from i (protocols aside).
    let j = i;
    while (j + 1 < ports.length && (ports[j + 1]?.port ?? 0) === (ports[j]?.port ?? 0) + 1) j++;
    const p = ports[i];
    const q = ports[j];
    if (p && q && j > i) {
      const key = `${alias}_PORT_${p.port}_${p.proto.toUpperCase()}`;
      env.push(`${key}_START=${p.proto}://${ip}:${p.port}`, `${key}_ADDR=${ip}`, `${key}_PROTO=${p.proto}`, `${key}_PORT_START=${p.port}`);
      env.push(`${alias}_PORT_${p.port}_${q.proto.toUpperCase()}_END=${q.proto}://${ip}:${q.port}`, `${alias}_PORT_${p.port}_${q.proto.toUpperCase()}_PORT_END=${q.port}`);
      i = j + 1;
    } else i++;
  }
  for (const p of ports) {
    const key = `${alias}_PORT_${p.port}_${p.proto.toUpperCase()}`;
    env.push(`${key}=${p.proto}://${ip}:${p.port}`, `${key}_ADDR=${ip}`, `${key}_PORT=${p.port}`, `${key}_PROTO=${p.proto}`);
  }
  env.push(`${alias}_NAME=${l.linkName}`);
  for (const e of (l.child.config.Env as string[] | undefined) ?? []) {
    const eq = e.indexOf('=');
    if (eq < 0) continue;
    const key = e.slice(0, eq);
    if (key === 'HOME' || key === 'PATH') continue;
    env.push(`${alias}_ENV_${key}=${e.slice(eq + 1)}`);
  }
  return env;
}

/** setupLinkedContainers: every link's variables, in the links' order. */
export function linkedEnvironment(node: Node, record: DockerContainerRecord): string[] {
  return linkedChildren(node, record).flatMap(linkEnv);
}
