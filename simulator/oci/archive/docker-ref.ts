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
function familiarName(name: string): string {
  if (name.startsWith('docker.io/library/')) return name.slice('docker.io/library/'.length);
  if (name.startsWith('docker.io/')) return name.slice('docker.io/'.length);
  return name;
}

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?)';
const DOCKER_REF = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`);

/**
 * reference.ParseDockerRef then FamiliarString, as the exporter writes manifest.json RepoTags:
 * "plain" → "plain:latest", "docker.io/library/busybox:1.36" → "busybox:1.36", a digest
 * reference keeps its digest only. Undefined for a name Docker cannot parse ("bad ref").
 */
export function familiarDockerRef(name: string): string | undefined {
  if (!DOCKER_REF.test(name)) return undefined;
  // Only a first component with a dot, a port or "localhost" is a registry host; anything
  // else is part of the repository, which must be lowercase.
  const first = name.split('/')[0] ?? '';
  const isDomain = name.includes('/') && (/[.:]/.test(first) || first === 'localhost');
  if (!isDomain && first !== first.toLowerCase()) return undefined;
  const at = name.indexOf('@');
  if (at !== -1) {
    const repo = normalizeDockerRef(name.slice(0, at)).name.replace(/:[^:/]+$/, '');
    return familiarName(`${repo}${name.slice(at)}`);
  }
  return familiarName(normalizeDockerRef(name).name);
}
