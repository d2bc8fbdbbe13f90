// POST /images/{name}/tag (daemon/images/image_tag.go): the target reference, normalised with
// `:latest` when it has no tag, points at the source's image from now on.

import type { Node } from '../../node';
import { formatNamed, parseDockerRef } from '../../oci/docker-reference';
import { invalidParameter } from '../errors';
import { findImage } from './lookup';
import { familiarName } from './familiar-name';
import { logImageEvent } from '../events/event-log';

export function tagImage(node: Node, source: string, target: string): void {
  const { id } = findImage(node, source);
  let named;
  try {
    named = parseDockerRef(target);
  } catch (err) {
    throw invalidParameter(err instanceof Error ? err.message : 'invalid reference format');
  }
  if (named.digest !== '') throw invalidParameter('refusing to create a tag with a digest reference');
  node.state.dockerd.references[formatNamed(named)] = id;
  logImageEvent(node, `sha256:${id}`, familiarName(formatNamed(named)), 'tag');
  const image = node.state.dockerd.images[id];
  // Go's RFC3339Nano: trailing zeros of the fraction dropped (and the dot with them).
  if (image) image.lastTagTime = new Date(node.nowMs()).toISOString().replace(/\.?0+Z$/, 'Z');
}
