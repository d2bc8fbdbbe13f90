import { describe } from 'vitest';
import { type RecordedRun, itMatchesRecorded } from './recorded-runs';

// Recorded with the real uniq (GNU coreutils 9.1, Debian bookworm) under LC_ALL=C.UTF-8.
const RECORDED: readonly RecordedRun[] = [
  ["printf 'a 1\\na 1\\nb 2\\nc 3\\nc 3\\nC 3\\n' | uniq -c", "      2 a 1\n      1 b 2\n      2 c 3\n      1 C 3\n", "", 0],
  ["printf 'a 1\\na 1\\nb 2\\nc 3\\nc 3\\nC 3\\n' | uniq -cd", "      2 a 1\n      2 c 3\n", "", 0],
  ["printf 'a 1\\na 1\\nb 2\\nc 3\\nc 3\\nC 3\\n' | uniq -u", "b 2\nC 3\n", "", 0],
  ["printf 'a 1\\na 1\\nb 2\\nc 3\\nc 3\\nC 3\\n' | uniq -ci", "      2 a 1\n      1 b 2\n      3 c 3\n", "", 0],
  ["printf 'a 1\\na 1\\nb 2\\nc 3\\nc 3\\nC 3\\n' | uniq --all-repeated=separate", "a 1\na 1\n\nc 3\nc 3\n", "", 0],
  ["printf 'a 1\\na 1\\nb 2\\nc 3\\nc 3\\nC 3\\n' | uniq --group=both", "\na 1\na 1\n\nb 2\n\nc 3\nc 3\n\nC 3\n\n", "", 0],
  ["printf 'a 1\\nb 1\\nc 2\\n' | uniq -f1 -c", "      2 a 1\n      1 c 2\n", "", 0],
  ["printf 'xa\\nya\\nzb\\n' | uniq -s1 -c", "      2 xa\n      1 zb\n", "", 0],
  ["printf 'ab\\nac\\nbd\\n' | uniq -w1", "ab\nbd\n", "", 0],
  ["seq 1 100000 | uniq -c | tail -1", "      1 100000\n", "", 0],
  ["printf 'x\\nx' | uniq -c", "      2 x\n", "", 0],
  ["printf 'a\\n' | uniq -c -D", "", "uniq: printing all duplicated lines and repeat counts is meaningless\nTry 'uniq --help' for more information.\n", 1],
  ["printf 'a\\n' | uniq -f x", "", "uniq: x: invalid number of fields to skip\n", 1],
  ["printf 'a\\n' | uniq a b c", "", "uniq: extra operand ‘c’\nTry 'uniq --help' for more information.\n", 1],
  ["uniq missing", "", "uniq: missing: No such file or directory\n", 1],
];

describe('uniq as GNU uniq 9.1', () => {
  itMatchesRecorded(RECORDED);
});
