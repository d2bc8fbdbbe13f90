// reference.FamiliarString (distribution/reference normalize.go): how dockerd shows a
// normalised name to people, Docker Hub's domain and `library/` left out.

/** `docker.io/library/x` → `x`, `docker.io/u/x` → `u/x`, other registries as they are. */
export function familiarName(name: string): string {
  if (name.startsWith('docker.io/library/')) return name.slice('docker.io/library/'.length);
  if (name.startsWith('docker.io/')) return name.slice('docker.io/'.length);
  return name;
}
