// Tags of one image share its target, and a listing's answer for a target cannot change
// within one command: each target's size, platforms, check and unpack state is worked out
// once per command, failures included, and reused for every row that names it.

import type { Descriptor } from '../../../containerd/metadata/schema';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * `compute` once per distinct target (media type, digest, size) for the life of the result;
 * `compute` must depend on nothing of the image but its target.
 */
export function perTarget<R extends { target: Descriptor }, T>(compute: (image: R) => T): (image: R) => T {
  const done = new Map<string, Outcome<T>>();
  return (image) => {
    const { target } = image;
    const key = `${target.mediaType} ${target.digest} ${target.size}`;
    let outcome = done.get(key);
    if (!outcome) {
      try {
        outcome = { ok: true, value: compute(image) };
      } catch (error) {
        outcome = { ok: false, error };
      }
      done.set(key, outcome);
    }
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  };
}
