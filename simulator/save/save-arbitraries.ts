// What the save properties throw at a node (tests only): ctr steps that leave every kind of
// record behind, and files short and long, binary and any UTF-16, including text that looks
// like a chunk marker, so packing can never mistake a file for one of its own markers.

import fc from 'fast-check';
import type { Node } from '../node';
import type { createSession } from '../shell/session';
import type { RestoredSession } from '../shell/saved-session';
import { CHUNK_MIN_CHARS } from './chunked-tree';

export const SAVE_STEPS = [
  'ctr i pull docker.io/library/busybox:latest',
  'ctr c create docker.io/library/busybox:latest c1 sleep 1000',
  'ctr t start -d c1',
  'ctr t kill -s SIGKILL c1',
  'ctr -n dev snapshots prepare s1',
  'ctr leases create l1',
  'ctr i export /root/busybox.tar docker.io/library/busybox:latest',
  'ctr i rm docker.io/library/busybox:latest',
  'cd /tmp; X=1; export Y=2',
  'for i in $(seq 300); do echo $i > /root/f$i; done',
];

const content = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)), minLength: CHUNK_MIN_CHARS, maxLength: CHUNK_MIN_CHARS + 200 }),
  fc.string({ unit: 'binary', minLength: CHUNK_MIN_CHARS, maxLength: CHUNK_MIN_CHARS + 50 }),
  fc.constantFrom(`\u0000chunk:${'f'.repeat(64)}:b`, `\u0000chunk:${'f'.repeat(64)}:j`),
);

/** A file to write under /root. */
export const savedFile = fc.record({ name: fc.constantFrom('a', 'b', 'c.bin', 'd.txt'), content });

/** A session whose node and snapshot the properties read directly. */
export type Snapshotted = ReturnType<typeof createSession> & { snapshot(): RestoredSession; readonly node: Node };
