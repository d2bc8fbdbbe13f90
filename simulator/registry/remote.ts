// What a registry answers over the network, reduced to the outcomes ctr can print: resolve a
// ref to a descriptor, fetch a blob, check and upload blobs and manifests. Failures carry the
// exact text containerd 1.6's docker resolver produces (Go 1.19 error wording), plus, for the
// resolver's "trying next host" log line, the error and host it logs.

import type { Node } from '../node';
import type { Blob } from '../oci/blob';
import type { Descriptor } from '../oci/descriptor';
import { ContainerdError } from '../errdefs/errdefs';
import { catalogue } from './catalogue/catalogue';
import { findHost, findHostServing, ipv4Of, isLocalhost, type RegistryHost } from './hosts';
import { connectTcp, HOST_NETNS, type ConnectFailure } from '../host/network/index';
import { locatorHost, locatorRepository, parseReference, splitObject } from '../oci/reference';
import { digestError } from '../oci/digest';
import { localRegistryAt, portOf, type LocalRegistry } from './local-registry';

/** Registry flags shared by pull, push and fetch (ctr's RegistryFlags). */
export interface RemoteOptions {
  plainHttp?: boolean;
  skipVerify?: boolean;
  /** Contents of the --tlscacert file, when given (the caller reads the VFS). */
  tlsCaCert?: string;
  /** --user "name[:password]". */
  user?: string;
  /**
   * The host the requests go to when it is not the reference's own: a mirror endpoint of the
   * CRI plugin's registry config (its repositories are the mirror's, under the same path).
   */
  host?: string;
}

/** A failed registry exchange. `tryNextHost` is what the resolver logs before giving up. */
export class RegistryError extends ContainerdError {
  constructor(
    message: string,
    readonly tryNextHost?: { error: string; host: string },
    errClass: 'unknown' | 'not found' = 'unknown',
  ) {
    super(errClass, message);
    this.name = 'RegistryError';
  }
}

interface Endpoint {
  host: RegistryHost | undefined;
  hostName: string;
  endpoint: string;
  scheme: 'http' | 'https';
  repository: string;
}

function endpointOf(locator: string, options: RemoteOptions): Endpoint {
  const mirror = options.host === undefined ? undefined : findHostServing(options.host);
  const hostName = mirror?.name ?? options.host ?? locatorHost(locator);
  const host = mirror ?? findHost(hostName);
  const local = isLocalhost(hostName);
  return {
    host,
    hostName,
    endpoint: host?.endpoint ?? hostName,
    scheme: options.plainHttp || local ? 'http' : 'https',
    repository: locatorRepository(locator),
  };
}

/** Go's net.Dial errors after `dial tcp <ip>:<port>: `, by the network's connect failure. */
const DIAL_FAILURES: Readonly<Record<ConnectFailure, string>> = {
  refused: 'connect: connection refused',
  unreachable: 'connect: no route to host',
  'network-unreachable': 'connect: network is unreachable',
  timeout: 'i/o timeout',
  'bad-address': 'connect: invalid argument',
};

/** Connection-level failure for a request to `url`, or undefined when the server answers. */
function connectionError(node: Node, ep: Endpoint, url: string, options: RemoteOptions): string | undefined {
  const prefix = `failed to do request: Head ${JSON.stringify(url)}`;
  if (isLocalhost(ep.hostName)) {
    const port = /:(\d+)$/.exec(ep.hostName)?.[1] ?? (ep.scheme === 'http' ? '80' : '443');
    const listening = node.state.registries.listening?.[ep.hostName] === true || localRegistryAt(node, ep.hostName, Number(port)) !== undefined;
    return listening ? undefined : `${prefix}: dial tcp 127.0.0.1:${port}: connect: connection refused`;
  }
  const ip = ipv4Of(ep.hostName);
  if (ip !== undefined) {
    // A host written as an address is dialled as it is (no lookup), on the node's network.
    const port = Number(/:(\d+)$/.exec(ep.hostName)?.[1] ?? (ep.scheme === 'http' ? '80' : '443'));
    const dialled = connectTcp(node, HOST_NETNS, ip, port);
    if (dialled.kind === 'failed') return `${prefix}: dial tcp ${ip}:${port}: ${DIAL_FAILURES[dialled.failure]}`;
    // What listens on the node is a plain-http server (a registry:2, nginx): it answers the
    // TLS ClientHello with an HTTP 400, which Go's transport reports so (net/http transport.go).
    if (ep.scheme === 'https') return `${prefix}: http: server gave HTTP response to HTTPS client`;
    return undefined;
  }
  if (node.state.registries.offline || !ep.host) {
    const lookup = ep.endpoint.replace(/:\d+$/, '');
    return `${prefix}: dial tcp: lookup ${lookup} on 127.0.0.53:53: no such host`;
  }
  if (ep.host.caFile && !options.skipVerify) {
    // Trusted only with the registry's own CA: the PEM the node keeps for it (or a copy of it).
    const onNode = node.state.host.files[ep.host.caFile]?.content?.trim();
    const ca = options.tlsCaCert?.trim();
    // A bundle (several PEMs, as hosts.toml's `ca` list makes) trusts it when one of them is that CA.
    const trusted = ca !== undefined && onNode !== undefined && onNode !== '' && ca.includes('BEGIN CERTIFICATE') && ca.includes(onNode);
    if (!trusted) return `failed to do request: Head ${JSON.stringify(url.replace(/^http:/, 'https:'))}: x509: certificate signed by unknown authority`;
  }
  return undefined;
}

type AuthOutcome = 'ok' | 'denied' | 'bad-credentials';

function authorize(ep: Endpoint, options: RemoteOptions, push: boolean): AuthOutcome {
  const host = ep.host;
  if (!host) return 'denied';
  if (options.user !== undefined && options.user !== '') {
    const colon = options.user.indexOf(':');
    const user = colon === -1 ? options.user : options.user.slice(0, colon);
    const password = colon === -1 ? '' : options.user.slice(colon + 1);
    if (host.local) return 'ok';
    if (!host.credentials || host.credentials.user !== user || host.credentials.password !== password) return 'bad-credentials';
    return 'ok';
  }
  if (push && host.pushNeedsAuth) return 'denied';
  if (host.privatePrefixes.some((p) => ep.repository.startsWith(p))) return 'denied';
  return 'ok';
}

const DENIED = 'server message: insufficient_scope: authorization failed';
const BAD_CREDENTIALS = 'failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized';

/** `record[key]` when the record itself holds it: names like `constructor` are not Object's. */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * A registry running in a container on the node (local-registry.ts), asked over the network;
 * the recorded node's fixture registry (registries.listening) keeps answering from state.
 */
function runningRegistry(node: Node, hostName: string): LocalRegistry | undefined {
  if ((!isLocalhost(hostName) && ipv4Of(hostName) === undefined) || node.state.registries.listening?.[hostName] === true) return undefined;
  return localRegistryAt(node, hostName, portOf(hostName));
}

function lookupTag(node: Node, hostName: string, repository: string, tag: string): Descriptor | undefined {
  const running = runningRegistry(node, hostName);
  if (running) return running.resolve(repository, tag);
  const pushed = own(own(own(node.state.registries.pushed, hostName), repository), tag);
  if (pushed) return pushed;
  return own(own(own(catalogue().tags, hostName), repository), tag);
}

function repositoryExists(node: Node, hostName: string, repository: string): boolean {
  const running = runningRegistry(node, hostName);
  if (running) return running.hasRepository(repository);
  return own(own(node.state.registries.pushed, hostName), repository) !== undefined || own(own(catalogue().tags, hostName), repository) !== undefined;
}

/** A blob the registry holds (pushed in this session or built in), or undefined. */
function registryBlob(node: Node, digest: string): Blob | undefined {
  return node.state.registries.blobs[digest] ?? catalogue().blobs[digest];
}

/** The resolver's answer: the name to store and the descriptor it points at. */
export interface Resolved {
  name: string;
  descriptor: Descriptor;
}

/**
 * docker.Resolver.Resolve. Throws RegistryError with the text after ctr's
 * `failed to resolve reference "<ref>": ` prefix (the caller adds it).
 */
export function resolveRemote(node: Node, ref: string, options: RemoteOptions = {}): Resolved {
  const spec = parseReference(ref);
  if (spec.object === '') throw new RegistryError('object required');
  const { tag, digest } = splitObject(spec.object);
  // The resolver validates a digest before it asks any host.
  const badDigest = digest === '' ? undefined : digestError(digest);
  if (badDigest) throw new RegistryError(badDigest);
  const ep = endpointOf(spec.locator, options);
  const url = `${ep.scheme}://${ep.endpoint}/v2/${ep.repository}/manifests/${digest || tag}`;
  const logHost = ep.endpoint;
  const failed = (error: string): RegistryError => new RegistryError(error, { error, host: logHost });
  const conn = connectionError(node, ep, url, options);
  if (conn) throw failed(conn);
  const auth = authorize(ep, options, false);
  if (auth === 'bad-credentials') throw failed(BAD_CREDENTIALS);
  const exists = repositoryExists(node, ep.hostName, ep.repository);
  if (auth === 'denied' || (!exists && ep.hostName === 'docker.io')) {
    throw failed(`pull access denied, repository does not exist or may require authorization: ${DENIED}`);
  }
  let descriptor: Descriptor | undefined;
  const running = runningRegistry(node, ep.hostName);
  if (digest && running) {
    descriptor = exists ? running.resolve(ep.repository, digest) : undefined;
  } else if (digest) {
    const blob = exists ? registryBlob(node, digest) : undefined;
    if (blob && blob.data !== undefined) descriptor = { mediaType: blob.mediaType, digest: blob.digest, size: blob.size };
  } else {
    descriptor = lookupTag(node, ep.hostName, ep.repository, tag);
  }
  if (!descriptor) throw new RegistryError(`${ref}: not found`, undefined, 'not found');
  return { name: ref, descriptor };
}

/**
 * GET /v2/<repository>/tags/list (what `docker pull --all-tags` asks first): the tags the
 * registry of `locator` (`docker.io/library/busybox`) holds, sorted as distribution lists them.
 * Fails as resolveRemote does for an unreachable host, refused credentials or a repository
 * Docker Hub does not have; a repository with no tags elsewhere lists none.
 */
export function listRemoteTags(node: Node, locator: string, options: RemoteOptions = {}): string[] {
  const ep = endpointOf(locator, options);
  const url = `${ep.scheme}://${ep.endpoint}/v2/${ep.repository}/tags/list`;
  const failed = (error: string): RegistryError => new RegistryError(error, { error, host: ep.endpoint });
  const conn = connectionError(node, ep, url, options);
  if (conn) throw failed(conn.replace('Head "', 'Get "'));
  const auth = authorize(ep, options, false);
  if (auth === 'bad-credentials') throw failed(BAD_CREDENTIALS);
  if (auth === 'denied' || (!repositoryExists(node, ep.hostName, ep.repository) && ep.hostName === 'docker.io')) {
    throw failed(`pull access denied, repository does not exist or may require authorization: ${DENIED}`);
  }
  const running = runningRegistry(node, ep.hostName);
  if (running) return running.tags(ep.repository);
  const pushed = Object.keys(own(own(node.state.registries.pushed, ep.hostName), ep.repository) ?? {});
  const built = Object.keys(own(own(catalogue().tags, ep.hostName), ep.repository) ?? {});
  return [...new Set([...built, ...pushed])].sort();
}

/** Fetches a blob after a successful resolve. Throws RegistryError `…: not found`. */
export function fetchBlob(node: Node, descriptor: Descriptor): Blob {
  const blob = registryBlob(node, descriptor.digest);
  if (!blob) throw new RegistryError(`content at ${descriptor.digest} not found: not found`, undefined, 'not found');
  return blob;
}

/**
 * Checks that the registry of `ref` accepts a push (connection, TLS, credentials). The first
 * request of a push is a HEAD of its first blob, `firstBlob`. Throws RegistryError.
 */
export function checkPush(node: Node, ref: string, firstBlob: string, options: RemoteOptions = {}): void {
  const spec = parseReference(ref);
  const ep = endpointOf(spec.locator, options);
  const url = `${ep.scheme}://${ep.endpoint}/v2/${ep.repository}/blobs/${firstBlob}`;
  const conn = connectionError(node, ep, url, options);
  if (conn) throw new RegistryError(conn);
  const auth = authorize(ep, options, true);
  if (auth === 'bad-credentials') throw new RegistryError(BAD_CREDENTIALS);
  if (auth === 'denied') throw new RegistryError(DENIED);
}

/** True when the registry already has this blob (a push then reports it as done at once). */
export function registryHasBlob(node: Node, digest: string): boolean {
  return registryBlob(node, digest) !== undefined;
}

/** Stores pushed blobs and points `ref`'s tag at `target`. */
export function commitPush(node: Node, ref: string, target: Descriptor, blobs: readonly Blob[]): void {
  const spec = parseReference(ref);
  const host = locatorHost(spec.locator);
  const repository = locatorRepository(spec.locator);
  const { tag } = splitObject(spec.object);
  for (const blob of blobs) if (!registryBlob(node, blob.digest)) node.state.registries.blobs[blob.digest] = blob;
  // A registry in a container keeps what is pushed in its own files.
  const running = runningRegistry(node, host);
  if (running) {
    running.push(repository, tag || 'latest', target, blobs);
    return;
  }
  const pushed = node.state.registries.pushed;
  const repos = (pushed[host] ??= {});
  const tags = (repos[repository] ??= {});
  tags[tag || 'latest'] = { mediaType: target.mediaType, digest: target.digest, size: target.size };
}
