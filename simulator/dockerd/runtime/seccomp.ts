// The spec's linux.seccomp as dockerd 20.10.24's WithSeccomp gives it (daemon/seccomp_linux.go):
// docker's default profile unless the container asked for `unconfined` or sent its own profile
// (the client's compacted JSON, decoded here); the default is seccomp-default.ts.

import { dockerDefaultSeccomp } from './seccomp-default';
import { systemError } from '../errors';

/** The profile for `profile` ('' default, 'unconfined', or JSON) and the spec's bounding set. */
export function seccompOf(profile: string, caps: readonly string[]): Record<string, unknown> | undefined {
  if (profile === 'unconfined') return undefined;
  if (profile === '') return dockerDefaultSeccomp(caps);
  try {
    const parsed: unknown = JSON.parse(profile);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('json: cannot unmarshal into Go value of type seccomp.Seccomp');
    return parsed as Record<string, unknown>;
  } catch (err) {
    throw systemError(`Decoding seccomp profile failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
