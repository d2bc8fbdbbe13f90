// containerd's identifier rule (pkg/identifiers), used for namespace names: alphanumeric
// components joined by single '.', '_' or '-', at most 76 bytes. ctr checks nothing itself;
// the daemon rejects a bad name with one of these invalid-argument errors.

import { failedPrecondition, invalidArgument, wrapf } from '../../errdefs/errdefs';
import { goQuote } from '../../go/quote';

const IDENTIFIER_MAX_LENGTH = 76;
const IDENTIFIER_PATTERN = '^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$';
const IDENTIFIER_RE = new RegExp(IDENTIFIER_PATTERN);

function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** Throws errdefs invalidArgument, worded as containerd's identifiers.Validate, if `name` is not a valid identifier. */
export function validateNamespace(name: string): void {
  if (name.length === 0) throw invalidArgument('identifier must not be empty');
  if (byteLength(name) > IDENTIFIER_MAX_LENGTH) {
    throw invalidArgument(`identifier ${goQuote(name)} greater than maximum length (${IDENTIFIER_MAX_LENGTH} characters)`);
  }
  if (!IDENTIFIER_RE.test(name)) throw invalidArgument(`identifier ${goQuote(name)} must match ${IDENTIFIER_PATTERN}`);
}

/**
 * The check every namespaced request gets on the daemon side (namespaces.NamespaceRequired):
 * an empty namespace (`-n ""`, `CONTAINERD_NAMESPACE=`) throws failedPrecondition
 * `namespace is required`; a bad name throws invalidArgument `namespace validation: identifier
 * "bad ns" must match …`. Callers add their own context in front (`failed to list images: …`),
 * as the real services do.
 */
export function validateRequestNamespace(name: string): void {
  if (name === '') throw failedPrecondition('namespace is required');
  try {
    validateNamespace(name);
  } catch (err) {
    throw wrapf(err, 'namespace validation');
  }
}
