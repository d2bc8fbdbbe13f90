// The kubelet's log lines as klog v2 (1.26) writes them to stderr, which systemd puts in the
// journal: a header `I1204 22:10:01.123456    1234 kubelet.go:2157] ` and, for structured
// calls (InfoS/ErrorS), the message quoted followed by key=value pairs. Strings are quoted
// with Go's %q; other values (numbers, types.UID, klog.KObjs slices, PLEG events) are printed
// with %+v, unquoted, as klog 2.80 does for values that are not plain strings or errors.

import { goQuote } from '../go/quote';
import { appendJournal } from '../host/journal';
import { randomInt } from '../host/random';
import { mainPid } from '../host/systemd';
import type { Node } from '../node';

export const KUBELET_UNIT = 'kubelet';

export type Severity = 'I' | 'W' | 'E';

/** A value printed bare (`podUID=1f2e…`, `gracePeriod=2`, `pods=[default/web-node1]`). */
export class Bare {
  constructor(readonly text: string) {}
}

export type KlogValue = string | number | Bare;

function formatValue(value: KlogValue): string {
  if (value instanceof Bare) return value.text;
  if (typeof value === 'number') return String(value);
  return goQuote(value);
}

/** `I1204 22:10:01.123456    1234 file.go:187] ` for `micros` µs past the moment `ms` (UTC, the node's zone). */
function klogHeader(severity: Severity, ms: number, micros: number, pid: number, caller: string): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const at = new Date(ms + Math.floor(micros / 1000));
  const frac = String(at.getUTCMilliseconds() * 1000 + (micros % 1000)).padStart(6, '0');
  const clock = `${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())}.${frac}`;
  return `${severity}${two(at.getUTCMonth() + 1)}${two(at.getUTCDate())} ${clock} ${String(pid).padStart(7, ' ')} ${caller}] `;
}

/** A structured line's body: `"msg" key="value" n=1`. An `err` value comes first, as ErrorS puts it. */
function structured(msg: string, kv: ReadonlyArray<[string, KlogValue]>): string {
  return [goQuote(msg), ...kv.map(([k, value]) => `${k}=${formatValue(value)}`)].join(' ');
}

/** The last stamp written on each node, in µs: a later line never reads earlier. */
const lastStamp = new WeakMap<Node, number>();

/**
 * The microseconds past the millisecond for a line logged now: from the node's seeded random,
 * as a real clock's would vary (a seed still gives the same journal), and always after the
 * line before, since the kubelet's work takes time the simulated clock does not show.
 */
function micros(node: Node): number {
  const ms = node.nowMs();
  const fresh = ms * 1000 + randomInt(node.state.random, 0, 199);
  const previous = lastStamp.get(node);
  const stamp = previous !== undefined && previous >= fresh ? previous + randomInt(node.state.random, 20, 400) : fresh;
  lastStamp.set(node, stamp);
  return stamp - ms * 1000;
}

/** Writes one structured line to the kubelet's journal, stamped with the node's now. */
export function klog(node: Node, severity: Severity, caller: string, msg: string, kv: ReadonlyArray<[string, KlogValue]> = []): void {
  writeLine(node, severity, caller, structured(msg, kv));
}

/** Writes a line whose body is already formatted (printf-style klog calls, flag warnings). */
export function writeLine(node: Node, severity: Severity | undefined, caller: string, body: string): void {
  const unit = node.state.host.units[KUBELET_UNIT];
  const pid = unit ? mainPid(unit) : 0;
  const header = severity ? klogHeader(severity, node.nowMs(), micros(node), pid, caller) : '';
  appendJournal(node, KUBELET_UNIT, 'kubelet', pid, header + body);
}

/** Go's time.Duration String() for whole seconds (`10s`, `1m20s`, `5m0s`). */
export function goDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 60) return `${totalSeconds}s`;
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes < 60) return `${minutes}m${seconds}s`;
  return `${Math.floor(minutes / 60)}h${minutes % 60}m${seconds}s`;
}
