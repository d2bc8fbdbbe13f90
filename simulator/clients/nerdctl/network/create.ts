// `nerdctl network create` (network_create.go@v0.22.2): ExactArgs(1); the name checked as an
// identifier, --gateway/--ip-range only with --subnet, then CNIEnv.CreateNetwork
// (create-network.ts); prints the full 64-hex id.

import { isAlreadyExists } from '../../../errdefs/errdefs';
import { validateName } from '../volume/identifiers';
import type { NerdctlCommand } from '../nerdctl-env';
import { cniEnvOf } from './cni-env';
import { createNetworkConfig } from './create-network';

function kvMap(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    out[eq < 0 ? v : v.slice(0, eq)] = eq < 0 ? '' : v.slice(eq + 1);
  }
  return out;
}

export const networkCreateCommand: NerdctlCommand = {
  name: 'create',
  argsUsage: '[flags] NETWORK',
  usage: 'Create a network',
  description: 'NOTE: To isolate CNI bridge, CNI plugin "firewall" (>= v1.1.0) is needed.',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['driver', 'd'], kind: 'string', value: 'bridge', usage: 'Driver to manage the Network' },
    { names: ['opt', 'o'], kind: 'stringArray', usage: 'Set driver specific options' },
    { names: ['ipam-driver'], kind: 'string', value: 'default', usage: 'IP Address Management Driver' },
    { names: ['ipam-opt'], kind: 'stringArray', usage: 'Set IPAM driver specific options' },
    { names: ['subnet'], kind: 'string', usage: 'Subnet in CIDR format that represents a network segment, e.g. "10.5.0.0/16"' },
    { names: ['gateway'], kind: 'string', usage: 'Gateway for the master subnet' },
    { names: ['ip-range'], kind: 'string', usage: 'Allocate container ip from a sub-range' },
    { names: ['label'], kind: 'stringArray', usage: 'Set metadata for a network' },
  ],
  action: (c) => {
    const name = c.args[0] ?? '';
    validateName(name);
    const subnet = c.string('subnet');
    const gateway = c.string('gateway');
    const ipRange = c.string('ip-range');
    if (subnet === '' && (gateway !== '' || ipRange !== '')) throw new Error('cannot set gateway or ip-range without subnet, specify --subnet manually');
    const env = cniEnvOf(c);
    try {
      const net = createNetworkConfig(
        env,
        {
          name,
          driver: c.string('driver'),
          options: kvMap(c.stringSlice('opt')),
          ipamDriver: c.string('ipam-driver'),
          subnet,
          gateway,
          ipRange,
          labels: [...new Set(c.stringSlice('label'))],
        },
        (msg, fields) => c.env.log.warn(msg, fields),
      );
      c.io.stdout(`${net.nerdctlId ?? ''}\n`);
    } catch (err) {
      if (isAlreadyExists(err)) throw new Error(`network with name ${name} already exists`);
      throw err;
    }
  },
};
