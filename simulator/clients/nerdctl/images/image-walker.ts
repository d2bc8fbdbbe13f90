// nerdctl's imagewalker (pkg/idutil/imagewalker/imagewalker.go@v0.22.2): an image request is a
// name (also in its normalized form) or a prefix of the target digest, with or without
// `sha256:`; every image any of the filters matches is found, in the store's name order.

import type { ImageRecord, NamespacedClient } from '../../../containerd/client/index';
import { normalizeRef } from './reference';

/** regexp.QuoteMeta. */
function quoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

/** The images `req` names. Throws the image service's errors (a malformed filter). */
export function walkImages(client: NamespacedClient, req: string): ImageRecord[] {
  const filters: string[] = [];
  try {
    filters.push(`name==${normalizeRef(req)}`);
  } catch {
    // not a docker reference: only the other filters apply
  }
  filters.push(`name==${req}`, `target.digest~=^sha256:${quoteMeta(req)}.*$`, `target.digest~=^${quoteMeta(req)}.*$`);
  try {
    return client.images.list(filters);
  } catch {
    // A request the filter language cannot carry (quotes, commas) matches by name only.
    return client.images.list().filter((i) => i.name === req);
  }
}
