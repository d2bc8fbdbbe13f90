import { describe } from 'vitest';
import { type RecordedRun, itMatchesRecorded } from './recorded-runs';

// Recorded with the real head and tail (GNU coreutils 9.1, Debian bookworm) under LC_ALL=C.UTF-8;
// each line ran after SETUP, in the same directory.
const SETUP = "printf 'a\\nb\\nc\\nd\\n' > f; printf 'x\\ny\\n' > g";
const RECORDED: readonly RecordedRun[] = [
  ["head -n -1 f", "a\nb\nc\n", "", 0],
  ["head -n -2 f g", "==> f <==\na\nb\n\n==> g <==\n", "", 0],
  ["head -c -2 f", "a\nb\nc\n", "", 0],
  ["head -5 f", "a\nb\nc\nd\n", "", 0],
  ["head -n 2 f g", "==> f <==\na\nb\n\n==> g <==\nx\ny\n", "", 0],
  ["head -qn1 f g", "a\nx\n", "", 0],
  ["head -v -n1 f", "==> f <==\na\n", "", 0],
  ["head --lines=-3 f", "a\n", "", 0],
  ["tail -n -1 f", "d\n", "", 0],
  ["tail -c +3 f", "b\nc\nd\n", "", 0],
  ["tail -c 3 f", "\nd\n", "", 0],
  ["tail -c -3 f", "\nd\n", "", 0],
  ["tail -3 f", "b\nc\nd\n", "", 0],
  ["tail -n +2 f", "b\nc\nd\n", "", 0],
  ["tail +2 f", "b\nc\nd\n", "", 0],
  ["tail -n 1 f g", "==> f <==\nd\n\n==> g <==\ny\n", "", 0],
  ["tail -q -n1 f g", "d\ny\n", "", 0],
  ["tail --lines=+3 f", "c\nd\n", "", 0],
  ["tail -c +1 f", "a\nb\nc\nd\n", "", 0],
  ["head -n 1x f", "", "head: invalid number of lines: ‘1x’\n", 1],
  ["tail -n x f", "", "tail: invalid number of lines: ‘x’\n", 1],
  ["head -c 1k f | wc -c", "8\n", "", 0],
  ["printf 'abc' | head -c -1", "ab", "", 0],
  ["printf 'a\\nb' | head -n -1", "a\n", "", 0],
  ["printf 'a\\nb' | tail -n 1", "b", "", 0],
  ["printf 'a\\nb' | tail -c +2", "\nb", "", 0],
  ["tail -2 f", "c\nd\n", "", 0],
  ["tail +3 f", "c\nd\n", "", 0],
  ["tail -2c f", "d\n", "", 0],
  ["tail +2 f g", "==> f <==\na\nb\nc\nd\n\n==> g <==\nx\ny\n", "tail: cannot open '+2' for reading: No such file or directory\n", 1],
  ["head -2 f g", "==> f <==\na\nb\n\n==> g <==\nx\ny\n", "", 0],
  ["printf 'a\\nb\\n' | tail -1", "b\n", "", 0],
];

describe('head and tail as GNU coreutils 9.1', () => {
  itMatchesRecorded(RECORDED, SETUP);
});
