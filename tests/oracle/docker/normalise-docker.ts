// What may differ between a real dockerd 20.10.24 and the simulator, and nothing more (issue 14
// item 3 lists what the ctr normaliser hid; none of it is repeated here):
//
// 1. Facts of the harness, rewritten on the REAL side only (realSide): the private directory's
//    paths become the stock /var/lib/docker, /var/run/docker and /var/run/docker.sock, and the
//    run's files directory the simulator's /tmp/ctrlab-docker-oracle; the
//    private bridge's device and subnet become docker0 and 172.17.0.0/16 (and the endpoint MACs
//    libnetwork derives from those addresses, 02:42:0a:db:… → 02:42:ac:11:…); the bridge option the
//    harness turned off (ip masquerading, which would need iptables) reads as the stock "true".
//    The harness's --ip-forward=false leaves the machine's forwarding as it is: where it is off,
//    the daemon warns at every create and update ("IPv4 forwarding is disabled. Networking will
//    not work.", daemon_unix.go verifyPlatformContainerSettings); a stock dockerd turns it on
//    at start, so that warning line is dropped (in each of its forms). The real client's config
//    dir, the run's own (run-script.ts), reads as /root/.docker.
// 2. Values chosen at random or by the machine, on BOTH sides (normaliseRun), over a whole
//    script at once so that sameness is still checked: container, network, volume and layer-dir
//    ids (64 or 12 hex) become ID1, ID2… in order of first appearance — padded to their width, so
//    columns stay checked, and the 12-hex short form of an id maps to its long form's number;
//    ids the test images fix (their config and layer digests) stay as they are, and so does any
//    id both sides print (compare.ts: two daemons never draw the same random id). Generated
//    container names (adjective_surname, never typed in the script) become NAME1, NAME2… likewise,
//    where docker prints a name: "/name" in inspect, a whole line, the last cell of a table row.
//    overlay2's short link ids (overlay2/l/<id>, a container's lower dirs in /proc/mounts) become
//    LINK1, LINK2… likewise.
//    The kernel's PIDs and the STIME clock of `docker top`, and interface indexes in `ip` output.
// 3. Times are compared as times (as ../normalise.ts does for ctr): an RFC 3339 or Go time.String()
//    time is written as its distance from the moment its line began on its own node's clock —
//    `<time now>` from the script's start until 5 s after the line began, `<time now+60m>` for
//    one ahead — and one from before the script (the test images' fixed dates) stays literal, so
//    a wrong Created or a date in the wrong year still differs; an age under a minute ("Less than a
//    second ago", "Up 3 seconds", "Exited (0) 2 seconds ago") is AGE. In a table the CREATED and
//    STATUS columns lose their padding (their width follows the ages' text); every other column
//    is cut where its header starts and compared as printed, padding included (ageTables).
// 4. The machine under the real daemon, in `docker info` only: kernel, OS, CPUs, memory, the
//    host name, the trust-key ID, the backing filesystem, cgroup driver/version; and the
//    Runtimes list is sorted (dockerd prints it in Go's random map order).
// 5. The DNS resolver in "lookup <host> on <resolver>:53"; the number of dockerd's temporary
//    directory for a load (/var/lib/docker/tmp/docker-import-N).
// 6. Orders the real tools leave to Go's map iteration: `docker images` rows of one image
//    (sorted by repository), the Runtimes of `docker info` (sorted).

export interface RealSideFacts {
  dir: string;
  bridge?: { name: string; prefix: string };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "10.219." → "0a:db", the first two bytes of the private subnet as a MAC writes them. */
function macBytes(prefix: string): string {
  return prefix.split('.').slice(0, 2).map((b) => Number(b).toString(16).padStart(2, '0')).join(':');
}

/** Rewrites the harness's private paths and bridge into the stock ones (real side only). */
export function realSide(text: string, facts: RealSideFacts): string {
  let out = text
    // docker run/create/update print it as a WARNING line, docker info without the second
    // sentence, the classic builder's RUN step as ` ---> [Warning] …`.
    .replace(/^(?: ---> \[Warning\] |WARNING: )?IPv4 forwarding is disabled(?:\. Networking will not work\.)?\n/gm, '')
    .replaceAll(`${facts.dir}/client-config`, '/root/.docker')
    .replaceAll(`${facts.dir}/files`, '/tmp/ctrlab-docker-oracle')
    .replaceAll(`${facts.dir}/docker.sock`, '/var/run/docker.sock')
    .replaceAll(`${facts.dir}/root`, '/var/lib/docker')
    .replaceAll(`${facts.dir}/exec`, '/var/run/docker');
  if (facts.bridge) {
    out = out
      .replace(new RegExp(`\\b${escape(facts.bridge.name)}\\b`, 'g'), 'docker0')
      .replace(new RegExp(`(?<![\\d.])${escape(facts.bridge.prefix)}(?=\\d)`, 'g'), '172.17.')
      // libnetwork's endpoint MAC is 02:42 and the IPv4 address's bytes (GenerateMACFromIP).
      .replace(new RegExp(`\\b02:42:${macBytes(facts.bridge.prefix)}:(?=[0-9a-f]{2}:[0-9a-f]{2}\\b)`, 'g'), '02:42:ac:11:')
      .replace(/("com\.docker\.network\.bridge\.enable_ip_masquerade": )"false"/g, '$1"true"');
  }
  return out;
}

const RFC3339 = /(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)/g;
// Go's Time.String() as `--format '{{.CreatedAt}}'` prints it: "2026-12-05 04:13:49 +0000 UTC".
const GO_STRING = /(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(\.\d+)? ([+-]\d\d)(\d\d) ([A-Z]+)/g;
const NOW_SLACK_MS = 5_000;

/** When a line began on the clock of the node that ran it, and when its script began. */
interface Moment {
  atMs: number;
  startMs: number;
}

function timeToken(match: string, ms: number, fraction: string | undefined, zone: string, at: Moment): string {
  const ahead = ms - at.atMs;
  let when: string;
  if (ms >= at.startMs - NOW_SLACK_MS && ahead <= NOW_SLACK_MS) when = 'now';
  else if (ahead > NOW_SLACK_MS) when = `now+${Math.round(ahead / 60_000)}m`;
  else return match; // from before the script: a fixed date that must be equal
  // RFC3339Nano drops trailing zeros, so only whether a fraction is printed is compared.
  return `<time ${when}${fraction ? '.f' : ''} ${zone}>`;
}

const AGE = '(?:Less than a second|About a minute|[1-5]?\\d seconds?)';
const INFO_MACHINE = /^( (?:Kernel Version|Operating System|CPUs|Total Memory|Name|ID|Cgroup Driver|Cgroup Version|  Backing Filesystem):).*$/gm;

function ages(text: string): string {
  return text.replace(new RegExp(`\\b${AGE} ago\\b`, 'g'), 'AGE ago').replace(new RegExp(`\\bUp ${AGE}\\b`, 'g'), 'Up AGE');
}

function times(text: string, at: Moment): string {
  const ms = (date: string, clock: string, zone: string, fraction?: string) =>
    Date.parse(`${date}T${clock}${zone}`) + (fraction ? Number(`0${fraction}`) * 1000 : 0);
  return ages(
    text
      .replace(RFC3339, (m, date: string, clock: string, fraction: string | undefined, zone: string) =>
        timeToken(m, ms(date, clock, zone, fraction), fraction, zone, at),
      )
      .replace(GO_STRING, (m, date: string, clock: string, fraction: string | undefined, zh: string, zm: string, zone: string) =>
        timeToken(m, ms(date, clock, `${zh}:${zm}`, fraction), fraction, `${zh}${zm} ${zone}`, at),
      ),
  );
}

/**
 * A table with CREATED or STATUS columns (tabwriter output: every cell starts where its header
 * word starts): each row is cut at the header's column starts; the age columns' cells are
 * normalised and closed with ` | ` instead of their padding (their width follows the ages' text),
 * every other cell is kept as printed, padding included — so a misaligned row still differs.
 */
function ageTables(text: string): string {
  const lines = text.split('\n');
  const h = lines.findIndex((l) => /^[A-Z][A-Z ]*$/.test(l.trimEnd()) && /\b(CREATED|STATUS)\b/.test(l));
  // Tables with no age under a minute (`docker images`: "3 years ago") are compared as printed.
  if (h < 0 || !new RegExp(`\\b${AGE} ago\\b|\\bUp ${AGE}\\b`).test(text)) return text;
  const header = lines[h] ?? '';
  const starts = [0, ...[...header.matchAll(/ {2,}(?=\S)/g)].map((m) => (m.index ?? 0) + m[0].length)];
  const names = starts.map((start, i) => header.slice(start, starts[i + 1]).trim());
  const cut = (row: string) =>
    starts
      .map((start, i) => {
        const cell = i + 1 < starts.length ? row.slice(start, starts[i + 1]) : row.slice(start);
        return names[i] === 'CREATED' || names[i] === 'STATUS' ? `${ages(cell.trimEnd())} | ` : cell;
      })
      .join('');
  for (let i = h; i < lines.length && lines[i] !== ''; i++) lines[i] = cut(lines[i] ?? '');
  return lines.join('\n');
}

/**
 * `docker images` rows of one image (one IMAGE ID, adjacent) in repository order: the client
 * groups an image's tags in a Go map by repository (docker/cli v20.10
 * cli/command/formatter/image.go imageFormat), so their order is random on the real side.
 */
function imageRowsByRepository(text: string): string {
  const lines = text.split('\n');
  const header = lines[0] ?? '';
  const idAt = header.indexOf('IMAGE ID');
  if (!header.startsWith('REPOSITORY ') || idAt < 0) return text;
  const idOf = (row: string) => row.slice(idAt).split(' ')[0];
  for (let i = 1; i < lines.length; ) {
    let j = i + 1;
    while (j < lines.length && lines[j] !== '' && idOf(lines[j] ?? '') === idOf(lines[i] ?? '')) j++;
    const group = lines.slice(i, j).sort((a, b) => (a.split(' ')[0] ?? '').localeCompare(b.split(' ')[0] ?? ''));
    lines.splice(i, j - i, ...group);
    i = j;
  }
  return lines.join('\n');
}

/** Normalises one side's results of a whole script (stdout and stderr of every line, in order). */
export function normaliseRun(
  outputs: ReadonlyArray<{ cmd: string; stdout: string; stderr: string; atMs?: number }>,
  options: { stableIds: ReadonlySet<string>; scriptText: string },
): Array<{ stdout: string; stderr: string }> {
  const startMs = outputs[0]?.atMs ?? 0;
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  const links = new Map<string, number>();
  const linkToken = (link: string) => {
    if (!links.has(link)) links.set(link, links.size + 1);
    return `LINK${links.get(link)}`.padEnd(link.length, '_');
  };
  const idToken = (hex: string) => {
    if (options.stableIds.has(hex.slice(0, 12))) return hex;
    const key = hex.slice(0, 12);
    if (!ids.has(key)) ids.set(key, ids.size + 1);
    return `ID${ids.get(key)}`.padEnd(hex.length, '_');
  };
  const nameToken = (name: string) => {
    if (options.scriptText.includes(name)) return name;
    if (!names.has(name)) names.set(name, names.size + 1);
    return `NAME${names.get(name)}`.padEnd(name.length, '_');
  };
  const one = (cmd: string, text: string, atMs: number) => {
    let out = text
      .replace(/(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/g, idToken)
      .replace(/(?<![0-9a-zA-Z_])[0-9a-f]{12}(?![0-9a-zA-Z_])/g, idToken)
      // generated names where docker prints a name: "/name" (inspect), a whole line
      // (--format '{{.Names}}'), the last cell of a table row (NAMES)
      .replace(/(?<="\/)[a-z]+_[a-z]+(?=")/g, nameToken)
      .replace(/^\/?[a-z]+_[a-z]+$/gm, (line) => line.replace(/[a-z]+_[a-z]+/, nameToken))
      .replace(/(?<= {3})[a-z]+_[a-z]+$/gm, nameToken)
      .replace(/(lookup \S+ on )[0-9.:]+(:53)/g, '$1RESOLVER$2')
      // the daemon's temporary directory for a load or import (ioutil.TempDir's random number)
      .replace(/(\/tmp\/docker-import-)\d+/g, '$1N')
      // overlay2's short link ids (overlay2/l/<26 base32>, generateID's random bytes)
      .replace(/(?<=overlay2\/l\/)[A-Z2-7]{26}(?![A-Z2-7])/g, linkToken)
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'UUID');
    out = times(ageTables(out), { atMs, startMs });
    if (/\bimages\b|\bimage\s+(ls|list)\b/.test(cmd)) out = imageRowsByRepository(out);
    if (/\btop\b/.test(cmd)) {
      // ps -ef as `docker top` prints it: the kernel's PIDs, the clock's STIME and C (the
      // process's CPU share since it started: 1 instead of 0 when the real node is busy, as it
      // was on a CI run), padded in columns of at least 20 (tabwriter), whose widths the tokens keep.
      // A PID is narrower than its column, so the token takes its digits' place in the padding:
      // the cell's width is still compared.
      const cell = (pid: string, gap: string) => `PID${' '.repeat(Math.max(1, pid.length + gap.length - 3))}`;
      out = out.replace(/^(\S+ +)(\d+)( +)(\d+)( +)(\d+ +)(\d\d:\d\d)(?= )/gm, (_m, uid: string, pid: string, g1: string, ppid: string, g2: string, c: string) =>
        `${uid}${cell(pid, g1)}${cell(ppid, g2)}${'C'.padEnd(c.length)}HH:MM`,
      );
      out = psFormatPids(out);
    }
    // Interface indexes the kernel chose, as `ip addr` / `ip link` print them: "414: eth0@if415:".
    // (A veth's: lo is always 1 and stays.)
    if (/\bip\b/.test(cmd)) out = out.replace(/^\d+: (\S+?)@if\d+:/gm, 'N: $1@ifN:');
    if (/\binfo\b/.test(cmd)) {
      out = out.replace(INFO_MACHINE, '$1 MACHINE');
      // dockerd lists its runtimes in Go's map order, different on every start.
      out = out.replace(/^( Runtimes:) (.*)$/gm, (_m, head: string, list: string) => `${head} ${list.split(' ').sort().join(' ')}`);
    }
    return out;
  };
  return outputs.map((o) => ({ stdout: one(o.cmd, o.stdout, o.atMs ?? startMs), stderr: one(o.cmd, o.stderr, o.atMs ?? startMs) }));
}

/**
 * `docker top -o …`: the kernel's PIDs in whichever columns are headed PID and PPID (the
 * tabwriter puts each cell at its header's offset). A PID becomes `PID` in its cell, the cell's
 * width kept, as the -ef rule does.
 */
function psFormatPids(text: string): string {
  const lines = text.split('\n');
  let columns: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^[A-Z%]+( +[A-Z%]+)*$/.test(line.trimEnd()) && /(^| )P?PID( |$)/.test(line)) {
      columns = [...line.matchAll(/(?<=^| )P?PID(?= |$)/g)].map((m) => m.index ?? 0);
      continue;
    }
    if (line === '') columns = [];
    for (const at of columns) {
      const now = lines[i] ?? '';
      const m = /^(\d+)( *)/.exec(now.slice(at));
      if (!m) continue;
      const width = (m[1] ?? '').length + (m[2] ?? '').length;
      const rest = now.slice(at + width);
      // A cell with more after it keeps its width; the last one is the token alone.
      lines[i] = `${now.slice(0, at)}${rest === '' ? 'PID' : 'PID'.padEnd(Math.max(width, 4))}${rest}`;
    }
  }
  return lines.join('\n');
}

