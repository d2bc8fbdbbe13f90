// Random ids dockerd makes (container ids, overlay2 cache ids: stringid.GenerateRandomID), from
// the node's seeded generator so that a seed gives the same ids.

import { randomInt } from '../../host/random';
import type { Node } from '../../node';

export function randomHex(node: Node, bytes: number): string {
  let out = '';
  for (let i = 0; i < bytes; i++) out += randomInt(node.state.random, 0, 255).toString(16).padStart(2, '0');
  return out;
}
