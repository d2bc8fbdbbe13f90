// Parts of the node's network that another layer keeps in its own records and the host only
// derives: the CRI plugin's pod sandboxes hold their address and namespace path themselves
// (cri/sandbox/pod-network.ts), so their bridge, veths and eth0 are added to a view of the
// network rather than stored twice. Overlays never change the stored state.

import type { Node } from '../../node';
import { peekNetwork, type NetworkState } from './network-state';

/** Adds derived namespaces and links to `net` (a copy of the stored network). */
export type NetworkOverlay = (node: Node, net: NetworkState) => void;

const overlays = new Map<string, NetworkOverlay>();

/** Registers (or replaces) the overlay named `name`; the composition root does this once. */
export function registerNetworkOverlay(name: string, overlay: NetworkOverlay): void {
  overlays.set(name, overlay);
}

/** The network as the kernel has it now: the stored state with every overlay applied. */
export function networkView(node: Node): NetworkState {
  const base = peekNetwork(node.state.host);
  if (overlays.size === 0) return base;
  const net = structuredClone(base);
  for (const overlay of overlays.values()) overlay(node, net);
  return net;
}
