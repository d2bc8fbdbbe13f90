// What crictl 1.26.0's pod commands share (cmd/crictl/sandbox.go @v1.26.0): state words,
// Go's time.Time %v of a nanosecond stamp, and the label/annotation blocks.

import type { Int64, PodSandboxState } from '../../../cri/index';
import { sortedKeys } from '../containers/shared';

/** convertPodState (sandbox.go:574-584). */
export function podStateWord(state: PodSandboxState): string {
  return state === 'SANDBOX_READY' ? 'Ready' : 'NotReady';
}

/** getSandboxesRuntimeHandler (sandbox.go:586-591). */
export function runtimeHandlerWord(handler: string): string {
  return handler === '' ? '(default)' : handler;
}

/** fmt's %v of time.Unix(0, ns) on a UTC node: `2006-01-02 15:04:05.999999999 +0000 UTC`. */
export function goTimeText(ns: Int64): string {
  const n = BigInt(ns);
  const sec = n / 1_000_000_000n - (n % 1_000_000_000n < 0n ? 1n : 0n);
  const frac = n - sec * 1_000_000_000n;
  const iso = new Date(Number(sec) * 1000).toISOString();
  const digits = frac === 0n ? '' : `.${frac.toString().padStart(9, '0').replace(/0+$/, '')}`;
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${digits} +0000 UTC`;
}

/** The Labels:/Annotations: blocks; an empty map arrives as Go's nil, which prints no heading. */
export function mapBlocks(labels: Readonly<Record<string, string>>, annotations: Readonly<Record<string, string>>): string {
  let out = '';
  if (Object.keys(labels).length > 0) out += 'Labels:\n';
  for (const k of sortedKeys(labels)) out += `\t${k} -> ${labels[k]}\n`;
  if (Object.keys(annotations).length > 0) out += 'Annotations:\n';
  for (const k of sortedKeys(annotations)) out += `\t${k} -> ${annotations[k]}\n`;
  return out;
}

/** k8s.io/apimachinery's aggregate error text: one message alone, several `[a, b]` without repeats. */
export function aggregateText(messages: readonly string[]): string {
  const seen = [...new Set(messages)];
  if (messages.length === 1 || seen.length === 1) return seen[0] ?? '';
  return `[${seen.join(', ')}]`;
}
