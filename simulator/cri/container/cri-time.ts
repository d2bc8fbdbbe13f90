// The CRI plugin's times and ids: status times are Go int64 nanoseconds (kept as NanoTime, sent
// as decimal strings), ids are 64 hex from the node's seeded random (util.GenerateID).

import { parseRfc3339Nano } from '../../containerd/client/index';
import { nextUint32, randomInt } from '../../host/random';
import type { Node } from '../../node';
import type { Int64 } from '../api/runtime-v1';

export interface NanoTime {
  ms: number;
  subNanos: number;
}

/** time.Now().UnixNano() on the node, with a seeded sub-millisecond part. */
export function nowNanoTime(node: Node): NanoTime {
  return { ms: Math.floor(node.nowMs()), subNanos: randomInt(node.state.random, 0, 999_999) };
}

/** A NanoTime as the int64 nanoseconds CRI sends; "0" for an unset time. */
export function toInt64(t: NanoTime | undefined): Int64 {
  if (!t) return '0';
  return (BigInt(t.ms) * 1_000_000n + BigInt(t.subNanos)).toString();
}

/** An event's RFC 3339 timestamp (TaskExit.ExitedAt) as a NanoTime; now when it does not parse. */
export function fromRfc3339(node: Node, text: unknown): NanoTime {
  return (typeof text === 'string' && parseRfc3339Nano(text)) || nowNanoTime(node);
}

/** util.GenerateID: 32 random bytes as 64 hex. */
export function newCriId(node: Node): string {
  let out = '';
  while (out.length < 64) out += nextUint32(node.state.random).toString(16).padStart(8, '0');
  return out;
}
