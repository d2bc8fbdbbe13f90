// `nerdctl port CONTAINER [PRIVATE_PORT[/PROTO]]` (cmd/nerdctl/port.go@v0.22.2): the nerdctl/ports
// mappings (`80/tcp -> 0.0.0.0:80`), or the host side of one (`0.0.0.0:80`); `no public port
// 81/tcp published for "<id>"` otherwise.

import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { refuseAmbiguous, walkContainers } from './container-walker';
import { portsOf } from './nerdctl-labels';

export const portCommand: NerdctlCommand = {
  name: 'port',
  usage: 'List port mappings or a specific mapping for the container',
  argsUsage: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
  args: { min: 1, max: 2 },
  action: async (c) => {
    let argPort = -1;
    let argProto = '';
    const portProto = c.args[1] ?? '';
    if (portProto !== '') {
      const bySlash = portProto.split('/');
      const first = bySlash[0] ?? '';
      if (!/^[+-]?\d+$/.test(first)) throw new Error(`strconv.Atoi: parsing ${JSON.stringify(first)}: invalid syntax`);
      argPort = Number(first);
      if (argPort <= 0) throw new Error(`unexpected port ${argPort}`);
      if (bySlash.length === 1) argProto = 'tcp';
      else if (bySlash.length === 2) argProto = (bySlash[1] ?? '').toLowerCase();
      else throw new Error(`failed to parse ${JSON.stringify(portProto)}`);
    }
    const client = clientOf(c);
    const req = c.args[0] ?? '';
    const n = await walkContainers(client, req, (found) => {
      refuseAmbiguous(found);
      const ports = portsOf(found.container.info().labels);
      if (argPort < 0) {
        c.io.stdout(ports.map((p) => `${p.ContainerPort}/${p.Protocol} -> ${p.HostIP}:${p.HostPort}\n`).join(''));
        return;
      }
      if (ports.length === 0 && !found.container.info().labels['nerdctl/ports']) return;
      const hit = ports.find((p) => p.ContainerPort === argPort && p.Protocol.toLowerCase() === argProto);
      if (!hit) throw new Error(`no public port ${argPort}/${argProto} published for ${JSON.stringify(found.container.id)}`);
      c.io.stdout(`${hit.HostIP}:${hit.HostPort}\n`);
    });
    if (n === 0) throw new Error(`no such container ${req}`);
  },
};
