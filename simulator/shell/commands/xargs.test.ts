import { describe } from 'vitest';
import { type RecordedRun, itMatchesRecorded } from './recorded-runs';

// Recorded with the real xargs (GNU findutils 4.9.0, Debian bookworm) under LC_ALL=C.UTF-8.
const RECORDED: readonly RecordedRun[] = [
  ["printf 'a b\\nc\\n' | xargs", "a b c\n", "", 0],
  ["printf 'a b\\nc\\n' | xargs -n1 echo x", "x a\nx b\nx c\n", "", 0],
  ["printf 'a\\nb\\n' | xargs -I{} echo [{}]", "[a]\n[b]\n", "", 0],
  ["echo | xargs echo hi", "hi\n", "", 0],
  ["printf '' | xargs echo hi", "hi\n", "", 0],
  ["printf '' | xargs -r echo none", "", "", 0],
  ["seq 100000 | xargs echo | wc -l", "5\n", "", 0],
  ["printf 'a b\\nc\\n' | xargs -t echo", "a b c\n", "echo a b c\n", 0],
  ["printf 'a b\\n' | xargs -t -I{} echo {}", "a b\n", "echo 'a b'\n", 0],
  ["printf \"'' x\\n\" | xargs echo y", "y  x\n", "", 0],
  ["printf 'a\\\\ b \"c d\" e\\\\\\n' | xargs -n1 echo", "a b\nc d\ne\n\n", "", 0],
  ["printf '\"abc\\n' | xargs echo", "", "xargs: unmatched double quote; by default quotes are special to xargs unless you use the -0 option\n", 1],
  ["printf 'a b \\nc\\nd\\n' | xargs -L1 echo", "a b c\nd\n", "", 0],
  ["printf '  x y \\n' | xargs -I@ echo [@]", "[x y ]\n", "", 0],
  ["echo a | xargs nosuch", "", "xargs: nosuch: No such file or directory\n", 127],
  ["echo a | xargs false", "", "", 123],
  ["echo a | xargs sh -c 'exit 255'", "", "xargs: sh: exited with status 255; aborting\n", 124],
  ["printf 'a\\n\\nb\\n' | xargs -d '\\n' echo", "a  b\n", "", 0],
  ["printf 'a:b:' | xargs -d: -n1 echo", "a\nb\n", "", 0],
  ["xargs -n 0 < /dev/null", "", "xargs: value 0 for -n option should be >= 1\nTry 'xargs --help' for more information.\n", 1],
  ["printf 'a\\nb\\n' | xargs -E b echo", "a\n", "", 0],
  ["printf 'a\\0b\\0' | xargs -0 -n1 echo", "a\nb\n", "", 0],
  ["printf 'x\\n' | xargs -i echo '<{}>'", "<x>\n", "", 0],
  ["printf 'x\\n' | xargs -ifoo echo '<foo>'", "<x>\n", "", 0],
  ["printf 'x\\n' | xargs --replace echo '<{}>'", "<x>\n", "", 0],
  ["printf '' | xargs -I{} echo hi {}", "", "", 0],
  ["echo 'a b' | xargs -s 8 echo", "a\nb\n", "", 0],
  ["seq 3 | xargs -P2 -n1 echo", "1\n2\n3\n", "", 0],
  ["printf \"it's\\n\" | xargs echo", "", "xargs: unmatched single quote; by default quotes are special to xargs unless you use the -0 option\n", 1],
  ["echo f1 f2 | xargs touch; ls f1 f2", "f1\nf2\n", "", 0],
  ["echo 'nginx redis' | xargs -n1 -I{} echo img {}", "img nginx redis\n", "xargs: warning: options --max-args and --replace/-I/-i are mutually exclusive, ignoring previous --max-args value\n", 0],
  ["printf 'a\\nb\\n' | xargs -n 1 sh -c 'echo \"[$0]\"'", "[a]\n[b]\n", "", 0],
  ["echo a b c | xargs -n 2", "a b\nc\n", "", 0],
  ["echo a | xargs -I{} -n1 echo {}", "a\n", "", 0],
  ["echo a | xargs -L1 -I{} echo {}", "a\n", "xargs: warning: options --max-lines and --replace/-I/-i are mutually exclusive, ignoring previous --max-lines value\n", 0],
  ["echo a | xargs -I{} -L1 echo {}", "{} a\n", "xargs: warning: options --replace and -L are mutually exclusive, ignoring previous --replace value\n", 0],
  ["echo a b | xargs -L1 -n1 echo", "a\nb\n", "xargs: warning: options --max-lines and --max-args/-n are mutually exclusive, ignoring previous --max-lines value\n", 0],
  ["echo a b | xargs -n1 -L1 echo", "a b\n", "xargs: warning: options --max-args and -L are mutually exclusive, ignoring previous --max-args value\n", 0],
];

describe('xargs as GNU xargs 4.9', () => {
  itMatchesRecorded(RECORDED);
});
