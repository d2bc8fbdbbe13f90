// containerd's uniquePart() (rootfs/apply.go, copied by nerdctl's commit): the clock's
// nanoseconds and three random bytes in URL-safe base64, which make temporary snapshot keys
// (`extract-<unique> <chain>`, `<unique>-<chain>`) unlikely to meet one another.

import { randomInt, type RandomState } from './random';

const URL_BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** `<nanoseconds>-<4 url-safe base64 chars>`, from the node's seeded random. */
export function uniquePart(random: RandomState): string {
  let tag = '';
  for (let i = 0; i < 4; i++) tag += URL_BASE64[randomInt(random, 0, 63)];
  return `${randomInt(random, 0, 999_999_999)}-${tag}`;
}
