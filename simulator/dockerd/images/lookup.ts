// How dockerd finds an image from what a user typed (daemon/images/image.go GetImage): a
// reference in the store (normalised, `:latest` added), else an id or a unique id prefix
// (with or without `sha256:`). notFound `No such image: <typed>`.

import type { Node } from '../../node';
import { formatNamed, parseDockerRef } from '../../oci/docker-reference';
import { notFound } from '../errors';

interface FoundImage {
  id: string;
  /** The normalised reference, when the image was found by one. */
  reference?: string;
}

export function findImage(node: Node, typed: string): FoundImage {
  const store = node.state.dockerd;
  const hex = typed.replace(/^sha256:/, '');
  if (/^[0-9a-f]{1,64}$/.test(hex)) {
    const ids = Object.keys(store.images).filter((id) => id.startsWith(hex));
    if (ids.length === 1 && ids[0] !== undefined) return { id: ids[0] };
  }
  let reference: string | undefined;
  try {
    reference = formatNamed(parseDockerRef(typed));
  } catch {
    reference = undefined;
  }
  const id = reference === undefined ? undefined : store.references[reference];
  if (id !== undefined && reference !== undefined && store.images[id]) return { id, reference };
  throw notFound(`No such image: ${typed}`);
}
