// go-digest's digestset.Set.Lookup, how the CRI image store finds an image by id: the whole
// `sha256:<hex>`, or any prefix of the hex with or without `sha256:` (`605c77e6`), as long as
// exactly one id starts with it. Sorted search as the original, so an empty string finds the
// only image of a store holding one.

import { ContainerdError, notFound } from '../../errdefs/errdefs';

/** digestset.ErrDigestAmbiguous: a plain error, gRPC Unknown. */
export const AMBIGUOUS_DIGEST = 'ambiguous digest string';

interface Entry {
  alg: string;
  hex: string;
  digest: string;
}

function entryOf(digest: string): Entry {
  const colon = digest.indexOf(':');
  return { alg: digest.slice(0, colon), hex: digest.slice(colon + 1), digest };
}

function shortMatch(entry: Entry, alg: string, hex: string): boolean {
  if (entry.hex.length === hex.length) {
    if (entry.hex !== hex) return false;
  } else if (!entry.hex.startsWith(hex)) return false;
  return alg === '' || entry.alg === alg;
}

/**
 * The id of `ids` that `search` names. Throws notFound (errdefs.ErrNotFound, as the store
 * translates ErrDigestNotFound) or a plain `ambiguous digest string`.
 */
export function lookupDigest(ids: readonly string[], search: string): string {
  const found = findDigest(ids, search);
  if (found === undefined) throw notFound();
  return found;
}

/** lookupDigest where a miss is undefined (no error built); still throws `ambiguous digest string`. */
export function findDigest(ids: readonly string[], search: string): string | undefined {
  const entries = ids.map(entryOf).sort((a, b) => (a.hex === b.hex ? (a.alg < b.alg ? -1 : 1) : a.hex < b.hex ? -1 : 1));
  if (entries.length === 0) return undefined;
  // digest.Parse fails with ErrDigestInvalidFormat only when there is no `alg:` part.
  const colon = search.indexOf(':');
  const parsed = colon > 0 && colon + 1 < search.length;
  const alg = parsed ? search.slice(0, colon) : '';
  const hex = parsed ? search.slice(colon + 1) : search;
  const at = entries.findIndex((e) => (alg === '' ? e.hex >= hex : e.hex === hex ? e.alg >= alg : e.hex >= hex));
  const found = at === -1 ? undefined : entries[at];
  if (!found || !shortMatch(found, alg, hex)) return undefined;
  if (found.alg === alg && found.hex === hex) return found.digest;
  const next = entries[at + 1];
  if (next && shortMatch(next, alg, hex)) throw new ContainerdError('unknown', AMBIGUOUS_DIGEST);
  return found.digest;
}
