// `docker port CONTAINER [PRIVATE_PORT[/PROTO]]` (docker/cli@v20.10.24
// cli/command/container/port.go): the container's NetworkSettings.Ports from inspect — every
// mapping as `80/tcp -> 0.0.0.0:8080`, or for one port its host addresses (`0.0.0.0:8080`,
// `:::8080`: 20.10 joins address and port with a colon, no brackets). A port not published is
// `Error: No public port '80/tcp' published for b1` (real 20.10.24); a missing container the
// client's `Error: No such container: x`.

import { CliError } from '../../../cli/cli-error';
import { daemonOf, type DockerCommand } from '../docker-env';
import { inspectErrorText } from './inspect';

type Bindings = Record<string, Array<{ HostIp: string; HostPort: string }> | null>;

export const containerPortCommand: DockerCommand = {
  name: 'port',
  argsUsage: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
  usage: 'List port mappings or a specific mapping for the container',
  args: { min: 1, max: 2 },
  action: (c) => {
    const daemon = daemonOf(c);
    const [ref = '', wanted] = c.args;
    let json: Record<string, unknown>;
    try {
      json = daemon.containers.inspect(ref);
    } catch (err) {
      throw new CliError(inspectErrorText(err), 1);
    }
    const ports = ((json.NetworkSettings as { Ports?: Bindings } | undefined)?.Ports ?? {}) as Bindings;
    const hostPort = (b: { HostIp: string; HostPort: string }) => `${b.HostIp}:${b.HostPort}`;
    if (wanted !== undefined) {
      // runPort: SplitN(port, "/", 2), the protocol only when not empty; nat.NewPort checks the
      // port (or range) and its error is printed as it is.
      const slash = wanted.indexOf('/');
      const withProto = slash >= 0 && slash < wanted.length - 1;
      const port = withProto ? wanted.slice(0, slash) : wanted;
      const proto = withProto ? wanted.slice(slash + 1) : 'tcp';
      const refused = portRangeError(port);
      if (refused !== undefined) throw new CliError(refused, 1);
      const key = `${port}/${proto}`;
      const bound = ports[key];
      if (!bound) throw new CliError(`Error: No public port '${key}' published for ${ref}`, 1);
      c.io.stdout(bound.map((b) => `${hostPort(b)}\n`).join(''));
      return;
    }
    // The daemon's map, in Go's sorted key order.
    for (const key of Object.keys(ports).sort()) for (const b of ports[key] ?? []) c.io.stdout(`${key} -> ${hostPort(b)}\n`);
  },
};

export const portCommand: DockerCommand = { ...containerPortCommand };

/** strconv.ParseUint(text, 10, 16)'s error, or undefined. */
function parseUint16Error(text: string): string | undefined {
  if (!/^\d+$/.test(text)) return `strconv.ParseUint: parsing ${JSON.stringify(text)}: invalid syntax`;
  return Number(text) > 65535 ? `strconv.ParseUint: parsing ${JSON.stringify(text)}: value out of range` : undefined;
}

/** go-connections nat.ParsePortRange's error for a port or `start-end`, or undefined. */
function portRangeError(ports: string): string | undefined {
  if (ports === '') return 'Empty string specified for ports.';
  if (!ports.includes('-')) return parseUint16Error(ports);
  const [start = '', end = ''] = ports.split('-');
  const bad = parseUint16Error(start) ?? parseUint16Error(end);
  if (bad !== undefined) return bad;
  return Number(end) < Number(start) ? `Invalid range specified for the Port: ${ports}` : undefined;
}
