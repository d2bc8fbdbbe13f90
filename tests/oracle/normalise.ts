// What may differ between the real node and the simulator, and nothing more: PIDs chosen by the
// kernel, wall-clock times and ages, ids generated at random (leases, UUIDs), cgroup counters
// and the machine's hostname. Everything else — columns, padding, digests, sizes, messages,
// streams, exit codes — must be equal.

import { hostname } from 'node:os';

const sameWidth = (char: string) => (match: string) => char.repeat(match.length);

/** Rewrites one command's output so that machine-dependent values compare equal. */
export function normaliseOutput(cmd: string, text: string): string {
  let out = text
    // logrus timestamps, RFC3339(Nano) times and Go time.String() times
    .replace(/time="[^"]*"/g, 'time="T"')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)/g, 'TIME')
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC/g, 'TIME')
    // the machine's DNS resolver in "lookup <host> on <resolver>: no such host"
    .replace(/(lookup \S+ on )[0-9.:]+(:53)/g, '$1RESOLVER$2')
    // the daemon UUID
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'UUID');
  const host = hostname();
  if (host && host !== 'node1') out = out.replace(new RegExp(`\\b${host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'), 'node1');

  if (/\b(t|task|tasks)\s+(ls|list|ps)\b/.test(cmd)) {
    // The real machine's PIDs have 4 to 7 digits depending on its uptime, and the PID column's
    // width follows them; the task tables' own padding is checked by the conformance replay.
    out = out.replace(/^(\S+ +)\d{2,7}(?= )/gm, '$1PID').replace(/^\d{2,7}(?= )/gm, 'PID');
    out = out.replace(/ {2,}/g, '  ');
    // With several tasks the real shim manager lists them in a random order.
    const [head = '', ...rows] = out.split('\n');
    const last = rows.pop() ?? '';
    out = [head, ...rows.sort(), last].join('\n');
  }
  if (/\bcontent\s+(ls|list)\b/.test(cmd)) {
    out = out.replace(/\t(Less than a second|About a minute|About an hour|\d+ (seconds?|minutes?|hours?))\t/g, '\tAGE\t');
  }
  if (/\b(i|image|images|c|container|containers)\s+label\b/.test(cmd)) {
    // ctr prints the resulting labels in Go's map order, which is random on every run.
    out = out.replace(/^([^\s=,]+=[^,\n]*)(,[^\s=,]+=[^,\n]*)+$/gm, (line) => line.split(',').sort().join(','));
  }
  if (/\bleases\b/.test(cmd)) out = out.replace(/\b\d{9}-[0-9A-Za-z]{4}\b/g, 'LEASE');
  if (/\bmetrics?\b/.test(cmd)) out = out.replace(/\b\d+\b/g, 'N');
  return out;
}
