import { describe } from 'vitest';
import { type RecordedRun, itMatchesRecorded } from './recorded-runs';

// Recorded with the real cut (GNU coreutils 9.1, Debian bookworm) under LC_ALL=C.UTF-8.
const RECORDED: readonly RecordedRun[] = [
  ["printf 'x y  z\\n\\tq r\\na:b:c\\n' | cut -f2", "x y  z\nq r\na:b:c\n", "", 0],
  ["printf 'x y  z\\n\\tq r\\na:b:c\\n' | cut -d' ' -f2-", "y  z\nr\na:b:c\n", "", 0],
  ["printf 'x y  z\\n\\tq r\\na:b:c\\n' | cut -d' ' -s -f1", "x\n\tq\n", "", 0],
  ["printf 'x y  z\\n\\tq r\\na:b:c\\n' | cut -d: -f1 --complement", "x y  z\n\tq r\nb:c\n", "", 0],
  ["printf 'x y  z\\n\\tq r\\na:b:c\\n' | cut -d: -f1,3 --output-delimiter=' | '", "x y  z\n\tq r\na | c\n", "", 0],
  ["printf 'x y  z\\n\\tq r\\na:b:c\\n' | cut -c2-3", " y\nq \n:b\n", "", 0],
  ["printf 'x y  z\\n\\tq r\\na:b:c\\n' | cut -b-2,4-", "x   z\n\tqr\na::c\n", "", 0],
  ["printf 'x y  z\\n\\tq r\\na:b:c\\n' | cut -b1,3 --output-delimiter=.", "x.y\n\t. \na.b\n", "", 0],
  ["printf 'a:b' | cut -d: -f2", "b\n", "", 0],
  ["echo 'root:x:0:0:root:/root:/bin/bash' | cut -d: -f1,6,7", "root:/root:/bin/bash\n", "", 0],
  ["echo 'a,b,c' | cut -d, -f4", "\n", "", 0],
  ["echo 'a,b,c' | cut --delimiter=, --fields=1", "a\n", "", 0],
  ["echo a | cut", "", "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n", 1],
  ["echo a | cut -b1 -f1", "", "cut: only one list may be specified\nTry 'cut --help' for more information.\n", 1],
  ["echo a | cut -d: -b1", "", "cut: an input delimiter may be specified only when operating on fields\nTry 'cut --help' for more information.\n", 1],
  ["echo a | cut -s -b1", "", "cut: suppressing non-delimited lines makes sense\n\tonly when operating on fields\nTry 'cut --help' for more information.\n", 1],
  ["echo a | cut -f0", "", "cut: fields are numbered from 1\nTry 'cut --help' for more information.\n", 1],
  ["echo a | cut -f x", "", "cut: invalid field value ‘x’\nTry 'cut --help' for more information.\n", 1],
  ["echo a | cut -f 3-1", "", "cut: invalid decreasing range\nTry 'cut --help' for more information.\n", 1],
  ["echo a | cut -f -", "", "cut: invalid range with no endpoint: -\nTry 'cut --help' for more information.\n", 1],
  ["echo a | cut -d ab -f1", "", "cut: the delimiter must be a single character\nTry 'cut --help' for more information.\n", 1],
  ["echo a | cut -b 1,,2", "", "cut: byte/character positions are numbered from 1\nTry 'cut --help' for more information.\n", 1],
  ["cut -f1 missing", "", "cut: missing: No such file or directory\n", 1],
];

describe('cut as GNU cut 9.1', () => {
  itMatchesRecorded(RECORDED);
});
