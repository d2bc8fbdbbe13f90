import { describe } from 'vitest';
import { type RecordedRun, itMatchesRecorded } from './recorded-runs';

// Recorded with the real grep (GNU grep 3.8, Debian bookworm) under LC_ALL=C.UTF-8.
// Each line ran after SETUP, in the same directory.
const SETUP = "printf 'a\\nb\\na\\n' > f; printf 'x y  z\\n\\tq r\\n' > g";
const RECORDED: readonly RecordedRun[] = [
  ["grep -e a -e b f", "a\nb\na\n", "", 0],
  ["grep -e a -e b -c f", "3\n", "", 0],
  ["grep -E -e 'a|x' -e q f g", "f:a\nf:a\ng:x y  z\ng:\tq r\n", "", 0],
  ["grep -F -e a -e '.' f", "a\na\n", "", 0],
  ["grep -ie A f", "a\na\n", "", 0],
  ["grep -eb f", "b\n", "", 0],
  ["grep --regexp=b f", "b\n", "", 0],
  ["grep -H a f", "f:a\nf:a\n", "", 0],
  ["grep -H a - < f", "(standard input):a\n(standard input):a\n", "", 0],
  ["grep -Hc a f", "f:2\n", "", 0],
  ["grep -Hn a f", "f:1:a\nf:3:a\n", "", 0],
  ["grep -Hl a f", "f\n", "", 0],
  ["grep -r a | sort", "f:a\nf:a\n", "", 0],
  ["grep -rh a . | sort", "a\na\n", "", 0],
  ["grep -rn b", "f:2:b\n", "", 0],
  ["mkdir -p sub/in; printf 'a\\n' > sub/h; grep -r a ./sub; grep -r a sub/", "./sub/h:a\nsub/h:a\n", "", 0],
  ["mkdir -p sub; printf 'a\\n' > sub/h; grep -rl a . | sort", "./f\n./sub/h\n", "", 0],
  ["grep -n a f g", "f:1:a\nf:3:a\n", "", 0],
  ["grep -v -e a -e b f; echo $?", "1\n", "", 0],
  ["grep -- -x f; echo $?", "1\n", "", 0],
  ["grep -c a f g", "f:2\ng:0\n", "", 0],
  ["grep -w a f", "a\na\n", "", 0],
  ["grep -o 'a' f", "a\na\n", "", 0],
  ["grep -q a f; echo $?", "0\n", "", 0],
  ["printf 'one\\ntwo\\n' | grep -e one -e two", "one\ntwo\n", "", 0],
  ["grep -m1 -e a -e b f", "a\n", "", 0],
  ["grep -A1 -e b f", "b\na\n", "", 0],
];

describe('grep as GNU grep 3.8', () => {
  itMatchesRecorded(RECORDED, SETUP);
});
