// The docker reference grammar as the CRI plugin reads image names (containerd 1.6
// reference/docker: ParseNormalizedNamed, ParseDockerRef, ParseAnyReference). A name without a
// registry is Docker Hub's (`nginx:1.25` → `docker.io/library/nginx:1.25`), a name without tag
// or digest gets `:latest`, and a bare 64-hex string is an image id, never a name.

import { ContainerdError } from '../errdefs/errdefs';

/** A parsed, normalized name: `docker.io/library/nginx`, with its tag and digest if any. */
export interface NamedReference {
  /** domain/path, e.g. docker.io/library/nginx. */
  name: string;
  tag: string;
  digest: string;
}

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
/** reference.ReferenceRegexp: name, then optional :tag and @digest (captured). */
const REFERENCE = new RegExp(`^((?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;

/** Go's errors.New texts of reference/docker; they carry no errdefs class (gRPC Unknown). */
function referenceError(message: string): ContainerdError {
  return new ContainerdError('unknown', message);
}

/** splitDockerDomain: the first component is a registry only with a dot, a port or "localhost". */
function splitDomain(name: string): { domain: string; remainder: string } {
  const i = name.indexOf('/');
  let domain = 'docker.io';
  let remainder = name;
  if (i !== -1) {
    const first = name.slice(0, i);
    if (/[.:]/.test(first) || first === 'localhost') {
      domain = first;
      remainder = name.slice(i + 1);
    }
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = `library/${remainder}`;
  return { domain, remainder };
}

/** reference.ParseNormalizedNamed. Throws Go's texts: `invalid reference format`, …. */
function parseNormalizedNamed(s: string): NamedReference {
  if (IDENTIFIER.test(s)) throw referenceError(`invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`);
  const { domain, remainder } = splitDomain(s);
  const nameEnd = remainder.search(/[:@]/);
  const remoteName = nameEnd === -1 ? remainder : remainder.slice(0, nameEnd);
  if (remoteName.toLowerCase() !== remoteName) throw referenceError('invalid reference format: repository name must be lowercase');
  const full = `${domain}/${remainder}`;
  const m = REFERENCE.exec(full);
  // Parse never sees "" here: an empty name has become "docker.io/library/".
  if (!m) throw referenceError('invalid reference format');
  const name = m[1] ?? '';
  if (name.length > 255) throw referenceError('repository name must not be more than 255 characters');
  const digest = m[3] ?? '';
  if (digest !== '' && !SHA256_DIGEST.test(digest)) {
    throw referenceError(digest.startsWith('sha256:') ? 'invalid checksum digest length' : 'unsupported digest algorithm');
  }
  return { name, tag: m[2] ?? '', digest };
}

/** The reference's string form (reference.Named.String()). */
export function formatNamed(ref: NamedReference): string {
  return `${ref.name}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/**
 * reference/docker.ParseDockerRef: normalized, `:latest` added when there is neither tag nor
 * digest, and the tag dropped when there is a digest.
 */
export function parseDockerRef(ref: string): NamedReference {
  const named = parseNormalizedNamed(ref);
  if (named.digest !== '') return { name: named.name, tag: '', digest: named.digest };
  return { ...named, tag: named.tag || 'latest' };
}

/** What ParseAnyReference makes of a string: an image id (digest) or a name. */
export type AnyReference = { kind: 'digest'; digest: string } | ({ kind: 'named' } & NamedReference);

/** reference/docker.ParseAnyReference. Throws as parseNormalizedNamed. */
export function parseAnyReference(ref: string): AnyReference {
  if (IDENTIFIER.test(ref)) return { kind: 'digest', digest: `sha256:${ref}` };
  if (SHA256_DIGEST.test(ref)) return { kind: 'digest', digest: ref };
  return { kind: 'named', ...parseNormalizedNamed(ref) };
}

/** go-digest's Parse succeeding: `sha256:` and 64 lowercase hex. */
export function isImageId(s: string): boolean {
  return SHA256_DIGEST.test(s);
}
