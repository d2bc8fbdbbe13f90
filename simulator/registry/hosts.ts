// The registry hosts the node can reach and their rules, as containerd's default host
// configuration sees them: docker.io is served by registry-1.docker.io over https; localhost
// registries are plain http; harbor.mydomain.com has a self-signed certificate (trusted only
// with --tlscacert <its ca.crt> or --skip-verify) and a private project needing a login.

export interface RegistryHost {
  /** The host part of references (docker.io, harbor.mydomain.com, localhost:5000). */
  name: string;
  /** The host requests go to. */
  endpoint: string;
  /** Its certificate is signed by this CA file only (self-signed). */
  caFile?: string;
  /** Credentials the registry accepts (user:password). */
  credentials?: { user: string; password: string };
  /** Repositories under these prefixes need credentials to pull. */
  privatePrefixes: string[];
  /** Pushing needs credentials (every public registry refuses anonymous pushes). */
  pushNeedsAuth: boolean;
  /** Served over plain http on the loopback. */
  local?: boolean;
}

export const HARBOR_CA_FILE = '/etc/containerd/harbor.mydomain.com/ca.crt';

const HOSTS: RegistryHost[] = [
  { name: 'docker.io', endpoint: 'registry-1.docker.io', privatePrefixes: [], pushNeedsAuth: true },
  { name: 'registry.k8s.io', endpoint: 'registry.k8s.io', privatePrefixes: [], pushNeedsAuth: true },
  {
    name: 'harbor.mydomain.com',
    endpoint: 'harbor.mydomain.com',
    caFile: HARBOR_CA_FILE,
    credentials: { user: 'admin', password: 'Harbor12345' },
    privatePrefixes: ['k8s/'],
    pushNeedsAuth: true,
  },
  { name: 'localhost:5000', endpoint: 'localhost:5000', privatePrefixes: [], pushNeedsAuth: false, local: true },
];

/** The known host, or undefined (its name then fails DNS like any unknown host). Any loopback
 * host:port, or IPv4 address, is a local registry (reachable only while one listens there). */
export function findHost(name: string): RegistryHost | undefined {
  const known = HOSTS.find((h) => h.name === name);
  if (known || (!isLocalhost(name) && ipv4Of(name) === undefined)) return known;
  return { name, endpoint: name, privatePrefixes: [], pushNeedsAuth: false, local: true };
}

/**
 * The IPv4 address a `a.b.c.d[:port]` host names (no DNS lookup: Go dials a literal as it
 * is), or undefined. Such a registry is whatever listens there on the node's network (the
 * node's own 192.168.56.10 with a published port, a container's address).
 */
export function ipv4Of(host: string): string | undefined {
  const bare = host.replace(/:\d+$/, '');
  return /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(bare) ? bare : undefined;
}

/** The host whose requests go to `endpoint` (registry-1.docker.io serves docker.io), or as findHost. */
export function findHostServing(endpoint: string): RegistryHost | undefined {
  return HOSTS.find((h) => h.endpoint === endpoint) ?? findHost(endpoint);
}

/** docker.IsLocalhost: localhost, 127.x or ::1, with any port. */
export function isLocalhost(host: string): boolean {
  const bare = host.replace(/:\d+$/, '');
  return bare === 'localhost' || bare.startsWith('127.') || bare === '[::1]' || bare === '::1';
}
