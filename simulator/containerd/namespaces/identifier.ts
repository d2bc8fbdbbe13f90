// containerd's identifier rule (pkg/identifiers), used for namespace names: alphanumeric
// components joined by single '.', '_' or '-', at most 76 bytes. ctr checks nothing itself;
// the daemon rejects a bad name with one of these invalid-argument errors.

import { failedPrecondition, invalidArgument, wrapf } from '../../errdefs/errdefs';
import { goQuote } from '../../go/quote';

const IDENTIFIER_MAX_LENGTH = 76;
const IDENTIFIER_PATTERN = '^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$';
const IDENTIFIER_RE = new RegExp(IDENTIFIER_PATTERN);

/**
 * The length of `s` in UTF-8, counted without encoding it (every request checks its
 * namespace): a lone surrogate counts 3, as TextEncoder writes U+FFFD for it.
 */
export function utf8ByteLength(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Names that passed: every request of every client checks its namespace, and a node uses a
 * handful (the profile of a `crictl run` put ~4 % of it here). Bounded, in case a script
 * loops over made-up names.
 */
const VALID_NAMES = new Set<string>();
const VALID_NAMES_KEPT = 256;

/** Throws errdefs invalidArgument, worded as containerd's identifiers.Validate, if `name` is not a valid identifier. */
export function validateNamespace(name: string): void {
  if (VALID_NAMES.has(name)) return;
  if (name.length === 0) throw invalidArgument('identifier must not be empty');
  if (utf8ByteLength(name) > IDENTIFIER_MAX_LENGTH) {
    throw invalidArgument(`identifier ${goQuote(name)} greater than maximum length (${IDENTIFIER_MAX_LENGTH} characters)`);
  }
  if (!IDENTIFIER_RE.test(name)) throw invalidArgument(`identifier ${goQuote(name)} must match ${IDENTIFIER_PATTERN}`);
  if (VALID_NAMES.size >= VALID_NAMES_KEPT) VALID_NAMES.clear();
  VALID_NAMES.add(name);
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
