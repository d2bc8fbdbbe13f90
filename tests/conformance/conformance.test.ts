// Replays every recorded transcript of the real containerd 1.6.20 node through ONE simulated
// session, in file number order, and compares each command's stdout, stderr and exit code
// after normalising only what cannot be equal (see normalise.ts). Each command is its own
// test, so a report names exactly which lines differ. Commands listed in known-gaps.ts must
// still differ: fixing one makes its test fail until it is removed from the list.

import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_GAPS, NOT_REPLAYED } from './known-gaps';
import { normalisePair, rowsUnordered, sortRows } from './normalise';
import { Replay, type ReplayResult } from './replay';
import { type TranscriptEntry, entryKey, loadTranscripts } from './transcripts';

const entries = loadTranscripts();
const replay = new Replay();
const differing: string[] = [];

interface Comparison {
  same: boolean;
  expected: string;
  actual: string;
}

function compare(entry: TranscriptEntry, r: ReplayResult): Comparison {
  const parts: Array<[string, string, string]> =
    entry.stdout !== undefined && entry.stderr !== undefined
      ? [
          ['stdout', entry.stdout, r.stdout],
          ['stderr', entry.stderr, r.stderr],
        ]
      : [['output', entry.merged, r.merged]];
  let expected = '';
  let actual = '';
  const order = rowsUnordered(entry.cmd) ? sortRows : (t: string) => t;
  for (const [name, e, a] of parts) {
    const [ne, na] = normalisePair(order(e), order(a));
    expected += `--- ${name}\n${ne}`;
    actual += `--- ${name}\n${na}`;
  }
  expected += `--- exit ${entry.exit}\n`;
  actual += `--- exit ${r.exitCode}\n`;
  if (r.leftAttached) actual += '--- left an interactive program attached to the terminal\n';
  return { same: expected === actual, expected, actual };
}

beforeAll(() => {
  replay.init();
});

afterAll(() => {
  // CONFORMANCE_REPORT=path writes the commands that differ now, to refresh known-gaps.ts.
  const path = process.env.CONFORMANCE_REPORT;
  if (path) writeFileSync(path, `${JSON.stringify(differing, null, 2)}\n`);
});

describe('known gaps list', () => {
  it('names only commands that exist in the transcripts', () => {
    const keys = new Set(entries.map(entryKey));
    expect(Object.keys(KNOWN_GAPS).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('gives every gap a reason', () => {
    expect(Object.entries(KNOWN_GAPS).filter(([, reason]) => reason.trim().length < 10)).toEqual([]);
  });
});

for (const file of [...new Set(entries.map((e) => e.file))]) {
  describe(file, () => {
    if (NOT_REPLAYED[file]) {
      it(`is not replayed: ${NOT_REPLAYED[file]}`, () => {
        // Holds as long as the transcript is the one that reason describes.
        expect(entries.filter((e) => e.file === file).map((e) => e.cmd)).toEqual(['ctr events']);
      });
      return;
    }
    for (const entry of entries.filter((e) => e.file === file)) {
      const key = entryKey(entry);
      const gap = KNOWN_GAPS[key];
      const title = `#${entry.index} $ ${entry.cmd.length > 100 ? `${entry.cmd.slice(0, 100)}…` : entry.cmd}`;
      if (gap) {
        it(`${title} [known gap: ${gap}]`, async () => {
          const c = compare(entry, await replay.run(entry));
          if (!c.same) differing.push(key);
          expect(c.same, 'this known gap now matches the recording: remove it from known-gaps.ts').toBe(false);
        });
      } else {
        it(title, async () => {
          const c = compare(entry, await replay.run(entry));
          if (!c.same) differing.push(key);
          expect(c.actual).toBe(c.expected);
        });
      }
    }
  });
}
