// The optional pod network of the CRI oracle: Debian's containernetworking-plugins with a
// private bridge. The plugins are linked into the daemon's private CNI bin_dir and the network
// list written to its private conf_dir (the CRI plugin watches it and loads it at once); the
// bridge has no masquerading and no port mappings, so no iptables rule is made, and its IPAM
// keeps its leases under the daemon's directory. The bridge device itself outlives the daemon:
// removeBridge() deletes it.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian's containernetworking-plugins puts the plugins. */
const DEBIAN_CNI_BIN = '/usr/lib/cni';
const CNI_BRIDGE = 'ctrlab-cri0';
const CNI_SUBNET = '10.213.7.0/24';
export const CNI_CONFLIST = '10-ctrlab-oracle.conflist';

/** Why the bridge network cannot be offered here, or undefined when it can. */
export function cniUnavailableReason(): string | undefined {
  if (!existsSync(join(DEBIAN_CNI_BIN, 'bridge')) || !existsSync(join(DEBIAN_CNI_BIN, 'host-local'))) {
    return 'containernetworking-plugins is not installed (apt-get install -y containernetworking-plugins)';
  }
  if (spawnSync('ip', ['-V']).status !== 0) return 'iproute2 (ip) is not installed';
  return undefined;
}

/** The network list, with the IPAM data under `ipamDir` (the simulator shows /var/lib/cni/networks). */
export function bridgeConflist(ipamDir: string): string {
  return `${JSON.stringify(
    {
      cniVersion: '0.4.0',
      name: 'ctrlab-oracle',
      plugins: [
        {
          type: 'bridge',
          bridge: CNI_BRIDGE,
          isGateway: true,
          ipMasq: false,
          ipam: { type: 'host-local', ranges: [[{ subnet: CNI_SUBNET }]], routes: [{ dst: '0.0.0.0/0' }], dataDir: ipamDir },
        },
      ],
    },
    null,
    2,
  )}\n`;
}

/** Gives the private daemon under `dir` the bridge network (its config names `${dir}/cni/…`). */
export function installBridgeNetwork(dir: string): void {
  const bin = join(dir, 'cni/bin');
  const conf = join(dir, 'cni/net.d');
  mkdirSync(bin, { recursive: true });
  mkdirSync(conf, { recursive: true });
  for (const plugin of readdirSync(DEBIAN_CNI_BIN)) symlinkSync(join(DEBIAN_CNI_BIN, plugin), join(bin, plugin));
  writeFileSync(join(conf, CNI_CONFLIST), bridgeConflist(join(dir, 'cni/ipam')));
}

export function bridgeExists(): boolean {
  return spawnSync('ip', ['link', 'show', CNI_BRIDGE], { stdio: 'ignore' }).status === 0;
}

export function removeBridge(): void {
  if (bridgeExists()) spawnSync('ip', ['link', 'delete', CNI_BRIDGE]);
}
