// `docker network create` (docker/cli 20.10 cli/command/network/create.go): the IPAM config
// checked by the client first (consolidateIpam: a gateway or --ip-range needs a --subnet that
// holds it, else `every ip-range or gateway must have a corresponding subnet` / `no matching
// subnet for gateway x`, exit 1), then the daemon's create; the new id on stdout.

import { convertKvStringsToMap } from '../../kv-strings';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { inSubnet, ipToInt, parseCidr } from '../../../host/network/ip-address';
import { daemonOf, type DockerCommand } from '../docker-env';

const DOCS = 'https://docs.docker.com/engine/reference/commandline/network_create/';

/** --label list / -o map values: `k=v`, a bare `k` is `k=""` (opts.ConvertKVStringsToMap). */
export const keyValues = convertKvStringsToMap;

export const networkCreateCommand: DockerCommand = {
  name: 'create',
  argsUsage: '[OPTIONS] NETWORK',
  usage: 'Create a network',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['attachable'], kind: 'bool', usage: 'Enable manual container attachment' },
    { names: ['aux-address'], kind: 'stringArray', typeName: 'map', defaultText: 'map[]', usage: 'Auxiliary IPv4 or IPv6 addresses used by Network driver' },
    { names: ['config-from'], kind: 'string', usage: 'The network from which to copy the configuration' },
    { names: ['config-only'], kind: 'bool', usage: 'Create a configuration only network' },
    { names: ['driver', 'd'], kind: 'string', value: 'bridge', usage: 'Driver to manage the Network' },
    { names: ['gateway'], kind: 'stringSlice', typeName: 'strings', usage: 'IPv4 or IPv6 Gateway for the master subnet' },
    { names: ['ingress'], kind: 'bool', usage: 'Create swarm routing-mesh network' },
    { names: ['internal'], kind: 'bool', usage: 'Restrict external access to the network' },
    { names: ['ip-range'], kind: 'stringSlice', typeName: 'strings', usage: 'Allocate container ip from a sub-range' },
    { names: ['ipam-driver'], kind: 'string', value: 'default', usage: 'IP Address Management Driver' },
    { names: ['ipam-opt'], kind: 'stringArray', typeName: 'map', defaultText: 'map[]', usage: 'Set IPAM driver specific options' },
    { names: ['ipv6'], kind: 'bool', usage: 'Enable IPv6 networking' },
    { names: ['label'], kind: 'stringArray', typeName: 'list', usage: 'Set metadata on a network' },
    { names: ['opt', 'o'], kind: 'stringArray', typeName: 'map', defaultText: 'map[]', usage: 'Set driver specific options' },
    { names: ['scope'], kind: 'string', usage: "Control the network's scope" },
    { names: ['subnet'], kind: 'stringSlice', typeName: 'strings', usage: 'Subnet in CIDR format that represents a network segment' },
  ],
  action: (c) => {
    if (c.string('config-from')) throw new NotSimulatedError('docker network create --config-from', DOCS);
    const scope = c.string('scope');
    if (!['', 'local', 'global', 'swarm'].includes(scope)) throw new NotSimulatedError(`docker network create --scope ${scope}`, DOCS);
    if (c.bool('ipv6') && c.stringSlice('subnet').some((s) => s.includes(':'))) throw new NotSimulatedError('docker network create --ipv6 with an IPv6 --subnet', DOCS);
    for (const flag of ['config-only', 'ingress'] as const) if (c.bool(flag)) throw new NotSimulatedError(`docker network create --${flag}`, DOCS);
    for (const flag of ['aux-address', 'ipam-opt'] as const) if (c.stringSlice(flag).length > 0) throw new NotSimulatedError(`docker network create --${flag}`, DOCS);
    if (c.string('ipam-driver') !== 'default') throw new NotSimulatedError('docker network create --ipam-driver', DOCS);
    const subnets = c.stringSlice('subnet');
    const gateways = c.stringSlice('gateway');
    const ranges = c.stringSlice('ip-range');
    if (subnets.length > 1) throw new NotSimulatedError('docker network create with several --subnet', DOCS);
    // consolidateIpam counts first: no more ranges or gateways than subnets (so two on one subnet stop here).
    if (subnets.length < ranges.length || subnets.length < gateways.length) {
      c.io.stderr('every ip-range or gateway must have a corresponding subnet\n');
      return 1;
    }
    const cidr = subnets[0] ? parseCidr(subnets[0]) : undefined;
    // Ranges before gateways; subnetMatches takes the address a range is written with.
    for (const range of ranges) {
      const ip = range.includes('/') ? (parseCidr(range) ? range.slice(0, range.indexOf('/')) : undefined) : range;
      if (ip === undefined || !/^\d+\.\d+\.\d+\.\d+$/.test(ip)) {
        c.io.stderr(`invalid CIDR address: ${range}\n`);
        return 1;
      }
      if (cidr && !inSubnet(ipToInt(ip), cidr)) {
        c.io.stderr(`no matching subnet for range ${range}\n`);
        return 1;
      }
    }
    for (const gw of gateways) {
      if (cidr && !inSubnet(ipToInt(gw), cidr)) {
        c.io.stderr(`no matching subnet for gateway ${gw}\n`);
        return 1;
      }
    }
    const ipam = subnets[0] ? [{ Subnet: subnets[0], ...(gateways[0] ? { Gateway: gateways[0] } : {}), ...(ranges[0] ? { IPRange: ranges[0] } : {}) }] : [];
    const created = daemonOf(c).networks.create({
      name: c.args[0] ?? '',
      driver: c.string('driver'),
      ipam,
      internal: c.bool('internal'),
      attachable: c.bool('attachable'),
      enableIPv6: c.bool('ipv6'),
      scope,
      labels: keyValues(c.stringSlice('label')),
      options: keyValues(c.stringSlice('opt')),
    });
    c.io.stdout(`${created.Id}\n`);
    return 0;
  },
};
