// The OCI ChainID of an image's layers (image-spec identity.ChainID), which the CRI store keeps
// per image and shows in `crictl inspecti`'s verbose info. Memoized: the same few stacks are
// asked for on every listing.

import { digestText } from '../../oci/digest';

const memo = new Map<string, string>();

/** ChainID(L0) = DiffID(L0); ChainID(L0…Ln) = sha256(ChainID(L0…Ln-1) + " " + DiffID(Ln)). */
export function chainIdOf(diffIds: readonly string[]): string {
  const key = diffIds.join(' ');
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  let chain = '';
  for (const diffId of diffIds) chain = chain === '' ? diffId : digestText(`${chain} ${diffId}`);
  if (memo.size >= 256) memo.clear();
  memo.set(key, chain);
  return chain;
}
