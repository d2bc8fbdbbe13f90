// containerd's reference.Parse, which ctr uses for every remote ref: the ref is read as the
// URL "dummy://<ref>", so a name without a host part ("nginx:alpine") fails Go's URL parser
// with its own wording, and a ref without tag or digest has no "object".

import { plain } from '../errdefs/errdefs';

export interface ReferenceSpec {
  /** host/path, e.g. docker.io/library/nginx. */
  locator: string;
  /** Tag, "tag@digest" or "@digest"; "" when absent. */
  object: string;
}

/**
 * Parses a ref as containerd's reference.Parse does. Throws plain errors carrying Go's messages: `parse "dummy://x:y": invalid port ":y" after host`,
 * `invalid reference`, `hostname required`.
 */
export function parseReference(ref: string): ReferenceSpec {
  if (ref.includes('://')) throw plainError('invalid reference');
  const url = `dummy://${ref}`;
  const rest = ref;
  const slash = rest.search(/[/?#]/);
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '' : rest.slice(slash).replace(/[?#].*$/, '');
  const at = authority.lastIndexOf('@');
  const host = at === -1 ? authority : authority.slice(at + 1);
  const bad = /[^A-Za-z0-9.\-_~!$&'()*+,;=:[\]%]/.exec(host);
  if (bad) throw plainError(`parse ${JSON.stringify(url)}: invalid character ${JSON.stringify(bad[0])} in host name`);
  const colon = host.startsWith('[') ? host.indexOf(':', host.indexOf(']')) : host.indexOf(':');
  if (colon !== -1) {
    const port = host.slice(colon);
    if (!/^:\d*$/.test(port)) throw plainError(`parse ${JSON.stringify(url)}: invalid port ${JSON.stringify(port)} after host`);
  }
  if (host === '') throw plainError('hostname required');
  let object = '';
  let locatorPath = path;
  const split = path.search(/[:@]/);
  if (split !== -1) {
    object = path.slice(split);
    if (object.startsWith(':')) object = object.slice(1);
    locatorPath = path.slice(0, split);
  }
  const locator = `${host}${locatorPath}`.replace(/\/+$/, '').replace(/\/\/+/g, '/');
  return { locator, object };
}

/** Go returns these as bare errors (no errdefs class); ctr prints them as they are. */
function plainError(message: string): Error {
  return plain(message);
}

/** The host part of a locator ("docker.io/library/nginx" → "docker.io"). */
export function locatorHost(locator: string): string {
  const i = locator.indexOf('/');
  return i === -1 ? locator : locator.slice(0, i);
}

/** The repository path of a locator ("docker.io/library/nginx" → "library/nginx"). */
export function locatorRepository(locator: string): string {
  const i = locator.indexOf('/');
  return i === -1 ? '' : locator.slice(i + 1);
}

/** Tag and digest of an object ("1.0@sha256:…" → tag "1.0", digest "sha256:…"). */
export function splitObject(object: string): { tag: string; digest: string } {
  const at = object.indexOf('@');
  return at === -1 ? { tag: object, digest: '' } : { tag: object.slice(0, at), digest: object.slice(at + 1) };
}
