// The junk-line corpus: what a learner (or a cat on the keyboard) might type at the node's
// prompt. Every line is drawn by fast-check from a fixed seed, so a batch of lines is the same
// on every machine: `linesOf(seed, batch, size)` is all a worker needs to know what to run,
// and a failure report names the seed, batch and index that give the line back.
//
// Lines that legitimately run up to the shell's command cap (`while :; do :; done`) take a
// second or more each; they stay out of the random mix (no `while`, `until`, `for ((`, `yes`)
// and have their own small test (tests/property/junk-lines-loops.test.ts).

import fc from 'fast-check';

/** The ctr vocabulary: subcommands, flags, names and the odd value. */
const CTR_WORDS = [
  'ctr', 'images', 'i', 'image', 'ls', 'list', 'rm', 'pull', 'tag', 'check', 'label', 'containers', 'c', 'create', 'info',
  'tasks', 't', 'start', 'kill', 'ps', 'exec', 'pause', 'resume', 'metrics', 'run', 'namespaces', 'ns', 'snapshots',
  'snapshot', 'tree', 'usage', 'mounts', 'prepare', 'view', 'commit', 'diff', 'unpack', 'leases', 'plugins', 'events',
  'content', 'get', 'version', 'help', 'h', 'oci', 'shim', 'install', 'pprof', 'default', 'k8s.io', 'moby',
  'docker.io/library/busybox:latest', 'docker.io/library/nginx:alpine', 'busybox', 'nginx:alpine', 'sha256:',
  'docker.io/library/busybox:constructor', 'docker.io/library/busybox:__proto__', 'registry.k8s.io/pause:3.9',
  'c1', 'web', '--', '-', '-n', '--namespace', '-q', '-d', '--rm', '-t', '--detach', '-s', 'SIGKILL', '9', '--snapshotter',
  'native', 'overlayfs', 'bogus', '--label', 'a=b', '=', '==', 'id==cri', 'labels."x"==y', 'name~=^a', '--help', '-h',
  '--exec-id', '--address', '/run/containerd/containerd.sock', '--timeout', '1s', '-x', '0', '--id', 'ünïcødé', '名前空间',
  '🐳', '""', "''", '"a b"', '\\', '$HOME', '99999999999999999999999', '-1', '1e309', 'NaN', '__proto__', 'constructor',
  'toString', 'hasOwnProperty', '%s%n', '\t', '|', 'grep', 'wc', '-l', '&&', '||', ';', '>', '/tmp/out', '<', '/etc/hostname',
  'echo', 'cat', 'sh', 'sleep', '1', 'true', 'false', '--all-platforms', '--platform', 'linux/arm64', '--format', 'json',
];

/** Shell syntax, whole and broken: quotes, brackets, redirections, expansions, keywords. */
const SHELL_TOKENS = [
  "'", '"', '`', '$(', ')', '(', '((', '))', '{', '}', '[', ']', '[[', ']]', '>', '>>', '<', '<>', '>|', '2>', '2>&1', '&>',
  '>&-', '<&-', '1>&2', '9>', '<(', '>(', '|', '||', '&&', ';', ';;', '&', '|&', '!', '!!', '!$', '#', '\\', '\\\\', '~',
  '~root', '*', '?', '**', '*.txt', '/*', '/etc/*', '[a-z]*', '{a,b}', '{a,b,c}x', '{1..5}', '{a..e}', '{5..1..2}', '{,}',
  '{a,{b,c}}', '${', '$', '$$', '$?', '$!', '$#', '$@', '$*', '$0', '$1', '$-', '$_', '$x', '${x}', '${x:-d}', '${x:=d}',
  '${x:?e}', '${x:+a}', '${#x}', '${x#a}', '${x%a}', '${x/a/b}', '${x^^}', '${x,,}', '${!x}', '${x[0]}', '${x[@]}',
  '${x:1:2}', '$((1+2))', '$((2**63))', '$((1/0))', '$((x++))', '$[1+1]', '((x=1))', '(( 1 ))', '$(echo a)', '`echo b`',
  '$(<file)', '<<EOF', '<<-EOF', "<<'EOF'", '<<<', '<<< x', 'EOF', 'if', 'then', 'else', 'elif', 'fi', 'for', 'in',
  'do', 'done', 'case', 'esac', 'select', 'function', 'time', 'coproc', 'f()', 'f() { :; }', '{ :; }', '( : )', 'local',
  'export', 'unset', 'readonly', 'declare', 'typeset', 'let', 'eval', 'source', '.', 'exec', 'exit', 'return', 'shift',
  'set', 'set -e', 'set -u', 'set -x', 'set -o pipefail', 'shopt -s extglob', 'trap', "trap 'echo t' EXIT", 'cd', 'cd -',
  'cd /', 'cd ..', 'pushd', 'popd', 'alias', 'alias x=y', 'unalias', 'type', 'command', 'builtin', 'hash', 'read', 'read -r x',
  'mapfile', 'printf', "printf '%s\\n'", "printf '%q'", "printf '%b'", 'test', '-z', '-n', '-f', '-d', '-e', '=~', '-eq',
  'x=1', 'x=', 'x+=a', 'a=(1 2 3)', 'a[5]=x', 'IFS=:', 'PS1=$', 'HOME=/tmp', 'OLDPWD=', 'CDPATH=/', 'LANG=C', '2>/dev/null',
  '>/dev/null', '/dev/null', '/dev/zero', '/dev/stdin', '/dev/stdout', '/proc/self/fd/0', '/tmp', '/etc/passwd', 'cat',
  'head -c 10', 'tail -n 1', 'sort', 'uniq', 'tr a-z A-Z', 'sed s/a/b/', 'awk {print}', 'cut -c1', 'xargs', 'tee /tmp/t',
  'wc -c', 'ls -la', 'mkdir -p /tmp/d', 'rm -rf /tmp/d', 'touch /tmp/f', 'ln -s', 'chmod 777', 'env', 'printenv', 'date',
  'hostname', 'systemctl status containerd', 'runc list', 'containerd --version', 'timeout 1', 'base64', 'sha256sum', 'jq .',
  'find /tmp', 'grep -r x /etc', 'history', 'tar -cf /tmp/a.tar /tmp', 'tar -tf /tmp/a.tar', 'python3', 'node', 'vi',
];

/** Characters no keyboard gives, and some it does: controls, escapes, odd Unicode. */
const ODD_CHARACTERS = [
  '\x00', '\x01', '\x03', '\x04', '\x07', '\x08', '\t', '\n', '\x0b', '\x0c', '\r', '\x1a', '\x1b', '\x7f', '\x80', '\x9b',
  '\u00a0', '\u200b', '\u200d', '\u2028', '\u2029', '\ufeff', '\ufffd', '\uffff', '\ud800', '\udfff', '\ud83d', '🐳',
  '👨‍👩‍👧', 'é', 'é', 'ǅ', 'ß', 'İ', 'ﬁ', '名', '𝔸', '\u0301', '\u202e', '\x1b[31m', '\x1b[0m', '\x1b[2J', '\x1b[H',
  '\x1b]0;title\x07', '\x1b[6n', '\x1bc', '\x1b[?1049h', '\x1bP+q\x1b\\', '\x9b31m', '^C', '^D', '^[[A',
];

/**
 * The parser-hang family: arithmetic that the shell library's parser looped on (an open `$((`
 * or a `$` that starts no expansion inside one), closed forms included.
 */
export const HANG_CORES = [
  '$((1+$x', '$((1+ ${', '$(($#', '$(($]', '$((${x', '$(($x', '$(( $x $y', '$((1+', '$((', '$(((', '$((1+(2',
  '$(( $ ))', '$(($]))', '$(( $))', '$(( $`` ))', '$((1+$x ))', '$(( $] $] ))', '$[ $] ]', '${x:$]}', '${x:$((1+$x}',
  '$((2*(3+$y', '$((1+$x)', '$(( `x', '$(($$', '$(($?', '$(($!', '$(($@', '$(($*', '$(($-', '$(($0',
];

/** Ways the same text reaches the parser: at the prompt, through eval, a child shell, a file. */
const HANG_WRAPPERS: ReadonlyArray<(core: string) => string> = [
  (t) => `echo ${t}`,
  (t) => t,
  (t) => `echo "${t}"`,
  (t) => `eval '${t}'`,
  (t) => `eval 'echo ${t}'`,
  (t) => `eval "echo ${t.replace(/\$/g, '\\$')}"`,
  (t) => `bash -c 'echo ${t}'`,
  (t) => `sh -c 'echo ${t}'`,
  (t) => `bash -c 'eval "echo ${t.replace(/\$/g, '\\$')}"'`,
  (t) => `echo 'echo ${t}' > /tmp/f; . /tmp/f`,
  (t) => `echo 'echo ${t}' > /tmp/f; source /tmp/f`,
  (t) => `echo 'echo ${t}' > /tmp/f; bash /tmp/f`,
  (t) => `echo 'echo ${t}' > /tmp/f; sh /tmp/f`,
  (t) => `printf '%s\\n' 'echo ${t}' | bash`,
  (t) => `x='${t.replace(/^\$\(\(/, '')}'; echo $((x))`,
  (t) => `(( ${t.replace(/^\$\(\(/, '')} ))`,
  (t) => `let "x=${t.replace(/^\$\(\(/, '')}"`,
  (t) => `PS4='${t}'; set -x; :`,
  (t) => `echo $(echo ${t})`,
  (t) => `a=(${t})`,
  (t) => `f() { echo ${t}; }; f`,
  (t) => `cat <<EOF\n${t}\nEOF`,
  (t) => `ctr i ls ${t}`,
];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

/** A line built from the ctr vocabulary, mostly a ctr command. */
const vocabularyLine = fc
  .tuple(fc.boolean(), fc.array(pick(CTR_WORDS), { minLength: 0, maxLength: 8 }))
  .map(([asCtr, words]) => (asCtr ? ['ctr', ...words] : words).join(' '));

/** Arbitrary text after `ctr `, without shell syntax, so that ctr itself sees it. */
const rawCtrLine = fc
  .string({ unit: 'grapheme', maxLength: 40 })
  .map((s) => `ctr ${s.replace(/["'`\\$(){}<>|;&*?![\]#~\n\r]/g, ' ')}`);

/** ctr with plain ASCII words, which a learner types most: it reaches ctr's own parser directly. */
const PLAIN_CTR_WORDS = CTR_WORDS.filter((w) => /^[-\w.:=/@~^,]+$/.test(w));
const ctrPlainLine = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: pick(PLAIN_CTR_WORDS) },
      { weight: 1, arbitrary: fc.stringMatching(/^[-\w.:=/@,]{1,16}$/) },
      { weight: 1, arbitrary: fc.stringMatching(/^--?[a-z][-a-z]{0,12}(=[-\w.:/]{0,12})?$/) },
    ),
    { minLength: 0, maxLength: 7 },
  )
  .map((words) => ['ctr', ...words].join(' '));

/** A short word: a name, a number, a path, a flag. */
const word = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }),
  fc.stringMatching(/^[a-z]{1,8}$/),
  fc.integer({ min: -5, max: 300 }).map(String),
  fc.constantFrom('0', '-0', '255', '256', '-1', '2147483648', '9007199254740993', '1e3', '0x1f', '08', '1.5'),
  fc.stringMatching(/^\/[a-z]{1,6}(\/[a-z]{1,6}){0,2}$/),
  fc.stringMatching(/^--?[a-z]{1,8}(=[a-z0-9]{0,4})?$/),
);

const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.string({ unit: pick(ODD_CHARACTERS), maxLength: 12 }),
  fc.uint8Array({ maxLength: 24 }).map((bytes) => String.fromCharCode(...bytes)),
);

/** Tokens of shell syntax and words, glued with or without spaces. */
const shellJunk = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 6, arbitrary: pick(SHELL_TOKENS) }, { weight: 3, arbitrary: word }, { weight: 1, arbitrary: pick(CTR_WORDS) }),
      fc.constantFrom(' ', ' ', ' ', '', '; ', '\n'),
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((parts) => parts.map(([token, sep]) => token + sep).join('').trimEnd());

/** Syntax with junk inside: compound commands, substitutions, here-documents. */
const structured = fc
  .tuple(
    fc.constantFrom(
      'if %; then %; fi', 'if %; then %; else %; fi', 'for x in %; do %; done', 'case % in %) %;; esac', '{ %; }', '( % )',
      'f() { %; }; f %', 'echo $(%)', 'echo `%`', 'echo "$(%)"', 'x=$(%); echo "$x"', '% | %', '% && % || %',
      'cat <<EOF\n%\nEOF', 'cat <<-X\n\t%\n\tX', "cat <<'E'\n%\nE", 'echo % > /tmp/j; cat /tmp/j', '% 2>&1 | wc -l',
      'eval "%"', "eval '%'", "bash -c '%'", "sh -c '%'", "echo '%' > /tmp/s; . /tmp/s", 'timeout 5 %', '[[ % ]]',
      'test %', 'echo ${%}', 'echo $((%))', '(( % ))', 'a=(%); echo ${a[@]}', 'read x <<< "%"; echo $x', '% &', 'exec %',
    ),
    fc.array(fc.oneof(shellJunk, word, vocabularyLine), { minLength: 4, maxLength: 4 }),
  )
  .map(([template, fills]) => {
    let i = 0;
    return template.replace(/%/g, () => fills[i++ % fills.length] ?? '');
  });

/** The parser-hang family through every door, with some tail after it. */
const hangFamily = fc
  .tuple(pick(HANG_CORES), pick(HANG_WRAPPERS), fc.constantFrom('', '', '))', ')', ' }', '; echo after', "'", ' $'))
  .map(([core, wrap, tail]) => wrap(core) + tail);

/** Bytes, graphemes, controls and escape sequences, bare or in a command's arguments. */
const oddLine = fc
  .tuple(fc.constantFrom('', '', 'echo ', 'ctr ', 'ctr i pull ', 'cat ', "printf '%s' ", 'ls ', 'x='), oddText)
  .map(([head, text]) => head + text);

/**
 * Very long words and lines: up to 16 KiB, now and then up to the 64 KiB a line may hold.
 * Runs of unmatched `[` or `{` stay short: the library's parser scans ahead for the closing
 * bracket from each one, so a 64 KiB run of them costs it 10–30 s a parse (quadratic, a known
 * slowness of just-bash 3.4.2, not a hang). Long text is never assigned to a variable: the
 * session restores every variable before each line, so one 64 KiB variable slows every later
 * line of the batch, which measures that cost rather than finding anything.
 */
const longLine = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('echo ', 'ctr i pull ', 'ctr ', 'cat ', 'ls ', ''),
      fc.constantFrom('a', 'é', '🐳', '$', '\\', '"', "'", '(', '$((', 'ab ', '}', ']', '*', '~'),
      fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 200, max: 16_384 }) }, { weight: 1, arbitrary: fc.integer({ min: 16_384, max: 65_000 }) }),
    )
    .map(([head, unit, n]) => head + unit.repeat(Math.ceil(n / unit.length))),
  fc
    .tuple(fc.constantFrom('echo ', 'ls ', ''), fc.constantFrom('{', '[', '{a,', 'a['), fc.integer({ min: 50, max: 1000 }))
    .map(([head, unit, n]) => head + unit.repeat(n)),
  fc.integer({ min: 100, max: 400 }).map((n) => `echo ${Array.from({ length: n }, (_, i) => `w${i}`).join(' ')}`),
  fc.integer({ min: 50, max: 500 }).map((n) => `${'('.repeat(n)}echo${')'.repeat(n)}`),
  fc.integer({ min: 10, max: 40 }).map((n) => `echo ${'$('.repeat(n)}echo x${')'.repeat(n)}`),
  fc.integer({ min: 2, max: 12 }).map((n) => `echo ${'{a,b}'.repeat(n)}`),
);

/** Work a learner might start that is big but bounded: large ranges, long output. */
const bigLine = fc.constantFrom(
  'echo {1..100000} | wc -c', 'echo {a..z}{a..z}{a..z} | wc -c', 'echo {1..10000000}', 'seq 1 20000 | tail -1',
  'printf "%.0s-" {1..5000} | wc -c', 'echo $((2**62*4))', 'echo $(printf "%*s" 100000 "") | wc -c', 'echo {0..999999..7} | wc -w',
  'for i in {1..2000}; do :; done; echo $i', 'head -c 100000 /dev/zero | wc -c', 'cat /dev/zero | head -c 10 | wc -c',
);

/** One junk line. The weights keep the expensive kinds rare. */
const junkLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 100, arbitrary: ctrPlainLine },
  { weight: 70, arbitrary: vocabularyLine },
  { weight: 25, arbitrary: rawCtrLine },
  { weight: 120, arbitrary: shellJunk },
  { weight: 45, arbitrary: structured },
  { weight: 50, arbitrary: hangFamily },
  { weight: 60, arbitrary: oddLine },
  { weight: 2, arbitrary: longLine },
  { weight: 25, arbitrary: fc.tuple(shellJunk, oddText, shellJunk).map((parts) => parts.join(' ')) },
);

/** The rare expensive lines, mixed in at about one in a thousand. */
const junkLineWithBigWork: fc.Arbitrary<string> = fc.oneof(
  { weight: 999, arbitrary: junkLine },
  { weight: 1, arbitrary: bigLine },
);

/** The seed of one batch: the run's seed mixed with the batch number. */
function batchSeed(seed: number, batch: number): number {
  let h = (seed ^ Math.imul(batch + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** The `size` lines of batch `batch` of the run with seed `seed`: the same everywhere. */
export function linesOf(seed: number, batch: number, size: number): string[] {
  return fc.sample(junkLineWithBigWork, { seed: batchSeed(seed, batch), numRuns: size });
}
