// GET /networks/{id} and /networks (moby 20.10 api/types NetworkResource, field order as a real
// 20.10.24's `network inspect` prints it): the network with its IPAM config and the endpoints of
// the containers on it (Containers, by container id; host and none endpoints have no address).

import type { Node } from '../../node';
import type { NetworkRecord } from './network-record';
import { findNetwork } from './network-store';
import { sweptStore } from './sweep';

export interface NetworkResource {
  Name: string;
  Id: string;
  Created: string;
  Scope: string;
  Driver: string;
  EnableIPv6: boolean;
  IPAM: { Driver: string; Options: Record<string, string> | null; Config: Array<Record<string, string>> };
  Internal: boolean;
  Attachable: boolean;
  Ingress: boolean;
  ConfigFrom: { Network: string };
  ConfigOnly: boolean;
  Containers: Record<string, { Name: string; EndpointID: string; MacAddress: string; IPv4Address: string; IPv6Address: string }>;
  Options: Record<string, string>;
  Labels: Record<string, string>;
}

export function networkResource(node: Node, network: NetworkRecord): NetworkResource {
  const prefix = network.subnet?.split('/')[1] ?? '';
  const containers: NetworkResource['Containers'] = {};
  for (const id of Object.keys(network.endpoints).sort()) {
    const ep = network.endpoints[id];
    if (!ep) continue;
    const name = node.state.dockerd.containers[id]?.name ?? ep.name;
    const bridged = network.driver === 'bridge';
    containers[id] = { Name: name, EndpointID: ep.id, MacAddress: bridged ? ep.mac : '', IPv4Address: bridged ? `${ep.ip}/${prefix}` : '', IPv6Address: '' };
  }
  return {
    Name: network.name,
    Id: network.id,
    Created: network.created,
    Scope: 'local',
    Driver: network.driver,
    EnableIPv6: false,
    IPAM: { Driver: 'default', Options: network.ipamOptions === null ? null : { ...network.ipamOptions }, Config: network.ipamConfig.map((c) => ({ ...c })) },
    Internal: network.internal,
    Attachable: network.attachable,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: containers,
    Options: { ...network.options },
    Labels: { ...network.labels },
  };
}

/** One network by id, name or unique id prefix; DockerdError 404 `network x not found`. */
export function inspectNetwork(node: Node, typed: string): NetworkResource {
  sweptStore(node);
  return networkResource(node, findNetwork(node, typed));
}
