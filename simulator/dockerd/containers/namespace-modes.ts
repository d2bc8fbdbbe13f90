// HostConfig's namespace modes as dockerd 20.10.24 takes them: at create, a --uts host with a
// hostname is refused and an --ipc container:<name> must name a container (as a real node
// answers, both with run's help hint); the IPC mode itself is only read when the start builds
// the spec, where an unknown one fails the start (`Invalid IPC mode: bogus`).

import type { Node } from '../../node';
import { invalidParameter } from '../errors';
import { findContainer } from './lookup';

export interface NamespaceModes {
  IpcMode?: string;
  PidMode?: string;
  UTSMode?: string;
}

/** The create's checks. */
export function verifyNamespaceModes(node: Node, host: NamespaceModes, hostname: string | undefined): void {
  if (host.UTSMode === 'host' && hostname) throw invalidParameter('conflicting options: hostname and the UTS mode');
  const ipc = host.IpcMode ?? '';
  if (!ipc.startsWith('container:')) return;
  try {
    findContainer(node, ipc.slice('container:'.length));
  } catch (err) {
    // The create's answer is worded as any refusal (`Error response from daemon: …`).
    throw invalidParameter(err instanceof Error ? err.message : String(err));
  }
}

const IPC_MODES = new Set(['', 'none', 'private', 'host', 'shareable']);

/** The start's reading of the IPC mode. */
export function checkIpcMode(mode: string | undefined): void {
  const m = mode ?? '';
  if (IPC_MODES.has(m) || (m.startsWith('container:') && m.length > 'container:'.length)) return;
  throw invalidParameter(`Invalid IPC mode: ${m}`);
}
