// The ChainID dockerd's layer store keys layers by (moby 20.10 layer/layer.go CreateChainID,
// the OCI image spec's rule): ChainID(L0) = DiffID(L0), then sha256 of "<parent chain> <diff id>".

import { digestText } from '../../oci/digest';

export function chainIdOf(diffIds: readonly string[]): string {
  let chain = '';
  for (const diffId of diffIds) chain = chain === '' ? diffId : digestText(`${chain} ${diffId}`);
  return chain;
}
