// Test data for the CNI tests: nerdctl 0.22's default network as it writes it
// (containerd/nerdctl@v0.22.2 pkg/netutil/netutil.go GenerateConfigList + cni_plugin_unix.go),
// and a node that has the plugins it names in /opt/cni/bin.

import { createSimulator, type Node } from '../../index';
import { writeFile } from '../vfs';

export const NERDCTL_CONFLIST = {
  cniVersion: '0.4.0',
  name: 'bridge',
  nerdctlID: 0,
  nerdctlLabels: {},
  plugins: [
    {
      type: 'bridge',
      bridge: 'nerdctl0',
      isGateway: true,
      ipMasq: true,
      hairpinMode: true,
      ipam: { type: 'host-local', routes: [{ dst: '0.0.0.0/0' }], ranges: [[{ subnet: '10.4.0.0/24', gateway: '10.4.0.1' }]] },
    },
    { type: 'portmap', capabilities: { portMappings: true } },
    { type: 'firewall' },
    { type: 'tuning' },
  ],
};

/** node1 with nerdctl's extra plugins (firewall, tuning) next to the stock ones. */
export function cniNode(seed = 7): Node {
  const node = createSimulator({ seed, now: () => Date.UTC(2026, 11, 5, 1, 0, 0) });
  for (const name of ['firewall', 'tuning']) writeFile(node.state.host.files, `/opt/cni/bin/${name}`, '', { mode: 0o755 });
  return node;
}
