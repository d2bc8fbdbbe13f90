import { describe } from 'vitest';
import { type RecordedRun, itMatchesRecorded } from './recorded-runs';

// Recorded with the real wc (GNU coreutils 9.1, Debian bookworm) under LC_ALL=C.UTF-8.
const RECORDED: readonly RecordedRun[] = [
  ["printf 'a\\nb\\na\\n' > f; wc -l f", "3 f\n", "", 0],
  ["printf 'a\\nb\\na\\n' > f; wc f", "3 3 6 f\n", "", 0],
  ["printf 'a\\nb\\na\\n' | wc -l", "3\n", "", 0],
  ["printf 'a\\nb\\na\\n' | wc", "      3       3       6\n", "", 0],
  ["printf 'a\\nb\\na\\n' | wc -lc", "      3       6\n", "", 0],
  ["printf 'a\\nb\\na\\n' > f; printf 'x y  z\\n\\tq r\\n' > g; wc f g", " 3  3  6 f\n 2  5 12 g\n 5  8 18 total\n", "", 0],
  ["printf 'a\\nb\\na\\n' > f; printf 'x y  z\\n\\tq r\\n' > g; wc -c f g", " 6 f\n12 g\n18 total\n", "", 0],
  ["printf '' | wc", "      0       0       0\n", "", 0],
  ["printf 'x y  z\\n\\tq r\\n' | wc -L", "11\n", "", 0],
  ["printf 'héllo wörld 日本\\n' | wc -m", "15\n", "", 0],
  ["printf 'héllo wörld 日本\\n' | wc -L", "16\n", "", 0],
  ["printf 'héllo\\n' | wc -c", "7\n", "", 0],
  ["printf 'no newline' | wc -l", "0\n", "", 0],
  ["printf 'a\\n' > f; wc -l f missing", "1 f\n1 total\n", "wc: missing: No such file or directory\n", 1],
  ["mkdir d; wc d", "      0       0       0 d\n", "wc: d: Is a directory\n", 1],
  ["seq 100000 > big; printf 'a\\n' > f; wc big f", "100000 100000 588895 big\n     1      1      2 f\n100001 100001 588897 total\n", "", 0],
  ["wc -x", "", "wc: invalid option -- 'x'\nTry 'wc --help' for more information.\n", 1],
];

describe('wc as GNU wc 9.1', () => {
  itMatchesRecorded(RECORDED);
});
