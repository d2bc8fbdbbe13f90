// What cannot be equal between the recorded node and the simulator, and only that: digests
// and sizes of the hand-built images, PIDs, ids chosen by runc or docker, timestamps, ages,
// UUIDs, metric samples and the node's name. Everything else (columns, padding, texts,
// streams, exit codes) is compared byte for byte.
//
// When a stream had any such token replaced, column padding depends on the replaced widths,
// so runs of spaces are then collapsed to one (trailing space still shows as one space).

const RULES: Array<[RegExp, string]> = [
  [/\r\r\n|\r\n/g, '\n'],
  [/sha256:[0-9a-f]{64}/g, 'sha256:<digest>'],
  [/\b[0-9a-f]{64}\b/g, '<id64>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '<uuid>'],
  [/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>'],
  [/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC/g, '<time>'],
  [/\b[A-Z][a-z]{2} [ \d]\d \d\d:\d\d\b/g, '<date>'],
  [/\b\d{9,10}-[A-Za-z0-9]{4}\b/g, '<lease>'],
  [/"pid": ?\d+/g, '"pid":<pid>'],
  [/\b\d+(\.\d+)? (B|KiB|MiB|GiB)\b/g, '<size>'],
  [/\b\d+(\.\d+)?(B|kB|MB|GB)\b/g, '<size>'],
  [/\b(\d+ (seconds|minutes|hours|days|weeks|months|years)|1 second|About a minute|About an hour|Less than a second)\b/g, '<age>'],
  [/(done: |elapsed: )[\d.]+ ?(ns|µs|ms|s)\b/g, '$1<duration>'],
  [/ root root \d+ /g, ' root root <size> '],
  // ctr tasks ls / ps rows: the PID column.
  [/^(\S+\s+)\d+(\s+(RUNNING|STOPPED|PAUSED|CREATED|PAUSING|UNKNOWN))/gm, '$1<pid>$2'],
  [/^\d+(\s+(-|&ProcessDetails))/gm, '<pid>$1'],
  // ctr tasks metrics samples.
  [/^((memory|cpuacct|pids)\.[a-z_.]+\s+)(\d+|\[[\d ]*\])/gm, '$1<n>'],
  [/^vm$/gm, 'node1'],
];

/** Applies the rules; `changed` tells whether a value-dependent token was replaced. */
export function replaceTokens(text: string): { text: string; changed: boolean } {
  let out = text;
  let changed = false;
  for (const [re, to] of RULES) {
    const next = out.replace(re, to);
    if (next !== out && re.source !== '\\r\\r\\n|\\r\\n' && to !== 'node1') changed = true;
    out = next;
  }
  return { text: out, changed };
}

function collapse(text: string): string {
  return text.replace(/ +/g, ' ').replace(/\t+/g, '\t');
}

/** Normalises two texts for comparison, collapsing padding in both when either needed it. */
export function normalisePair(expected: string, actual: string): [string, string] {
  const e = replaceTokens(expected);
  const a = replaceTokens(actual);
  if (e.changed || a.changed) return [collapse(e.text), collapse(a.text)];
  return [e.text, a.text];
}
