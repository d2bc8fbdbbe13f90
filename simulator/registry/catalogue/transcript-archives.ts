// The name the conformance replay looks up (tests/conformance/replay.ts): places the recorded
// node's archives in /root and takes the registries offline, as on that node.

import type { Node } from '../../node';
import { writeConformanceFixtures } from '../conformance-fixtures';

export function placeTranscriptArchives(node: Node): void {
  writeConformanceFixtures(node);
}
