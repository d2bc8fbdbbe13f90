// When node1 booted, and so what /proc/uptime, `uptime` and a container's /proc/uptime say. A
// session finds the node up for an hour (UPTIME_AT_START_MS); from then on it is up
// for as long as the node's clock has run since. The node's files are made at that first moment
// (initial-state.ts), so the /lib symlink, which nothing on a node rewrites, keeps it across
// saves without a field of its own.

import type { Node } from '../node';

/** How long before a session starts the node booted: systemd's units active since boot are that old. */
const UPTIME_AT_START_MS = 3_600_000;

/** The node's boot, in ms since the epoch. */
export function bootMs(node: Node): number {
  const lib = node.state.host.files['/lib'];
  const madeAt = lib?.kind === 'symlink' ? Math.min(lib.mtimeMs, node.nowMs()) : node.nowMs();
  return madeAt - UPTIME_AT_START_MS;
}

/** Seconds since boot as the kernel's /proc/uptime has them: hundredths, cut. */
export function uptimeSeconds(node: Node): number {
  return Math.floor((node.nowMs() - bootMs(node)) / 10) / 100;
}

/**
 * /proc/uptime: seconds since boot and the seconds the CPUs spent idle, summed over the node's
 * two (its simulated work takes no CPU: all of it), each "%lu.%02lu".
 */
export function procUptimeText(node: Node): string {
  const centis = Math.round(uptimeSeconds(node) * 100);
  const text = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
  return `${text(centis)} ${text(centis * 2)}\n`;
}
