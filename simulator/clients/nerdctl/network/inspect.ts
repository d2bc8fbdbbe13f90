// `nerdctl network inspect` (network_inspect.go@v0.22.2): per name, the pseudo networks and
// unknown names fail the whole command; --mode dockercompat (default) gives Name, Id, IPAM
// (the ranges of every plugin's ipam, flattened: Subnet, Gateway, IPRange) and Labels
// (dockercompat.NetworkFromNative); --mode native gives the conflist itself (CNI, re-indented
// inside the array), NerdctlID, NerdctlLabels and File.

import { goMap, goSlice, goStruct } from '../../../go/template/index';
import { formatSlice } from '../format/format-slice';
import type { NerdctlCommand } from '../nerdctl-env';
import type { NetworkConfig } from './cni-env';
import { cniEnvOf, networkMap } from './cni-env';

type Json = Record<string, unknown>;

/** native.Network: CNI omitted when empty, NerdctlID always (null without one). */
function nativeNetwork(n: NetworkConfig): Json {
  const out: Json = goStruct({ CNI: JSON.parse(n.bytes) as unknown, NerdctlID: n.nerdctlId ?? null }, '*native.Network');
  if (n.nerdctlLabels) out.NerdctlLabels = goMap({ ...n.nerdctlLabels }, 'map[string]string');
  if (n.file !== '') out.File = n.file;
  return out;
}

/** gjson "plugins.#.ipam.ranges|@flatten|@flatten": every range object of every plugin. */
function ipamRanges(n: NetworkConfig): Json[] {
  const ranges: Json[] = [];
  for (const p of n.plugins) {
    const r = (p.ipam as Json | undefined)?.ranges;
    if (!Array.isArray(r)) continue;
    for (const set of r) for (const x of Array.isArray(set) ? set : [set]) if (x && typeof x === 'object' && !Array.isArray(x)) ranges.push(x as Json);
  }
  return ranges;
}

/** dockercompat.NetworkFromNative. */
function compatNetwork(n: NetworkConfig): Json {
  const out: Json = goStruct({ Name: n.name }, '*dockercompat.Network');
  if (n.nerdctlId) out.Id = n.nerdctlId;
  const config = ipamRanges(n).map((r) => {
    const cfg: Json = goStruct({}, 'dockercompat.IPAMConfig');
    if (r.subnet !== undefined && String(r.subnet) !== '') cfg.Subnet = String(r.subnet);
    if (r.gateway !== undefined && String(r.gateway) !== '') cfg.Gateway = String(r.gateway);
    if (r.ipRange !== undefined && String(r.ipRange) !== '') cfg.IPRange = String(r.ipRange);
    return cfg;
  });
  out.IPAM = goStruct(config.length > 0 ? { Config: goSlice(config, '[]dockercompat.IPAMConfig') } : {}, 'dockercompat.IPAM');
  out.Labels = n.nerdctlLabels ? goMap({ ...n.nerdctlLabels }, 'map[string]string') : null;
  return out;
}

export const networkInspectCommand: NerdctlCommand = {
  name: 'inspect',
  argsUsage: '[flags] NETWORK [NETWORK, ...]',
  usage: 'Display detailed information on one or more networks',
  args: { min: 1 },
  flags: [
    { names: ['mode'], kind: 'string', value: 'dockercompat', usage: 'Inspect mode, "dockercompat" for Docker-compatible output, "native" for containerd-native output' },
    { names: ['format', 'f'], kind: 'string', usage: "Format the output using the given Go template, e.g, '{{json .}}'" },
  ],
  action: (c) => {
    const byName = networkMap(cniEnvOf(c));
    const mode = c.string('mode');
    const result = c.args.map((name) => {
      if (name === 'host' || name === 'none') throw new Error(`pseudo network ${JSON.stringify(name)} cannot be inspected`);
      const n = byName.get(name);
      if (!n) throw new Error(`no such network: ${name}`);
      if (mode === 'native') return nativeNetwork(n);
      if (mode === 'dockercompat') return compatNetwork(n);
      throw new Error(`unknown mode ${JSON.stringify(mode)}`);
    });
    formatSlice(c, result);
  },
};
