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
      const [port = '', proto = 'tcp'] = wanted.split('/');
      if (!/^\d+$/.test(port) || Number(port) > 65535) throw new CliError(`Error: invalid port (${port}): strconv.ParseUint: parsing "${port}": ${/^\d+$/.test(port) ? 'value out of range' : 'invalid syntax'}`, 1);
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
