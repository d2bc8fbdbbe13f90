// How dockerd finds an image from what a user typed (moby 20.10 daemon/images/image.go
// GetImage): the text must parse as a reference (ParseAnyReference; else InvalidParameter with
// the parser's words, `docker history Bad` → `invalid reference format: repository name must be
// lowercase`); a full `sha256:<hex>`/64-hex id is looked up as such; a name goes to the
// reference store first (`:latest` added to a bare name; a `name@digest` through the image's
// RepoDigests), then to the id search (image/store.go Search: a unique prefix of an id, with or
// without `sha256:`). Not found is ErrImageDoesNotExist, whose text names the reference with
// its default tag (`No such image: nosuch:latest`), as checked on a real dockerd 20.10.24.

import type { Node } from '../../node';
import { formatNamed, parseAnyReference, type AnyReference } from '../../oci/docker-reference';
import { invalidParameter, notFound } from '../errors';
import { familiarName } from './familiar-name';

interface FoundImage {
  id: string;
  /** The normalised reference, when the image was found by a tag. */
  reference?: string;
}

/**
 * image/store.go Search (digestset.Lookup): the one image whose id starts with `term` (an
 * optional `sha256:` before the hex); notFound `No such image: <term>` otherwise.
 */
export function searchImageId(node: Node, term: string): string {
  const hex = term.replace(/^sha256:/, '');
  if (/^[0-9a-f]{1,64}$/.test(hex)) {
    const ids = Object.keys(node.state.dockerd.images).filter((id) => id.startsWith(hex));
    if (ids.length === 1 && ids[0] !== undefined) return ids[0];
  }
  throw notFound(`No such image: ${term}`);
}

/** ParseAnyReference, its failure as the API's 400 with the parser's text. */
function parseTyped(typed: string): AnyReference {
  try {
    return parseAnyReference(typed);
  } catch (err) {
    throw invalidParameter(err instanceof Error ? err.message : 'invalid reference format');
  }
}

export function findImage(node: Node, typed: string): FoundImage {
  const store = node.state.dockerd;
  const ref = parseTyped(typed);
  if (ref.kind === 'digest') {
    const id = ref.digest.slice('sha256:'.length);
    if (store.images[id]) return { id };
    throw notFound(`No such image: ${ref.digest}`);
  }
  if (ref.digest !== '') {
    const canonical = `${ref.name}@${ref.digest}`;
    const image = Object.values(store.images).find((i) => i.repoDigests.includes(canonical));
    if (image) return { id: image.id };
  } else {
    const reference = formatNamed({ ...ref, tag: ref.tag || 'latest' });
    const id = store.references[reference];
    if (id !== undefined && store.images[id]) return { id, reference };
  }
  try {
    return { id: searchImageId(node, typed) };
  } catch {
    // ErrImageDoesNotExist: reference.TagNameOnly, then FamiliarString.
    throw notFound(`No such image: ${familiarName(formatNamed({ ...ref, tag: ref.tag || (ref.digest === '' ? 'latest' : '') }))}`);
  }
}
