// The built catalogue: every blob of every built-in image, and what each tag points at.
// Building hashes JSON and walks file lists, so it happens once, on first use, and the result
// is shared (it is derived from code alone, never from a session's state).

import type { Blob } from '../../oci/blob';
import type { Descriptor } from '../../oci/descriptor';
import { buildImage, type ImageDef } from './build-image';
import { libraryDefinitions } from './library';

export interface Catalogue {
  /** host → repository → tag → target descriptor. */
  tags: Record<string, Record<string, Record<string, Descriptor>>>;
  /** digest → blob, for every host (registries dedupe by digest anyway). */
  blobs: Record<string, Blob>;
}

let built: Catalogue | undefined;

export function catalogue(): Catalogue {
  if (built) return built;
  const tags: Catalogue['tags'] = {};
  const blobs: Catalogue['blobs'] = {};
  const seen = new Map<ImageDef, Descriptor>();
  for (const [host, repos] of Object.entries(libraryDefinitions())) {
    const hostTags: Record<string, Record<string, Descriptor>> = (tags[host] = {});
    for (const [repo, repoTags] of Object.entries(repos)) {
      const byTag: Record<string, Descriptor> = (hostTags[repo] = {});
      for (const [tag, def] of Object.entries(repoTags)) {
        let target = seen.get(def);
        if (!target) {
          const image = buildImage(def);
          for (const blob of image.blobs) blobs[blob.digest] = blob;
          target = image.target;
          seen.set(def, target);
        }
        byTag[tag] = target;
      }
    }
  }
  built = { tags, blobs };
  return built;
}
