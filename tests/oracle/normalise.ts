// What may differ between the real node and the simulator, and nothing more: PIDs chosen by the
// kernel, the moment a command ran, ids generated at random (leases, UUIDs, mount dirs), cgroup
// counters, the machine's hostname and the private daemon's directories. Everything else —
// columns and their padding, digests, sizes, messages, streams, exit codes — must be equal.
//
// Times are compared as times: each is written as its distance from the moment the command
// ran on its own node (`<time now>` for one during the script, `<time now+60m>` for an expiry an
// hour ahead), so a wrong expiry or a date in the wrong year still differs. A time from before
// the script began (an image's build date) must be equal as written.

import { hostname } from 'node:os';
import { retable } from './retable';

/** When a line ran, on the clock of the node that ran it, and where that node keeps its files. */
export interface LineMoment {
  /** Epoch ms the line began. */
  atMs: number;
  /** Epoch ms the script's first line began. */
  startMs: number;
  /** The real node's private directory (root/, state/, socket under it); none on the simulator. */
  nodeDir?: string;
}

/** Seconds a node's time may run ahead of the moment its line began and still be "now". */
const NOW_SLACK_MS = 5_000;
const RFC3339 = /(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)/g;
// Go's Time.String(): "2026-12-05 04:13:49.123456789 +0000 UTC" (with a monotonic reading after it).
const GO_STRING = /(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(\.\d+)? ([+-]\d\d)(\d\d) ([A-Z]+)( m=[+-]\d+\.\d+)?/g;
// containerd's generated lease ids: "<t.Nanosecond()>-<base64url of 3 random bytes>" (leases/id.go).
const LEASE_ID = /(?<![\w-])\d{1,9}-[A-Za-z0-9_-]{4}(?![\w-])/g;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function timeToken(match: string, ms: number, fraction: string | undefined, zone: string, at?: LineMoment): string {
  if (!at) return 'TIME';
  const ahead = ms - at.atMs;
  let when: string;
  if (ms >= at.startMs - NOW_SLACK_MS && ahead <= NOW_SLACK_MS) when = 'now';
  else if (ahead > NOW_SLACK_MS) when = `now+${Math.round(ahead / 60_000)}m`;
  else return match; // before the script: a fixed date that must be equal
  // RFC3339Nano drops trailing zeros, so only whether a fraction is printed is compared.
  return `<time ${when}${fraction ? '.f' : ''} ${zone}>`;
}

/** Rewrites times, ids and paths that cannot be equal on two machines. */
function normaliseValues(text: string, at?: LineMoment): string {
  let out = text
    .replace(RFC3339, (m, date: string, clock: string, fraction: string | undefined, zone: string) => {
      const ms = Date.parse(`${date}T${clock}${zone}`) + (fraction ? Number(`0${fraction}`) * 1000 : 0);
      return timeToken(m, ms, fraction, zone, at);
    })
    .replace(GO_STRING, (m, date: string, clock: string, fraction: string | undefined, zh: string, zm: string, zone: string) => {
      const ms = Date.parse(`${date}T${clock}${zh}:${zm}`) + (fraction ? Number(`0${fraction}`) * 1000 : 0);
      return timeToken(m, ms, fraction, `${zh}${zm} ${zone}`, at);
    })
    // the machine's DNS resolver in "lookup <host> on <resolver>: no such host"
    .replace(/(lookup \S+ on )[0-9.:]+(:53)/g, '$1RESOLVER$2')
    // the daemon UUID
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'UUID')
    // the cgroup's memory counters in runc's refusal of a limit below them (libcontainer
    // cgroups/fs/memory.go setMemory): the kernel's, never equal; the limit itself stays
    .replace(/\(current usage: \d+, peak usage: \d+\)/g, '(current usage: N, peak usage: N)')
    // ctr's temporary mount points (os.MkdirTemp("", "containerd-mount"))
    .replace(/\/tmp\/containerd-mount\d+/g, '/tmp/containerd-mountN')
    // the I/O fifos' directory (cio.NewFIFOSetInDir: os.MkdirTemp(root, ""), a random number)
    .replace(/\/run\/containerd\/fifo\/\d+\//g, '/run/containerd/fifo/N/')
    // heap addresses among a goroutine trace's frame arguments (the panic of `ctr t start -d` on
    // a -t container without a console): Go's allocator, never equal; code addresses stay
    .replace(/^\S+\(.*\)$/gm, (frame) => frame.replace(/\b0xc[0-9a-f]{9}\b/g, '0xcHEAP'));
  if (at?.nodeDir) {
    // The private daemon's directories stand for a stock node's (real-containerd.ts configToml).
    const dir = escape(at.nodeDir);
    out = out
      .replace(new RegExp(`${dir}/root`, 'g'), '/var/lib/containerd')
      .replace(new RegExp(`${dir}/state`, 'g'), '/run/containerd')
      .replace(new RegExp(`${dir}/opt`, 'g'), '/opt/containerd')
      .replace(new RegExp(`${dir}/containerd\\.sock`, 'g'), '/run/containerd/containerd.sock');
  }
  const host = hostname();
  if (host && host !== 'node1') {
    // With a moment (the ctr oracle) only a line that is the hostname, as `hostname` prints it in
    // a container sharing the host's name; the CRI oracle's callers pass none and keep the old rule.
    out = at
      ? out.replace(new RegExp(`^${escape(host)}$`, 'gm'), 'node1')
      : out.replace(new RegExp(`\\b${escape(host)}\\b`, 'g'), 'node1');
  }
  return out;
}

const sortPairs = (list: string) => list.split(',').sort().join(',');

/** Rewrites one command's output so that machine-dependent values compare equal. */
export function normaliseOutput(cmd: string, text: string, at?: LineMoment): string {
  let out = text;
  const digits = (cell: string) => (/^\d+$/.test(cell) ? 'PID' : cell);
  if (/\b(t|task|tasks)\s+(ls|list)\b/.test(cmd)) {
    // cmd/ctr/commands/tasks/list.go: tabwriter(4, 8, 4); the task manager keeps tasks in a map.
    out = retable(out, { minwidth: 4, padding: 4, header: ['TASK', 'PID', 'STATUS'] }, (c, i) => (i === 1 ? digits(c) : c), true);
    // -q prints only the ids, in the same map order: sorted too.
    if (/\s(-q|--quiet)(\s|$)/.test(cmd) && !out.startsWith('TASK')) {
      const ids = out.split('\n');
      const tail = ids[ids.length - 1] === '' ? ids.pop() : undefined;
      out = [...ids.sort(), ...(tail === undefined ? [] : [tail])].join('\n');
    }
  }
  if (/\b(t|task|tasks)\s+ps\b/.test(cmd)) {
    // tasks/ps.go: tabwriter(1, 8, 4); runc lists the cgroup's pids in order.
    out = retable(out, { minwidth: 1, padding: 4, header: ['PID', 'INFO'] }, (c, i) => (i === 0 ? digits(c) : c));
  }
  if (/\bleases\b/.test(cmd)) {
    let generated = false;
    const lease = (s: string) => s.replace(LEASE_ID, () => ((generated = true), 'LEASE'));
    // leases/leases.go: tabwriter(1, 8, 1); the bolt bucket lists leases by id, random ones at random.
    out = retable(out, { minwidth: 1, padding: 1, header: ['ID', 'CREATED AT', 'LABELS'] }, (c, i) =>
      normaliseValues(i === 0 ? lease(c) : c, at),
    );
    out = lease(out);
    if (generated) {
      // Rows (or `ls -q` lines) in the order of their normalised text, the header kept first.
      const lines = out.split('\n');
      const tail = lines[lines.length - 1] === '' ? lines.pop() : undefined;
      const head = /^ID +CREATED AT/.test(lines[0] ?? '') ? lines.splice(0, 1) : [];
      out = [...head, ...lines.sort(), ...(tail === undefined ? [] : [tail])].join('\n');
    }
  }
  if (/\bcontent\s+(ls|list)\b/.test(cmd)) {
    // content/content.go: AGE is units.HumanDuration(time.Since(created)), and tabwriter pads
    // the column with tabs to its longest age; LABELS are in map order.
    out = out
      .replace(/^(DIGEST\t+SIZE\t+AGE)\t+(LABELS)$/m, '$1\t$2')
      .replace(/\t(Less than a second|About a minute|\d+ (seconds?|minutes?))\t+/g, '\tAGE\t')
      .replace(/^(sha256:[0-9a-f]{64}\t.*\t)([^\t\n]+)$/gm, (_, lead: string, labels: string) => lead + sortPairs(labels));
  }
  if (/\bplugins?\s+(ls|list)\b/.test(cmd)) {
    // plugins/plugins.go ranges over each plugin's Exports, a Go map: the rows come in any
    // order (their padding does not depend on it), so each block's rows are sorted.
    out = out.replace(/^(Exports:.*\n)((?: {15}\S.*\n)+)/gm, (_, head: string, rows: string) => head + rows.split(/(?<=\n)/).sort().join(''));
  }
  if (/\b(i|image|images|c|container|containers|content|snapshot|snapshots)\s+label\b/.test(cmd)) {
    // ctr prints the resulting labels in Go's map order, which is random on every run (a key
    // may begin with a space: `--label ' s=1'`).
    out = out.replace(/^[^=,\n]+=[^\n]*,[^\n]*$/gm, sortPairs);
  }
  if (/\b(t|task|tasks)\s+metrics?\b/.test(cmd)) {
    // The cgroup's counters (tasks/metrics.go); pids.* and error messages stay. The table's value
    // column is padded to its widest counter, so data lines lose their trailing padding.
    out = out
      .replace(/^((?:memory|cpu|cpuacct|blkio|io|hugetlb|rdma)\.\S+ +)\S.*$/gm, (_, name: string) => `${name.trimEnd()} N`)
      .replace(/^( +"(?!current"|limit")\w+": )\d+(,?)$/gm, '$1N$2')
      .replace(/^(ID +TIMESTAMP|\S+ +\d{4}-\d\d-\d\d .*\S|METRIC +VALUE|pids\.\S+ +\d+) +$/gm, '$1');
  }
  if (/^runc\b/.test(cmd)) out = normaliseRunc(cmd, out, at);
  // The shim's StateResponse names the init's host PID.
  if (/\bshim\b.*\bstate\b/.test(cmd)) out = out.replace(/^( {4}"pid": )\d+,$/gm, '$1PID,');
  return normaliseValues(out, at);
}

/**
 * runc's views of the shims' containers: init PIDs chosen by the kernel; `runc list`'s table
 * through tabwriter(12, 1, 3) padded to the private daemon's longer bundle paths; `runc ps`'s
 * host ps lines, whose PID and PPID widths push the columns, and whose C (CPU share) and STIME
 * (start minute) race.
 */
function normaliseRunc(cmd: string, text: string, at?: LineMoment): string {
  let out = text.replace(/("pid": ?)[1-9]\d*/g, '$1PID');
  if (/\blist\b/.test(cmd)) {
    out = retable(out, { minwidth: 12, padding: 3, header: ['ID', 'PID', 'STATUS', 'BUNDLE', 'CREATED', 'OWNER'] }, (c, i) =>
      normaliseValues(i === 1 && c !== '0' ? c.replace(/^\d+$/, 'PID') : c, at),
    );
  }
  if (/\bps\b/.test(cmd)) {
    out = out
      .replace(/^\[[\d,]+\]$/gm, (list) => list.replace(/\d+/g, 'PID'))
      .replace(/^(\S+) +\d+ +\d+ +\d+ +\S+ +(\S+) +(\S+) (.*)$/gm, '$1 PID PID C STIME $2 $3 $4');
  }
  return out;
}
