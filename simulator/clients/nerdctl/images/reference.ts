// Image references as nerdctl reads them: containerd's reference/docker (ParseDockerRef,
// Domain, FamiliarName) — `nginx:alpine` is docker.io/library/nginx:alpine, `nginx` gets
// :latest — and imgutil.ParseRepoTag (pkg/imgutil/imgutil.go:382-399@v0.22.2), which the
// images table shows: the familiar repository (library/ and docker.io/ dropped) and the tag.

import { formatNamed, parseDockerRef, type NamedReference } from '../../../oci/docker-reference';

export type { NamedReference };

/** refdocker.ParseDockerRef(raw).String(). Throws Go's reference errors. */
export function normalizeRef(raw: string): string {
  return formatNamed(parseDockerRef(raw));
}

export function parseRef(raw: string): NamedReference {
  return parseDockerRef(raw);
}

/** refdocker.Domain: the registry host of a normalized name. */
export function domainOf(named: NamedReference): string {
  return named.name.slice(0, named.name.indexOf('/'));
}

/** refdocker.FamiliarName: docker.io/library/nginx → nginx, docker.io/x/y → x/y. */
function familiarName(named: NamedReference): string {
  const domain = domainOf(named);
  let path = named.name.slice(domain.length + 1);
  if (domain !== 'docker.io') return named.name;
  if (path.startsWith('library/') && !path.slice(8).includes('/')) path = path.slice(8);
  return path;
}

/** imgutil.ParseRepoTag: ["", ""] for a name that is not a docker reference. */
export function parseRepoTag(imageName: string): { repository: string; tag: string } {
  let named: NamedReference;
  try {
    named = parseDockerRef(imageName);
  } catch {
    return { repository: '', tag: '' };
  }
  return { repository: familiarName(named), tag: named.tag };
}
