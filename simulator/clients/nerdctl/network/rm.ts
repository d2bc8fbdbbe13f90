// `nerdctl network rm` (alias remove), network_rm.go@v0.22.2: "network in use is deleted
// without caution" — 0.22 checks no container. Each name in turn: the pseudo networks, an
// unknown name, one nerdctl did not write (no nerdctlID) or one without a file end the command;
// the ones before are already gone.

import type { NerdctlCommand } from '../nerdctl-env';
import { cniEnvOf, networkMap } from './cni-env';
import { removeNetwork } from './remove-network';

export const networkRmCommand: NerdctlCommand = {
  name: 'rm',
  aliases: ['remove'],
  argsUsage: '[flags] NETWORK [NETWORK, ...]',
  usage: 'Remove one or more networks',
  description: 'NOTE: network in use is deleted without caution',
  args: { min: 1 },
  action: (c) => {
    const env = cniEnvOf(c);
    const byName = networkMap(env);
    for (const name of c.args) {
      if (name === 'host' || name === 'none') throw new Error(`pseudo network ${JSON.stringify(name)} cannot be removed`);
      const net = byName.get(name);
      if (!net) throw new Error(`no such network: ${name}`);
      if (net.nerdctlId === undefined) throw new Error(`${name} is managed outside nerdctl and cannot be removed`);
      if (net.file === '') throw new Error(`${name} is a pre-defined network and cannot be removed`);
      removeNetwork(env, net);
      c.io.stdout(`${name}\n`);
    }
  },
};
