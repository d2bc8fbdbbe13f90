// `crictl port-forward POD-ID [LOCAL_PORT:]REMOTE_PORT` (cmd/crictl/portforward.go @v1.26.0):
// PortForward gives the stream URL (the ports are not in the request), then client-go's
// port-forwarder parses the ports (portforward.go:77-111), listens on localhost — 127.0.0.1 and
// [::1] — prints `Forwarding from … -> REMOTE` for each, and blocks until SIGINT or SIGTERM
// (SetupInterruptSignalHandler): then it returns nil, exit 0. Each connection to a local port
// would print `Handling connection for LOCAL`; the node has no client (curl, wget) to make one.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { openStream } from '../../../cri/index';
import { plain } from '../../../errdefs/errdefs';
import { waitFor } from '../../../host/time-driver';
import { nextUint32 } from '../../../host/random';
import { notifyListeners } from '../../../node';
import { runtimeServiceOf, type CrictlCommand } from '../crictl-env';
import { requestStreamUrl } from './stream-url';
import { showSubcommandHelp } from '../../../cli/show-help';

interface ForwardedPort {
  local: number;
  remote: number;
}

/** strconv.ParseUint(s, 10, 16)'s error text, or the value. */
function parseUint16(text: string): number | string {
  if (!/^\d+$/.test(text)) return `strconv.ParseUint: parsing ${JSON.stringify(text)}: invalid syntax`;
  const n = Number(text);
  return n > 65535 ? `strconv.ParseUint: parsing ${JSON.stringify(text)}: value out of range` : n;
}

/** parsePorts (client-go portforward.go:77-111). */
export function parsePorts(specs: readonly string[]): ForwardedPort[] | string {
  const ports: ForwardedPort[] = [];
  for (const spec of specs) {
    const parts = spec.split(':');
    if (parts.length > 2) return `invalid port format '${spec}'`;
    const localText = parts.length === 1 ? (parts[0] as string) : parts[0] || '0';
    const remoteText = parts.length === 1 ? (parts[0] as string) : (parts[1] as string);
    const local = parseUint16(localText);
    if (typeof local === 'string') return `error parsing local port '${localText}': ${local}`;
    const remote = parseUint16(remoteText);
    if (typeof remote === 'string') return `error parsing remote port '${remoteText}': ${remote}`;
    if (remote === 0) return 'remote port must be > 0';
    ports.push({ local, remote });
  }
  return ports;
}

export const portForwardCommand: CrictlCommand = {
  name: 'port-forward',
  usage: 'Forward local port to a pod',
  argsUsage: 'POD-ID [LOCAL_PORT:]REMOTE_PORT',
  action: async (c) => {
    if (c.args.length < 2) return showSubcommandHelp(c);
    const service = await runtimeServiceOf(c);
    const id = c.args[0] as string;
    if (id === '') throw plain('port forward: ID cannot be empty');
    c.env.log.debug(`PortForwardRequest: &PortForwardRequest{PodSandboxId:${id},Port:[],}`);
    const url = await requestStreamUrl(c, 'PortForward', 'port forward', () => service.portForward({ podSandboxId: id, port: [] }));
    c.env.log.debug(`Ports to forword: [${c.args.slice(1).join(' ')}]`);
    const ports = parsePorts(c.args.slice(1));
    if (typeof ports === 'string') throw plain(`port forward: ${ports}`);
    const node = c.env.node;
    let stopped = false;
    // portforward.New takes the interrupt channel before dialing: Ctrl-C or TERM close it.
    const release = c.io.onSignal?.(() => {
      stopped = true;
      notifyListeners(node);
    });
    try {
      if (openStream(node, url)?.verb !== 'portforward') throw plain('port forward: error upgrading connection: 404 page not found');
      for (const port of ports) {
        // Local port 0: the kernel picks a free ephemeral port.
        const local = port.local === 0 ? 32768 + (nextUint32(node.state.random) % 28232) : port.local;
        c.io.stdout(`Forwarding from 127.0.0.1:${local} -> ${port.remote}\n`);
        c.io.stdout(`Forwarding from [::1]:${local} -> ${port.remote}\n`);
      }
      if (!c.io.time.realTime && !c.io.time.deadline) {
        throw new NotSimulatedError('crictl port-forward, which forwards until Ctrl-C,', "crictl's docs/crictl.md");
      }
      await waitFor(node, () => stopped, Number.POSITIVE_INFINITY, c.io.time);
      return 0;
    } finally {
      release?.();
    }
  },
};
