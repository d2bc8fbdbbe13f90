// portAllocate (pkg/portutil/port_allocate_linux.go@v0.22.2): the host port of `-p 80`. nerdctl
// reads /proc/net/{tcp,tcp6} (or udp) and takes the first run of `count` ports from 49153 on
// that no socket there uses. A published port is a CNI portmap DNAT rule, not a socket, so it
// is not in /proc/net: a second `-p 80` container gets 49153 again, as on a real node.

import { HOST_NETNS, listenersIn } from '../../../host/network/index';
import type { Node } from '../../../node';

const ALLOCATE_START = 49153;
const ALLOCATE_END = 60999;

export type PortAllocator = (protocol: string, ip: string, count: number) => { start: number; end: number };

/** The allocator over the node's own sockets (its network namespace). */
export function hostPortAllocator(node: Node): PortAllocator {
  return (protocol, ip, count) => {
    const proto = protocol === 'udp' ? 'udp' : 'tcp';
    // With an address given, only sockets bound to it or to "::" count (the tcp6 trick).
    const used = new Set(
      listenersIn(node, HOST_NETNS)
        .filter((l) => l.protocol === proto && (ip === '' || l.ip === '::' || l.ip === ip))
        .map((l) => l.port),
    );
    if (count > ALLOCATE_END - ALLOCATE_START + 1) throw new Error(`can not allocate ${count} ports`);
    for (let start = ALLOCATE_START; start < ALLOCATE_END; start += count) {
      let free = true;
      for (let p = start; p < start + count; p++) if (used.has(p)) free = false;
      if (free) return { start, end: start + count - 1 };
    }
    throw new Error(`there is not enough ${count} free ports`);
  };
}
