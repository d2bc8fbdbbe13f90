// The OCI image spec's ChainID: the name under which an image's layers are committed in a
// snapshotter. ChainID(L0) = DiffID(L0); ChainID(L0…Ln) = sha256(ChainID(L0…Ln-1) + " " + DiffID(Ln)).

import { digestText } from '../../oci/digest';

/** Chain ID of the whole stack `diffIds` (lowest layer first). Empty list → "". */
export function chainId(diffIds: readonly string[]): string {
  let chain = '';
  for (const diffId of diffIds) {
    chain = chain === '' ? diffId : digestText(`${chain} ${diffId}`);
  }
  return chain;
}

/** Chain IDs of every prefix of `diffIds`: the committed snapshot key of each layer. */
export function chainIds(diffIds: readonly string[]): string[] {
  return diffIds.map((_, i) => chainId(diffIds.slice(0, i + 1)));
}
