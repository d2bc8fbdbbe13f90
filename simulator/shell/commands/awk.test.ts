import { describe } from 'vitest';
import { type RecordedRun, itMatchesRecorded } from './recorded-runs';

// Recorded with the real awk (mawk 1.3.4, Debian bookworm's /usr/bin/awk) under LC_ALL=C.UTF-8;
// each line ran after SETUP, in the same directory.
const SETUP = "printf 'x y  z\\n\\tq r\\n' > g";
const RECORDED: readonly RecordedRun[] = [
  ["awk '{print $2, $1}' OFS=: g", "y:x\nr:q\n", "", 0],
  ["printf 'a b\\n' | awk '{print $2, $1}' OFS=-", "b-a\n", "", 0],
  ["awk -F' ' '{print $1 x}' x=! g", "x!\nq!\n", "", 0],
  ["awk 'BEGIN{print \"b\"} {print v}' v=1 g", "b\n1\n1\n", "", 0],
  ["awk -v a=1 '{print a $1}' g", "1x\n1q\n", "", 0],
  ["awk '{print NR\": \"$0}' g", "1: x y  z\n2: \tq r\n", "", 0],
  ["awk -- '{print $1}' g", "x\nq\n", "", 0],
  ["printf 'a b\\n' | awk -v OFS=- '{print $2,$1}'", "b-a\n", "", 0],
  ["printf 'a b\\n' | awk -v x=10 '{print (x > 9), x}'", "1 10\n", "", 0],
  ["printf 'a:b\\n' | awk -v FS=: '{print $2}'", "b\n", "", 0],
  ["printf 'a b\\n' | awk 'BEGIN{OFS=\"-\"}{print $2,$1}'", "b-a\n", "", 0],
  ["printf 'a:b\\n' | awk -F: -v OFS=' | ' '{print $2, $1}'", "b | a\n", "", 0],
  ["printf 'a b\\n' | awk -vOFS=, '{$1=$1; print}'", "a,b\n", "", 0],
  ["printf 'a\\tb\\n' | awk 'BEGIN{FS=\"\\t\"} {print $2}'", "b\n", "", 0],
  ["printf 'a b\\n' | awk '{print $1}' ORS='\\n--\\n'", "a\n--\n", "", 0],
];

describe('awk assignments as mawk takes them', () => {
  itMatchesRecorded(RECORDED, SETUP);
});
