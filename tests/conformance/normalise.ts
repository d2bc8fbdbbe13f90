// What cannot be equal between the recorded node and the simulator, and only that: digests
// and sizes of the hand-built images, PIDs, ids chosen by runc or docker, timestamps, ages,
// UUIDs, metric samples and the node's name. Everything else (columns, padding, texts,
// streams, exit codes) is compared byte for byte.
//
// Fixed-width tokens (digests, UUIDs) are replaced in place and padding is still compared
// exactly. When a variable-width token (size, PID, age…) was replaced in either stream, column
// padding depends on those widths, so runs of spaces and of tabs are then collapsed to one
// (a trailing space still shows as one space).

/** [pattern, replacement, whether the token's width can differ between the two sides]. */
const RULES: Array<[RegExp, string, boolean]> = [
  [/\r\r\n|\r\n/g, '\n', false],
  // Fixed width: digests, ids and UUIDs keep every column where it was.
  [/sha256:[0-9a-f]{64}/g, 'sha256:<digest>', false],
  [/\b[0-9a-f]{64}\b/g, '<id64>', false],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '<uuid>', false],
  [/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, '<time>', false],
  [/^vm$/gm, 'node1', false],
  // Variable width: fractions of seconds, sizes, ages, PIDs, samples.
  [/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z/g, '<time>', true],
  [/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC/g, '<time>', true],
  [/\b[A-Z][a-z]{2} [ \d]\d \d\d:\d\d\b/g, '<date>', true],
  // leases.WithRandomID: the clock's nanoseconds (1–9 digits), a dash, 3 random bytes in base64url.
  [/(?<![\w-])\d{1,10}-[A-Za-z0-9_-]{4}(?![\w-])/g, '<lease>', true],
  // ctr's FIFO directory for a task's IO: a random number (fifo.NewFIFOSetInDir).
  [/\/run\/containerd\/fifo\/\d+\//g, '/run/containerd/fifo/<n>/', true],
  [/"pid": ?\d+/g, '"pid":<pid>', true],
  [/\b\d+(\.\d+)? (B|KiB|MiB|GiB)\b/g, '<size>', true],
  [/\b\d+(\.\d+)?(B|kB|MB|GB)\b/g, '<size>', true],
  [/\b(\d+ (seconds|minutes|hours|days|weeks|months|years)|1 second|About a minute|About an hour|Less than a second)\b/g, '<age>', true],
  [/(done: |elapsed: )[\d.]+ ?(ns|µs|ms|s)\b/g, '$1<duration>', true],
  [/ root root \d+ /g, ' root root <size> ', true],
  // ctr tasks ls / ps rows: the PID column.
  [/^(\S+\s+)\d+(\s+(RUNNING|STOPPED|PAUSED|CREATED|PAUSING|UNKNOWN))/gm, '$1<pid>$2', true],
  [/^\d+(\s+(-|&ProcessDetails))/gm, '<pid>$1', true],
  // ctr tasks metrics samples.
  [/^((memory|cpuacct|pids)\.[a-z_.]+\s+)(\d+|\[[\d ]*\])/gm, '$1<n>', true],
];

/** Applies the rules; `changed` tells whether a variable-width token was replaced. */
export function replaceTokens(text: string): { text: string; changed: boolean } {
  let out = text;
  let changed = false;
  for (const [re, to, variableWidth] of RULES) {
    const next = out.replace(re, to);
    if (next !== out && variableWidth) changed = true;
    out = next;
  }
  return { text: out, changed };
}

function collapse(text: string): string {
  return text.replace(/ +/g, ' ').replace(/\t+/g, '\t');
}

/** Normalises two texts for comparison, collapsing padding in both when either needed it. */
/**
 * The recorder ran ctr with two words more than each command shows (its address), so a Go
 * panic's trace prints len(os.Args) two higher than a learner typing the line gets: App.Run's
 * `{0xc…, 0xa, 0xa}` for the 8 words of `ctr run --rm -t <image> t3 echo no-pty`. The recording
 * is compared as the typed line would print it; every other byte of the trace still counts.
 */
export function typedArgc(recorded: string): string {
  return recorded.replace(/(\(\*App\)\.Run\(0x[0-9a-f]+, \{0x[0-9a-f]+, )0x([0-9a-f]+), 0x\2\}/g, (_m, head: string, n: string) => {
    const typed = (Number.parseInt(n, 16) - 2).toString(16);
    return `${head}0x${typed}, 0x${typed}}`;
  });
}

export function normalisePair(expected: string, actual: string): [string, string] {
  const e = replaceTokens(typedArgc(expected));
  const a = replaceTokens(actual);
  if (e.changed || a.changed) return [collapse(e.text), collapse(a.text)];
  return [e.text, a.text];
}

/** `ctr tasks ls` prints rows in map order, which changes between calls on a real node. */
export function rowsUnordered(cmd: string): boolean {
  return /\bctr\b.*\b(t|task|tasks)\s+(ls|list)\b/.test(cmd);
}

/** Sorts the rows of a table (its header, if any, stays first). */
export function sortRows(text: string): string {
  const lines = text.split('\n');
  const last = lines.pop() ?? '';
  const header = lines[0]?.startsWith('TASK') ? lines.shift() : undefined;
  lines.sort();
  return [...(header !== undefined ? [header] : []), ...lines, last].join('\n');
}
