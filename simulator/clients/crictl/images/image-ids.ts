// What crictl's image commands share (cmd/crictl/image.go and util.go @v1.26.0): ids cut to 13
// characters without their `sha256:`, and the listing's order (imageByRef, image.go:35-47).

import type { Image } from '../../../cri/index';

/** util.go:42 truncatedIDLen. */
const TRUNCATED_ID_LEN = 13;

/** getTruncatedID (util.go:309-315): prefix trimmed, then at most 13 characters. */
export function truncatedId(id: string, prefix: string): string {
  const bare = id.startsWith(prefix) ? id.slice(prefix.length) : id;
  return bare.length > TRUNCATED_ID_LEN ? bare.slice(0, TRUNCATED_ID_LEN) : bare;
}

/** imageByRef.Less: first tags, else first digests, else ids. */
function lessByRef(a: Image, b: Image): boolean {
  const [ta, tb] = [a.repoTags[0], b.repoTags[0]];
  if (ta !== undefined && tb !== undefined) return ta < tb;
  const [da, db] = [a.repoDigests[0], b.repoDigests[0]];
  if (da !== undefined && db !== undefined) return da < db;
  return a.id < b.id;
}

/** sort.Sort(imageByRef(images)). */
export function sortImagesByRef(images: readonly Image[]): Image[] {
  return [...images].sort((a, b) => (lessByRef(a, b) ? -1 : lessByRef(b, a) ? 1 : 0));
}

/** gogo's String() of a wrapper message, as `%v`/`%s` print it: `&Int64Value{Value:65535,}`. */
export function wrapperText(type: 'Int64Value' | 'UInt64Value', wrapper: { value: string } | undefined): string {
  return wrapper === undefined ? 'nil' : `&${type}{Value:${wrapper.value},}`;
}
