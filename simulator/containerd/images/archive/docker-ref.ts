// Docker's familiar names, both ways: `nginx:alpine` ⇄ `docker.io/library/nginx:alpine`
// (docker save writes familiar RepoTags; containerd stores normalized names).

/** reference.ParseNormalizedNamed + default tag: "nginx" → docker.io/library/nginx:latest. */
export function normalizeDockerRef(ref: string): { name: string; tag: string } {
  let name = ref;
  let tag = 'latest';
  const at = name.indexOf('@');
  const lastColon = name.lastIndexOf(':');
  if (at === -1 && lastColon > name.lastIndexOf('/')) {
    tag = name.slice(lastColon + 1);
    name = name.slice(0, lastColon);
  }
  const first = name.split('/')[0] ?? '';
  const hasHost = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (!hasHost) name = name.includes('/') ? `docker.io/${name}` : `docker.io/library/${name}`;
  return { name: at === -1 ? `${name}:${tag}` : name, tag };
}

/** reference.FamiliarString: strips docker.io/library/ and docker.io/. */
export function familiarName(name: string): string {
  if (name.startsWith('docker.io/library/')) return name.slice('docker.io/library/'.length);
  if (name.startsWith('docker.io/')) return name.slice('docker.io/'.length);
  return name;
}
