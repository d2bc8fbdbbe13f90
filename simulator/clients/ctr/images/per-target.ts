// Tags of one image share its target, and a listing's answer for a target cannot change
// within one command: each target's size, platforms, check and unpack state is worked out
// once per command, failures included, and reused for every row that names it.

import type { Descriptor } from '../../../oci/descriptor';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * `compute` once per distinct target (media type, digest, size) for the life of the result;
 * `compute` must depend on nothing of the image but its target.
 */
export function perTarget<R extends { target: Descriptor }, T>(compute: (image: R) => T): (image: R) => T {
  // Keyed by the digest string the record already holds (its hash is computed once), then the
  // few targets sharing a digest are told apart by media type and size: no key string per row.
  const done = new Map<string, Array<{ mediaType: string; size: number; outcome: Outcome<T> }>>();
  // Rows naming the target of the row before (tags of one image side by side) skip the lookup.
  let last: { digest: string; mediaType: string; size: number; outcome: Outcome<T> } | undefined;
  return (image) => {
    const { target } = image;
    if (last && last.digest === target.digest && last.mediaType === target.mediaType && last.size === target.size) {
      if (!last.outcome.ok) throw last.outcome.error;
      return last.outcome.value;
    }
    let sameDigest = done.get(target.digest);
    if (!sameDigest) {
      sameDigest = [];
      done.set(target.digest, sameDigest);
    }
    let outcome = sameDigest.find((e) => e.mediaType === target.mediaType && e.size === target.size)?.outcome;
    if (!outcome) {
      try {
        outcome = { ok: true, value: compute(image) };
      } catch (error) {
        outcome = { ok: false, error };
      }
      sameDigest.push({ mediaType: target.mediaType, size: target.size, outcome });
    }
    last = { digest: target.digest, mediaType: target.mediaType, size: target.size, outcome };
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  };
}
