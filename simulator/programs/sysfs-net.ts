// The network part of a container's /sys: sysfs shows the interfaces of the network namespace
// of whoever mounted it (runc mounts it after joining the container's), /sys/class/net/<if>
// links to /sys/devices/virtual/net/<if>, and each attribute is a file the kernel writes when
// read (net/core/net-sysfs.c, Linux 6.1). Only the attributes below are simulated; the rest of
// a device's directory is absent.

import { viewNetns, type LinkRecord } from '../host/network/index';
import type { ContainerFile, ContainerFs, ProcessNetwork } from './program';

const CLASS = '/sys/class/net';
const DEVICES = '/sys/devices/virtual/net';

/** ARPHRD_* of a link (include/uapi/linux/if_arp.h). */
const ARPHRD_ETHER = 1;
const ARPHRD_LOOPBACK = 772;

/** An attribute's text and mode: read-only ones are 0444, those the kernel lets root set 0644. */
function attributes(link: LinkRecord): Record<string, [string, number]> {
  const loopback = link.kind === 'loopback';
  // A veth's iflink is its peer's ifindex; any other link's its own.
  const iflink = link.peer?.index ?? link.index;
  // The kernel says "unknown" for a loopback that is up (no RFC 2863 state), as `ip link` shows.
  const operstate = !link.up ? 'down' : loopback ? 'unknown' : 'up';
  return {
    addr_len: ['6', 0o444],
    address: [link.mac, 0o444],
    broadcast: [loopback ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff', 0o444],
    carrier: [link.up ? '1' : '', 0o644],
    ifindex: [String(link.index), 0o444],
    iflink: [String(iflink), 0o444],
    mtu: [String(link.mtu), 0o644],
    operstate: [operstate, 0o444],
    tx_queue_len: [loopback ? '1000' : link.kind === 'veth' ? '0' : '1000', 0o644],
    type: [String(loopback ? ARPHRD_LOOPBACK : ARPHRD_ETHER), 0o444],
  };
}

/**
 * `fs` with /sys/class/net and /sys/devices/virtual/net of the process's network namespace,
 * when /sys is a sysfs mount there; `network` is read at each look, so the view is current.
 */
export function withSysClassNet(fs: ContainerFs, network: () => ProcessNetwork | undefined): ContainerFs {
  if (fs.mountOf?.('/sys')?.type !== 'sysfs') return fs;
  const links = (): LinkRecord[] => {
    const view = network();
    return view ? viewNetns(view.net, view.netns).links : [];
  };
  const lookup = (path: string): ContainerFile | undefined => {
    if (path === CLASS || path === DEVICES || path === '/sys/devices/virtual') return { kind: 'dir', mode: 0o755, size: 0 };
    for (const [base, kind] of [[CLASS, 'link'], [DEVICES, 'dir']] as const) {
      if (!path.startsWith(`${base}/`)) continue;
      const [name = '', attr, ...deeper] = path.slice(base.length + 1).split('/');
      const link = links().find((l) => l.name === name);
      if (!link || deeper.length > 0) return undefined;
      if (attr === undefined) return kind === 'link' ? { kind: 'symlink', mode: 0o777, content: `../../devices/virtual/net/${name}`, size: 0 } : { kind: 'dir', mode: 0o755, size: 0 };
      if (kind === 'link') return undefined;
      const found = attributes(link)[attr];
      if (!found) return undefined;
      const [text, mode] = found;
      // Reading carrier of a link that is down fails (EINVAL), as dev_isalive's callers say.
      return { kind: 'file', mode, size: 4096, content: `${text}\n`, ...(text === '' ? { readError: 'Invalid argument' } : {}) };
    }
    return fs.lookup(path);
  };
  const list = (path: string): string[] | undefined => {
    if (path === CLASS || path === DEVICES) return links().map((l) => l.name).sort();
    if (path.startsWith(`${DEVICES}/`)) {
      const name = path.slice(DEVICES.length + 1);
      const link = links().find((l) => l.name === name);
      return link ? Object.keys(attributes(link)).sort() : undefined;
    }
    // The directories that hold them list them beside what the container's /sys already has.
    const parent = { '/sys/class': 'net', '/sys/devices': 'virtual', '/sys/devices/virtual': 'net' }[path];
    const names = fs.list(path) ?? (path === '/sys/devices/virtual' ? [] : undefined);
    if (!names || parent === undefined || names.includes(parent)) return names;
    return [...names, parent].sort();
  };
  return { ...fs, lookup, list };
}
